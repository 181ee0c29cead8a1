// GET /v1/packs/{id}/versions/{version}/impact: a Sichuan draft that also makes events of 1000 or more register
// (as Chengdu's pack does) is checked before publishing against the decisions already asked of cn-sichuan, replayed
// from the decision log, and against a generated population in Sichuan: it names exactly the decisions whose answer
// would change, counts the population's changes as answering each event directly does, is seen only with a key of
// its jurisdiction, and is bounded. A Chongqing draft shows that each decision is replayed under the readings and the
// date it was asked with: a change that only one reading sees is found under it (and only there), and a decision
// asked under a reading or option the draft no longer has is counted and named as one that cannot be compared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { POLICIES_DIR } from '../adapters/files/pack-files.js';
import { draftImpact, type LoggedDecision } from '../app/draft-impact.js';
import { changedAspects, summaryOf } from '../app/simulation/answer-summary.js';
import { generateEvents } from '../app/simulation/population.js';
import { simulatedPack } from '../app/simulation/simulated-pack.js';
import { type CompiledPack, evaluate, type EventInput } from '../engine/index.js';
import { bearer, isErrorShape, makeApp } from './support/api.js';
import { registeringSichuanDraft } from './support/simulation.js';

let api: Awaited<ReturnType<typeof makeApp>>;
const keys: Record<string, string> = {};
const DRAFT = registeringSichuanDraft('8.1.0');

const on = { startDate: '2026-09-10', endDate: '2026-09-11' };
/** Asked of cn-sichuan, in this order; `changes`: whether the draft changes the answer. */
const ASKED: { event: EventInput; changes: boolean }[] = [
  { event: { ...on, kind: 'forum', attendees: 1500, scale: 'local', bidCommitsNeutrality: false }, changes: true },
  { event: { ...on, kind: 'forum', attendees: 500, scale: 'local', bidCommitsNeutrality: false }, changes: false },
  { event: { ...on, kind: 'sports', attendees: 1500, scale: 'national', bidCommitsNeutrality: true }, changes: false },
  { event: { ...on, kind: 'exhibition', attendees: 2000, scale: 'provincial' }, changes: true },
  { event: { ...on, kind: 'sports', attendees: 999, scale: 'national', bidCommitsNeutrality: true }, changes: false },
  { event: { ...on, kind: 'meeting', attendees: 1000, scale: 'local', bidCommitsNeutrality: false }, changes: true },
  { event: { ...on, kind: 'meeting', attendees: 999, scale: 'local', bidCommitsNeutrality: false }, changes: false },
];
const ids: string[] = [];
const impactPath = (query = '') => `/v1/packs/cn-sichuan/versions/8.1.0/impact${query}`;

beforeAll(async () => {
  api = await makeApp();
  for (const code of ['510000', '510100', '500000']) keys[code] = await api.keyFor(code);
  for (const { event } of ASKED) {
    const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-sichuan', event });
    expect(res.status).toBe(200);
    ids.push(res.json.decisionId as string);
  }
  // Decisions of another pack are not the draft's to replay.
  expect((await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event: ASKED[0]?.event })).status).toBe(200);
  const drafted = await api.call('POST', '/v1/packs', DRAFT, bearer(keys['510000'] as string));
  expect(drafted.status, JSON.stringify(drafted.json)).toBe(201);
});

function compiledDraft(): CompiledPack {
  const result = api.registry.compileDocument(DRAFT);
  if (!result.ok) throw new Error('the draft does not compile');
  return result.compiled;
}

