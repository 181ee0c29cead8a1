// Explain (engine/explain/): why each rule held, failed or was unknown, each condition with the fact's value, the
// operator and the threshold. A Chongqing municipal SOE meeting of 199 shows the failed `attendees ≥ 200` of
// `required.soe-event`; nested all/any/not are a tree; a fact not given leaves its rule unknown, naming it. The same
// explanation comes out of the CLI (--explain), the API (?explain=1) and the organizer's page (/explain).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExplainedGroup, type ExplainedNode, type ExplainedRule, type ExplainedTest, explainEvent, renderExplanation } from '../engine/explain/index.js';
import { evaluate } from '../engine/index.js';
import { makeApp } from './support/api.js';
import { runCliInProcess } from './support/cli.js';
import { registry } from './support/library.js';
import { htmlText } from './support/visible-text.js';

const EXAMPLE = JSON.parse(readFileSync(new URL('../docs/examples/chongqing-soe-meeting.json', import.meta.url), 'utf8')) as Record<string, unknown>;
/** A municipal SOE's meeting of 199 on 2026-01-30 (the 2025 version of the rules is in force). */
const MEETING_199 = { ...EXAMPLE, attendees: 199 };

function chongqing(date: string) {
  const r = registry.resolve('cn-chongqing', date);
  if (r.kind !== 'ok') throw new Error('cn-chongqing does not answer');
  return r.resolved.compiled;
}

const tests = (node: ExplainedNode): ExplainedTest[] => (node.type === 'test' ? [node] : node.children.flatMap(tests));
const inForce = (rules: ExplainedRule[], id: string) => rules.find((r) => r.rule === id && r.periodStatus === 'in-force') as ExplainedRule;

describe('a Chongqing municipal SOE meeting of 199', () => {
  const compiled = chongqing('2026-01-30');
  const zh = explainEvent(compiled, MEETING_199);
  const en = explainEvent(compiled, MEETING_199, { lang: 'en' });

  it('required.soe-event fails on its attendees ≥ 200 condition, and only on it', () => {
    const rule = inForce(zh.rules, 'required.soe-event');
    expect(rule).toMatchObject({ status: 'failed', decides: 'obligation:required', missingFacts: [] });
    const attendees = tests(rule.conditions).find((t) => t.fact === 'attendees');
    expect(attendees).toMatchObject({ status: 'failed', operator: 'greaterThanInclusive', threshold: 200, value: 199, source: 'given' });
    expect(attendees?.text).toBe('参与人数 199 < 200 人');
    expect(tests(rule.conditions).filter((t) => t.status === 'failed').map((t) => t.fact)).toEqual(['attendees']);
    expect(rule.because).toEqual(['参与人数 199 < 200 人']);
    expect(tests(inForce(en.rules, 'required.soe-event').conditions).find((t) => t.fact === 'attendees')?.text).toBe('attendees 199 < 200 people');
  });

  it('with 200 the same test holds, read the right way round', () => {
    const rule = inForce(explainEvent(compiled, EXAMPLE).rules, 'required.soe-event');
    expect(rule.status).toBe('held');
    expect(tests(rule.conditions).find((t) => t.fact === 'attendees')?.text).toBe('参与人数 200 ≥ 200 人');
  });

  it('the version of the rule not yet in force fails on its period', () => {
    const later = zh.rules.find((r) => r.rule === 'required.soe-event' && r.periodStatus === 'outside');
    expect(later).toMatchObject({ status: 'failed', period: { from: '2027-01-01' } });
    expect(later?.because[0]).toContain('2027-01-01');
  });

  it('agrees with the answer: encouraged, by the rule that holds', async () => {
    const d = await evaluate(compiled, MEETING_199);
    expect(d.obligation).toBe('encouraged');
    const held = new Set(zh.rules.filter((r) => r.status === 'held').map((r) => r.rule));
    for (const reason of d.reasons) expect(held.has(reason.rule)).toBe(true);
    expect(held.has(d.decidedBy?.rule as string)).toBe(true);
  });

  it('reads as text with no rule id or fact path', () => {
    const text = renderExplanation(zh);
    expect(text).toContain('✗ 参与人数 199 < 200 人');
    expect(text).not.toMatch(/required\.soe-event|organizer\.type|greaterThanInclusive/);
  });
});

