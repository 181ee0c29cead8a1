// Static analysis of packs (tanzhong pack lint): each fixture pack of test/fixtures/lint/ has one planted defect, and
// lint finds exactly that one, with the rules involved and a counterexample that the engine itself (evaluate) answers
// in a way that shows the defect. The shipped packs lint clean, or each finding is explained in the pack with a clause.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../engine/analysis/index.js';
import { computeDue } from '../engine/due-date.js';
import { answer, fixtureDocument, lint, type Linted, only, rank, shippedDocument } from './fixtures/lint/lint-fixtures.js';

const FIXTURES = [
  'gap',
  'conflict',
  'unreachable',
  'non-monotonic',
  'loosening',
  'loosening-deadline',
  'loosening-instrument',
  'due-before-end',
  'unknown-instrument',
  'unread-fact',
  'unused-reading',
] as const;

const linted = new Map<string, Linted>();
beforeAll(async () => {
  for (const name of FIXTURES) linted.set(name, await lint(fixtureDocument(name)));
});
const fixture = (name: (typeof FIXTURES)[number]) => linted.get(name) as Linted;

describe('each planted defect is found, with a counterexample the engine answers as the finding says', () => {
  it('gap: attendees under 200 are decided by no rule, and the answer falls back to not covered', async () => {
    const l = fixture('gap');
    const f = only(l);
    expect(f).toMatchObject({ code: 'gap', severity: 'error' });
    expect(f.rules.sort()).toEqual(['encouraged.mid', 'required.large']);
    const d = await answer(l.compiled, f.counterexample);
    expect(f.counterexample.event.attendees).toBeLessThan(200);
    expect(d.obligation).toBe('not-covered');
    expect(d.decidedBy).toBeUndefined();
    expect(d.reasons.filter((r) => r.level)).toEqual([]);
  });

  it('conflict: a forum of 500–999 is both "not covered" and "required", by two rules that hold together', async () => {
    const l = fixture('conflict');
    const f = only(l);
    expect(f).toMatchObject({ code: 'conflict', conflict: 'obligation', severity: 'error', rules: ['not-covered.small-forum', 'required.forum'] });
    const d = await answer(l.compiled, f.counterexample);
    const levels = Object.fromEntries(d.reasons.filter((r) => r.level).map((r) => [r.rule, r.level]));
    expect(levels).toEqual({ 'not-covered.small-forum': 'not-covered', 'required.forum': 'required' });
    expect(f.counterexample.event).toMatchObject({ kind: 'forum' });
    expect(f.counterexample.event.attendees).toBeGreaterThanOrEqual(500);
    expect(f.counterexample.event.attendees).toBeLessThan(1000);
  });

  it('unreachable: the "expected" rule from 1,000 holds, yet the "required" rule from 500 always decides first', async () => {
    const l = fixture('unreachable');
    const f = only(l);
    expect(f).toMatchObject({ code: 'unreachable-rule', severity: 'warning', rules: ['expected.larger'], answer: { holds: true, decidedBy: 'required.large' } });
    const d = await answer(l.compiled, f.counterexample);
    expect(d.reasons.map((r) => r.rule)).toContain('expected.larger');
    expect(d.decidedBy?.rule).toBe('required.large');
    expect(d.obligation).toBe('required');
  });

  it('non-monotonic: 2,000 attendees are only encouraged where 500 are required, the events differing in size only', async () => {
    const l = fixture('non-monotonic');
    const f = only(l);
    expect(f).toMatchObject({ code: 'non-monotonic', severity: 'error', subject: 'attendees', rules: ['required.mid', 'encouraged.all'] });
    const larger = await answer(l.compiled, f.counterexample);
    const smaller = await answer(l.compiled, f.compareWith as Finding['counterexample']);
    expect(f.counterexample.event.attendees).toBeGreaterThan(f.compareWith?.event.attendees as number);
    expect({ ...f.counterexample.event, attendees: 0 }).toEqual({ ...f.compareWith?.event, attendees: 0 });
    expect(rank(larger)).toBeLessThan(rank(smaller));
    expect([smaller.obligation, larger.obligation]).toEqual(['required', 'encouraged']);
  });

  it('loosening (obligation): under 1,000 the child says not covered where Sichuan encourages', async () => {
    const l = fixture('loosening');
    const f = only(l);
    expect(f).toMatchObject({ code: 'loosening', loosening: 'obligation', severity: 'error', base: { id: 'cn-sichuan' } });
    expect(f.rules).toEqual(['obligation.not-covered-small', 'obligation.encouraged']);
    const ours = await answer(l.compiled, f.counterexample);
    const theirs = await answer(l.base as NonNullable<Linted['base']>, f.counterexample);
    expect([ours.obligation, theirs.obligation]).toEqual(['not-covered', 'encouraged']);
    expect(rank(ours)).toBeLessThan(rank(theirs));
    expect(l.analysis.counts.errors).toBe(1);
  });

  it('loosening (deadline): the child completes 3 months after the event where Chongqing says 1', async () => {
    const l = fixture('loosening-deadline');
    const f = only(l);
    expect(f).toMatchObject({ code: 'loosening', loosening: 'deadline', subject: 'complete-neutralization', rules: ['duty.complete-neutralization'], base: { id: 'cn-chongqing' } });
    const due = async (compiled: Linted['compiled']) => (await answer(compiled, f.counterexample)).duties.find((d) => d.duty === 'complete-neutralization')?.due;
    const ours = await due(l.compiled);
    const theirs = await due(l.base as Linted['compiled']);
    expect(ours && theirs && ours > theirs).toBe(true);
    expect(ours).toBe(computeDue({ anchor: 'event.end', direction: 'after', months: 3 }, f.counterexample.event).due);
  });

  it('loosening (instrument): carbon points, which Chongqing excludes, count under the child', async () => {
    const l = fixture('loosening-instrument');
    const f = only(l);
    expect(f).toMatchObject({ code: 'loosening', loosening: 'instrument', subject: 'carbon-points', rules: [] });
    const verdict = async (compiled: Linted['compiled']) => (await answer(compiled, f.counterexample)).offsets.check?.lines[0]?.verdict;
    expect(await verdict(l.base as Linted['compiled'])).toBe('ineligible');
    expect(await verdict(l.compiled)).toBe('discouraged');
  });

  it('due before the end: a retirement 10 days after the start falls due before a longer event ends', async () => {
    const l = fixture('due-before-end');
    const f = only(l);
    expect(f).toMatchObject({ code: 'due-before-end', severity: 'error', rules: ['duty.retire-credits'], subject: 'retire-credits' });
    const d = await answer(l.compiled, f.counterexample);
    const duty = d.duties.find((x) => x.duty === 'retire-credits');
    expect(duty?.rule).toBe('duty.retire-credits');
    expect(duty?.due && f.counterexample.event.endDate && duty.due < f.counterexample.event.endDate).toBe(true);
  });

  it('unknown instrument: a duty governs new forestry sinks, which the pack neither accepts nor excludes', async () => {
    const l = fixture('unknown-instrument');
    const f = only(l);
    expect(f).toMatchObject({ code: 'unknown-instrument', severity: 'error', subject: 'forestry-sink', rules: ['duty.forestry-project-application'] });
    const line = (await answer(l.compiled, f.counterexample)).offsets.check?.lines[0];
    expect(line).toMatchObject({ instrument: 'forestry-sink', rank: null, verdict: 'discouraged' });
    expect(line?.reasons.map((r) => r.code)).toEqual(['not-listed']);
  });

  it('unread fact: the scale is declared, never asked, and changes nothing', async () => {
    const l = fixture('unread-fact');
    const f = only(l);
    expect(f).toMatchObject({ code: 'unread-fact', severity: 'warning', subject: 'scale', rules: [] });
    const { scale, ...without } = f.counterexample.event;
    expect(scale).toBeDefined();
    const given = await answer(l.compiled, f.counterexample);
    const left = await answer(l.compiled, { event: without });
    expect(given.summary).toBe(left.summary);
    expect(left.missingFacts).not.toContain('scale');
    expect(l.compiled.readFacts.has('scale')).toBe(false);
  });

  it('unused reading: answered under the other option, the answer is the same', async () => {
    const l = fixture('unused-reading');
    const f = only(l);
    expect(f).toMatchObject({ code: 'unused-reading', severity: 'warning', subject: 'online-attendees', counterexample: { readings: { 'online-attendees': 'not-counted' } } });
    const other = await answer(l.compiled, f.counterexample);
    const byDefault = await answer(l.compiled, { event: f.counterexample.event });
    expect(other.summary).toBe(byDefault.summary);
    expect(other.readings).toEqual([]);
  });
});