describe('the impact of a draft', () => {
  it('names exactly the decisions already asked whose answer the draft would change', async () => {
    const res = await api.call('GET', impactPath('?population=0'), undefined, bearer(keys['510000'] as string));
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const { decisions, baseline, pack } = res.json;
    expect(pack).toEqual({ id: 'cn-sichuan', version: '8.1.0', status: 'draft' });
    expect(baseline).toEqual({ id: 'cn-sichuan', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(decisions.replayed).toBe(ASKED.length);
    expect(decisions.tally.new.answered).toBe(ASKED.length);
    const changed = ASKED.flatMap((a, i) => (a.changes ? [ids[i]] : []));
    expect(decisions.tally.changed).toBe(changed.length);
    const exampleIds = (decisions.tally.examples as { line: number }[]).map((x) => decisions.exampleIds[String(x.line)]);
    expect(exampleIds.sort()).toEqual([...changed].sort());
    // What changes is the registration duty, which the draft adds.
    expect(decisions.tally.aspects).toMatchObject({ duties: changed.length, obligation: 0 });
    for (const example of decisions.tally.examples) {
      expect(example.after.answer.duties.map((d: { duty: string }) => d.duty)).toContain('register-event');
      expect(example.before.answer.duties.map((d: { duty: string }) => d.duty)).not.toContain('register-event');
    }
  });

  it('counts the changes over a generated population in the jurisdiction as answering each event directly does', async () => {
    const res = await api.call('GET', impactPath('?population=600&seed=5&decisions=0'), undefined, bearer(keys['510000'] as string));
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const { population, readFrom, decisions } = res.json;
    expect(decisions.replayed).toBe(0);
    expect(population).toMatchObject({ count: 600, seed: 5, region: '510000', start: readFrom });
    const draft = compiledDraft();
    const shipped = simulatedPack(api.registry, 'cn-sichuan');
    if (shipped.kind !== 'ok') throw new Error('no cn-sichuan');
    let changed = 0;
    for (const event of generateEvents(600, { seed: 5, start: population.start, days: population.days, region: '510000' })) {
      const asOf = event.startDate ?? readFrom;
      const after = summaryOf(await evaluate(draft, event, { detail: 'decision', asOf }));
      const before = summaryOf(await evaluate(shipped.pack.compiled, event, { detail: 'decision', asOf }));
      if (changedAspects(before, after).length) changed++;
    }
    expect(changed).toBeGreaterThan(10);
    expect(population.tally.changed).toBe(changed);
    expect(population.tally.events).toBe(600);
  });

  it('is private: no key is refused, and a key outside the draft’s jurisdiction is told there is no such version', async () => {
    const none = await api.call('GET', impactPath());
    expect(none.status).toBe(401);
    expect(isErrorShape(none.json)).toBe(true);
    for (const code of ['500000', '510100']) {
      const other = await api.call('GET', impactPath(), undefined, bearer(keys[code] as string));
      expect(other.status, code).toBe(404);
      expect(JSON.stringify(other.json)).not.toContain('register');
    }
    // A published version is public, but the decisions asked of it are not: only Chongqing's bureau sees its impact.
    const chongqing = (await api.call('GET', '/v1/packs/cn-chongqing')).json.versions[0].version as string;
    const published = await api.call('GET', `/v1/packs/cn-chongqing/versions/${chongqing}/impact?population=10`, undefined, bearer(keys['510000'] as string));
    expect(published.status).toBe(403);
    expect(isErrorShape(published.json)).toBe(true);
    const own = await api.call('GET', `/v1/packs/cn-chongqing/versions/${chongqing}/impact?population=10`, undefined, bearer(keys['500000'] as string));
    expect(own.status).toBe(200);
    expect(own.json.decisions.replayed).toBe(1);
  });

  it('is bounded: too many decisions or events, or a count that is not a whole number, is refused naming the field', async () => {
    const key = bearer(keys['510000'] as string);
    for (const [query, field] of [
      ['?population=20001', 'population'],
      ['?decisions=1001', 'decisions'],
      ['?decisions=abc', 'decisions'],
      ['?seed=-1', 'seed'],
      ['?population=2.5', 'population'],
    ]) {
      const res = await api.call('GET', impactPath(query), undefined, key);
      expect(res.status, query).toBe(422);
      expect(res.json.error.issues.map((i: { path: string }) => i.path), query).toContain(field);
    }
  });
});

/**
 * A new version of Chongqing's pack that (1) from 2027 binds district SOEs' events of 1000 or more under the
 * `municipal-only` reading too (its default, `extends`, binds them from 200 already), (2) no longer has the
 * `in-force-date` reading and (3) calls the option `every-level` of `district-organs-before-2027` `all-levels`.
 */
function chongqingDraft(version: string): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(join(POLICIES_DIR, 'cn-chongqing', 'pack.json'), 'utf8')) as {
    rules: { id: string; inForce?: { from: string }; conditions: { all: unknown[] } }[];
    readings: { id: string; default: string; options: { id: string }[] }[];
  } & Record<string, unknown>;
  const countyToo = {
    all: [
      { fact: 'organizer.level', operator: 'equal', value: 'county' },
      { fact: 'reading.district-soe-trigger', operator: 'equal', value: 'municipal-only' },
      { fact: 'attendees', operator: 'greaterThanInclusive', value: 1000 },
    ],
  };
  const rename = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rename);
    if (typeof node !== 'object' || node === null) return node;
    const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rename(v)]));
    if (copy.fact === 'reading.district-organs-before-2027' && copy.value === 'every-level') copy.value = 'all-levels';
    return copy;
  };
  const rules = doc.rules.map((r) => {
    if (r.id !== 'required.soe-event' || r.inForce?.from !== '2027-01-01') return rename(r);
    const [type, levels, ...rest] = r.conditions.all as [unknown, { any: unknown[] }, ...unknown[]];
    return { ...r, conditions: { all: [type, { any: [...levels.any, countyToo] }, ...rest] } };
  });
  const readings = doc.readings
    .filter((r) => r.id !== 'in-force-date')
    .map((r) => ({ ...r, options: r.options.map((o) => (o.id === 'every-level' ? { ...o, id: 'all-levels' } : o)) }));
  const { $schema: _schema, ...rest } = doc as Record<string, unknown>;
  return { ...rest, version, rules, readings };
}