describe('trees and unknowns', () => {
  it('nested all/any are a tree, each group with its own status (the 2027 version, a district SOE)', () => {
    const event = { kind: 'meeting', attendees: 250, startDate: '2027-03-01', endDate: '2027-03-01', organizer: { type: 'soe', level: 'county' } };
    const rule = inForce(explainEvent(chongqing('2027-03-01'), event).rules, 'required.soe-event');
    expect(rule.conditions.type).toBe('all');
    const any = (rule.conditions as ExplainedGroup).children.find((c) => c.type === 'any');
    expect(any).toMatchObject({ type: 'any', status: 'held' });
    const inner = (any as ExplainedGroup).children.map((c) => [c.type, c.status]);
    expect(inner).toEqual([
      ['test', 'failed'],
      ['all', 'held'],
    ]);
    expect(rule.status).toBe('held');
  });

  it('a fact not given leaves the rule unknown and names it (an organ\'s meeting of 300 without its class)', () => {
    const event = { kind: 'meeting', attendees: 300, startDate: '2026-01-30', endDate: '2026-01-30', organizer: { type: 'party-government', level: 'provincial' } };
    const rule = inForce(explainEvent(chongqing('2026-01-30'), event).rules, 'required.organ-meeting');
    expect(rule).toMatchObject({ status: 'unknown', missingFacts: ['meetingClass'] });
    expect(tests(rule.conditions).find((t) => t.fact === 'meetingClass')).toMatchObject({ status: 'unknown', source: 'missing' });
    expect(rule.because.join()).toContain('会议类别未提供');
  });

  it('a not swaps held and failed', async () => {
    const result = registry.compileDocument({
      ...JSON.parse(readFileSync(new URL('../policies/cn-chongqing/pack.json', import.meta.url), 'utf8')),
      rules: [
        {
          id: 'obligation.not-small',
          title: { zh: '非小型活动', en: 'Not a small event' },
          conditions: { all: [{ not: { fact: 'attendees', operator: 'lessThan', value: 200 } }] },
          decides: { type: 'obligation', level: 'encouraged' },
          citation: { document: '渝环〔2025〕21号', clause: '二（一）', zh: '鼓励', en: 'A test rule.', basis: 'interpretation' },
        },
      ],
      readings: [],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [rule] = explainEvent(result.compiled, { kind: 'meeting', attendees: 150, startDate: '2026-01-30' }).rules;
    expect(rule?.conditions).toMatchObject({ type: 'all', status: 'failed', children: [{ type: 'not', status: 'failed', children: [{ type: 'test', status: 'held', text: '参与人数 150 < 200 人' }] }] });
    expect(rule?.because).toEqual(['参与人数 150 < 200 人']);
    expect(rule?.status).toBe('failed');
  });
});

describe('one explanation behind the CLI, the API and the page', () => {
  let api: Awaited<ReturnType<typeof makeApp>>;
  let dir: string;
  const engine = explainEvent(chongqing('2026-01-30'), MEETING_199, { lang: 'en' });
  beforeAll(async () => {
    api = await makeApp();
    dir = mkdtempSync(join(tmpdir(), 'tz-explain-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify(MEETING_199));
  });
  afterAll(async () => {
    await api?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tanzhong evaluate --explain: the text, and the same data with --json', async () => {
    const text = await runCliInProcess(['evaluate', '--pack', 'cn-chongqing', '--explain', join(dir, 'event.json')]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('为什么：逐条规则的判断');
    expect(text.stdout).toContain('✗ 参与人数 199 < 200 人');
    const json = await runCliInProcess(['evaluate', '--pack', 'cn-chongqing', '--lang', 'en', '--json', '--explain', join(dir, 'event.json')]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).explain).toEqual(engine);
    const plain = await runCliInProcess(['evaluate', '--pack', 'cn-chongqing', '--json', join(dir, 'event.json')]);
    expect(JSON.parse(plain.stdout).explain).toBeUndefined();
    const batch = await runCliInProcess(['evaluate', '--pack', 'cn-chongqing', '--explain', '--batch', join(dir, 'event.json')]);
    expect(batch.code).not.toBe(0);
    expect(batch.stderr).toContain('--explain');
  });

  it('POST /v1/evaluate?explain=1: the same data; none without it; a bad value is refused naming the field', async () => {
    const body = { pack: 'cn-chongqing', lang: 'en', event: MEETING_199 };
    const res = await api.call('POST', '/v1/evaluate?explain=1', body);
    expect(res.status, res.text).toBe(200);
    expect(res.json.explain).toEqual(engine);
    expect(res.json.obligation).toBe('encouraged');
    expect((await api.call('POST', '/v1/evaluate', body)).json.explain).toBeUndefined();
    const bad = await api.call('POST', '/v1/evaluate?explain=yes', body);
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues.map((i: any) => i.path)).toContain('explain');
  });

  const QUERY = 'pack=cn-chongqing&kind=meeting&attendees=199&startDate=2026-01-30&endDate=2026-01-31&organizer.type=soe&organizer.level=provincial';

  it('the organizer page offers it under the answer, and /explain shows the same tests in words', async () => {
    const answer = await api.call('GET', `/?lang=en&${QUERY}`);
    expect(answer.status).toBe(200);
    const link = /href="(\/explain\?[^"]+)"/.exec(answer.text)?.[1]?.replaceAll('&amp;', '&');
    expect(link).toBeDefined();
    const page = await api.call('GET', link as string);
    expect(page.status).toBe(200);
    const visible = htmlText(page.text);
    expect(visible).toContain('attendees 199 < 200 people');
    for (const rule of engine.rules) expect(visible).toContain(rule.title);
    expect(visible).not.toMatch(/required\.soe-event|organizer\.level|greaterThanInclusive/);
  });

  it('/explain refuses an unknown pack (404) and an event it cannot answer (422), in words', async () => {
    const unknown = await api.call('GET', '/explain?lang=en&pack=cn-nowhere&kind=meeting');
    expect(unknown.status).toBe(404);
    const bad = await api.call('GET', `/explain?lang=en&${QUERY.replace('attendees=199', 'attendees=-5')}`);
    expect(bad.status).toBe(422);
    expect(htmlText(bad.text)).toMatch(/attendees/i);
  });

  it('/explain never answers 5xx nor echoes markup, whatever the form holds', async () => {
    const value = fc.oneof(fc.constantFrom('', '0', '199', '200', '-1', '1e400', 'yes', 'no', 'soe', 'provincial', 'meeting', '2026-01-30', '2027-02-30', '<script>x</script>'), fc.string({ maxLength: 12 }));
    const field = fc.constantFrom('kind', 'attendees', 'floorAreaM2', 'startDate', 'endDate', 'organizer.type', 'organizer.level', 'meetingClass', 'chengyuCircle', 'reading.district-soe-trigger', 'reading.nowhere', 'o0.instrument', 'o0.quantityTco2e', 'emissionsTco2e', 'extra.onSiteAttendees');
    const query = fc.record({ pack: fc.constantFrom('cn-chongqing', 'cn-sichuan', 'cn-shandong-jining', 'cn-national', 'x'), lang: fc.constantFrom('zh', 'en'), fields: fc.array(fc.tuple(field, value), { maxLength: 8 }) });
    await fc.assert(
      fc.asyncProperty(query, async ({ pack, lang, fields }) => {
        const params = new URLSearchParams([['pack', pack], ['lang', lang], ...fields]);
        const res = await api.call('GET', `/explain?${params.toString()}`);
        expect(res.status).toBeLessThan(500);
        expect(res.text).not.toContain('<script>x');
      }),
      { numRuns: 60, seed: 20261121 },
    );
  });
});