describe('more than the fixtures show', () => {
  it('conflict over a duty: two rules set one date for it, one binding always and one only if neutralizing', async () => {
    const doc = fixtureDocument('due-before-end') as { rules: Record<string, unknown>[] };
    const duty = (id: string, applies: string) => ({
      id,
      title: { zh: `注销 ${id}`, en: `Retire ${id}` },
      conditions: { all: [] },
      decides: { type: 'duty', duty: 'retire-credits', due: { anchor: 'event.end', direction: 'after', months: 1 }, applies },
      citation: { document: '测试〔2026〕9号', clause: '第四条', zh: '测试条款第四条', en: 'test', basis: 'text' },
    });
    const l = await lint({ ...doc, rules: [doc.rules[0], duty('duty.retire-a', 'always'), duty('duty.retire-b', 'if-neutralizing')] });
    // The second never governs the duty (the first always comes first), so it is also a rule that changes no answer.
    expect(l.analysis.findings.map((x) => [x.code, x.rules])).toEqual([
      ['conflict', ['duty.retire-a', 'duty.retire-b']],
      ['unreachable-rule', ['duty.retire-b']],
    ]);
    const f = l.analysis.findings[0] as Finding;
    expect(f).toMatchObject({ conflict: 'duty', subject: 'retire-credits' });
    const d = await answer(l.compiled, f.counterexample);
    expect(d.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(['duty.retire-a', 'duty.retire-b']));
    expect(d.duties.filter((x) => x.duty === 'retire-credits')).toHaveLength(1);
  });

  it('a space too large to try whole is sampled, and still finds the planted defect and names no rule falsely', async () => {
    const budget = { maxPoints: 400, missingSample: 100 };
    const deadline = await lint(fixtureDocument('loosening-deadline'), budget);
    expect(deadline.analysis.space).toMatchObject({ sampled: true, complete: 51840 });
    expect(only(deadline)).toMatchObject({ code: 'loosening', loosening: 'deadline' });
    const chongqing = await lint(shippedDocument('cn-chongqing'), budget);
    expect(chongqing.analysis.space.sampled).toBe(true);
    expect(chongqing.analysis.findings).toEqual([]);
  });
});