describe('the impact of a draft on decisions asked under other readings', () => {
  const CQ_DRAFT = chongqingDraft('1.9.0');
  const countySoe = { kind: 'meeting', organizer: { type: 'soe', level: 'county' }, attendees: 1500 } as const;
  const in2027 = { startDate: '2027-03-10', endDate: '2027-03-11' };
  /** Asked of cn-chongqing, in this order; `changes`: the draft changes the answer; `lacks`: what the draft lacks. */
  const CQ_ASKED: { body: Record<string, unknown>; changes?: true; lacks?: 'unknown-reading' | 'unknown-option' }[] = [
    // Under the default reading, the draft changes nothing for a district SOE: it was bound from 200 already.
    { body: { event: { ...countySoe, ...in2027 } } },
    { body: { event: { ...countySoe, ...in2027 }, readings: { 'district-soe-trigger': 'extends' } } },
    // Under `municipal-only` it was not bound, and the draft binds it: only this reading sees the change.
    { body: { event: { ...countySoe, ...in2027 }, readings: { 'district-soe-trigger': 'municipal-only' } }, changes: true },
    { body: { event: { ...countySoe, ...in2027, attendees: 999 }, readings: { 'district-soe-trigger': 'municipal-only' } } },
    // Asked as of a day in 2027 for an event of December 2026: replayed as of that day, so the change is seen.
    {
      body: { event: { ...countySoe, startDate: '2026-12-15', endDate: '2026-12-15' }, asOf: '2027-02-01', readings: { 'district-soe-trigger': 'municipal-only' } },
      changes: true,
    },
    // Readings and options the draft no longer has.
    { body: { event: { ...countySoe, ...in2027 }, readings: { 'in-force-date': 'issue' } }, lacks: 'unknown-reading' },
    {
      body: { event: { kind: 'meeting', organizer: { type: 'party-government', level: 'county' }, meetingClass: 2, attendees: 300, ...in2027 }, readings: { 'district-organs-before-2027': 'every-level' } },
      lacks: 'unknown-option',
    },
  ];
  const cqIds: string[] = [];
  let impact: any;

  beforeAll(async () => {
    for (const { body } of CQ_ASKED) {
      const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', ...body });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      cqIds.push(res.json.decisionId as string);
    }
    const drafted = await api.call('POST', '/v1/packs', CQ_DRAFT, bearer(keys['500000'] as string));
    expect(drafted.status, JSON.stringify(drafted.json)).toBe(201);
    const res = await api.call('GET', '/v1/packs/cn-chongqing/versions/1.9.0/impact?population=0', undefined, bearer(keys['500000'] as string));
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    impact = res.json;
  });

  it('replays each decision under its own readings and date, so a change only a non-default reading sees is found', () => {
    const { decisions } = impact;
    // The decisions read are those asked here and the one asked of cn-chongqing before, newest first.
    expect(decisions.replayed).toBe(CQ_ASKED.length + 1);
    const comparable = CQ_ASKED.filter((a) => !a.lacks).length + 1;
    expect(decisions.tally.events).toBe(comparable);
    expect(decisions.tally.new.answered + decisions.tally.new.failed).toBe(comparable);
    const changed = CQ_ASKED.flatMap((a, i) => (a.changes ? [cqIds[i]] : []));
    expect(decisions.tally.changed).toBe(changed.length);
    const exampleIds = (decisions.tally.examples as { line: number }[]).map((x) => decisions.exampleIds[String(x.line)]);
    expect(exampleIds.sort()).toEqual([...changed].sort());
    // The district SOE is bound by the draft's new branch of required.soe-event, and was not before.
    for (const example of decisions.tally.examples) {
      expect(example.after.answer).toMatchObject({ obligation: 'required', decidedBy: 'required.soe-event' });
      expect(example.before.answer.obligation).not.toBe('required');
    }
    expect(decisions.tally.transitions).toEqual({ [`${decisions.tally.examples[0].before.answer.obligation}>required`]: changed.length });
  });

  it('counts and names the decisions asked under a reading or option the draft lacks, and answers none of them', () => {
    const { incomparable, replayed, tally } = impact.decisions;
    const lacking = CQ_ASKED.flatMap((a, i) => (a.lacks ? [{ id: cqIds[i], kind: a.lacks, readings: a.body.readings }] : []));
    expect(incomparable.count).toBe(lacking.length);
    expect(tally.events + incomparable.count).toBe(replayed);
    expect(incomparable.decisions.map((d: { id: string }) => d.id).sort()).toEqual(lacking.map((l) => l.id).sort());
    for (const { id, kind, readings } of lacking) {
      const named = incomparable.decisions.find((d: { id: string }) => d.id === id);
      expect(named.readings).toEqual(readings);
      // The draft lacks it; the published version it is compared with has it.
      expect(named.baseline).toBeUndefined();
      const reading = Object.keys(readings as object)[0];
      expect(named.new).toEqual([expect.objectContaining({ path: `readings.${reading}`, kind })]);
      // Its line is its place among the decisions read, and no example or failure is counted on it.
      expect(decisionsAt(named.line)).toBe(id);
    }
    const lines = new Set(incomparable.decisions.map((d: { line: number }) => d.line));
    expect([...tally.examples, ...tally.failures].filter((x: { line: number }) => lines.has(x.line))).toEqual([]);
  });

  it('names an option neither version has on both sides, and sets aside a fallback decision\'s readings of another pack', async () => {
    const at = { event: { ...countySoe, ...in2027 } };
    const logged: LoggedDecision[] = [
      { id: 'both-lack', request: { pack: 'cn-chongqing', ...at, readings: { 'district-soe-trigger': 'district-only' } } },
      // Asked of a city pack of Chongqing not in effect yet: its own reading was set aside when Chongqing answered.
      { id: 'fell-back', request: { pack: 'cn-chongqing-testcity', ...at, readings: { 'city-reading': 'x', 'district-soe-trigger': 'municipal-only' } } },
    ];
    const outcome = await draftImpact(api.registry, async () => logged, { packId: 'cn-chongqing', version: '1.9.0', decisions: 10, population: 0, seed: 1 }, () => true);
    if (outcome.kind !== 'ok') throw new Error(outcome.kind);
    const { decisions } = outcome.impact;
    expect(decisions.incomparable.count).toBe(1);
    const [named] = decisions.incomparable.decisions;
    expect(named).toMatchObject({ id: 'both-lack', line: 1 });
    for (const side of [named?.new, named?.baseline]) expect(side).toEqual([expect.objectContaining({ path: 'readings.district-soe-trigger', kind: 'unknown-option' })]);
    // The fallback decision is replayed under the reading Chongqing knows, and the draft's change is seen.
    expect(decisions.tally.events).toBe(1);
    expect(decisions.tally.changed).toBe(1);
    expect(decisions.exampleIds).toEqual({ '2': 'fell-back' });
  });

  /** The id of the decision the impact read at `line` (the newest first). */
  function decisionsAt(line: number): string | undefined {
    return [...cqIds].reverse()[line - 1];
  }
});
