// GET /v1/packs/{id}/versions/{version}/impact: a Sichuan draft that also makes events of 1000 or more register
// (as Chengdu's pack does) is checked before publishing against the decisions already asked of cn-sichuan, replayed
// from the decision log, and against a generated population in Sichuan: it names exactly the decisions whose answer
// would change, counts the population's changes as answering each event directly does, is seen only with a key of
// its jurisdiction, and is bounded.
import { beforeAll, describe, expect, it } from 'vitest';
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