describe('the shipped packs', () => {
  it.each(['cn-national', 'cn-chongqing', 'cn-shandong-jining', 'cn-sichuan'])('%s has no finding the pack does not explain with a clause', async (id) => {
    const l = await lint(shippedDocument(id));
    expect(l.analysis.counts).toMatchObject({ errors: 0, warnings: 0 });
    for (const f of l.analysis.findings) {
      expect(f.acknowledged?.citation.document, `${f.code} ${f.rules.join(',')}`).toBeTruthy();
      expect(f.acknowledged?.by).toBe(id);
    }
    expect(l.analysis.space.sampled).toBe(false);
  });

  it('Jining explains that it answers "not covered" below 200 where the guideline encourages, and the counterexample shows it', async () => {
    const l = await lint(shippedDocument('cn-shandong-jining'));
    const [f] = l.analysis.findings;
    expect(f).toMatchObject({ code: 'loosening', loosening: 'obligation', rules: ['obligation.not-covered-below-200', 'obligation.encouraged'] });
    expect(f?.acknowledged?.citation).toMatchObject({ document: '济环字〔2023〕40号', clause: '三（二）' });
    const ours = await answer(l.compiled, (f as Finding).counterexample);
    const theirs = await answer(l.base as Linted['compiled'], (f as Finding).counterexample);
    expect([ours.obligation, theirs.obligation]).toEqual(['not-covered', 'encouraged']);
  });
});

describe('acknowledgements', () => {
  const explained = (ack: Record<string, unknown>) => ({
    ...fixtureDocument('loosening'),
    acknowledges: [{ finding: 'loosening', reason: { zh: '测试说明', en: 'a test reason' }, citation: { document: '测试〔2026〕9号', clause: '第三条', zh: '测试条款第三条', en: 'test', basis: 'text' }, ...ack }],
  });

  it("a loosening the child's rule explains, with a clause, is listed as explained and is not an error", async () => {
    const l = await lint(explained({ rules: ['obligation.not-covered-small'] }));
    expect(l.analysis.counts).toEqual({ errors: 0, warnings: 0, acknowledged: 1 });
    expect(l.analysis.findings[0]?.acknowledged).toMatchObject({ by: 'cn-sichuan-lint-loosening', citation: { clause: '第三条' } });
  });

  it('an acknowledgement of another rule, another kind, or naming nothing explains nothing', async () => {
    for (const ack of [{ rules: ['obligation.elsewhere'] }, { finding: 'gap', rules: ['obligation.not-covered-small'] }, {}]) {
      const l = await lint(explained(ack));
      expect(l.analysis.counts, JSON.stringify(ack)).toEqual({ errors: 1, warnings: 0, acknowledged: 0 });
    }
  });
});
