// evaluate() end to end with the mini pack: obligation (three-valued), dated rule versions, duties,
// citations, and the offset plan check.
import { describe, expect, it } from 'vitest';
import type { Determination } from '../engine/determination.js';
import { evaluate } from '../engine/evaluate.js';
import { CLAUSES, compileMini, MINI_DOC } from './fixtures/mini-pack.js';

const compiled = compileMini();

const MEETING = {
  kind: 'meeting',
  attendees: 300,
  organizer: { type: 'enterprise' },
  startDate: '2026-01-30',
  endDate: '2026-01-31',
};

/** A CQCER line that passes both checks (Chongqing, vintage after 2021-09-14). */
const goodCqcer = (quantityTco2e: string, extra: Record<string, unknown> = {}) => ({
  instrument: 'CQCER',
  quantityTco2e,
  projectRegion: '500101',
  vintageStart: '2022-01-01',
  vintageEnd: '2022-12-31',
  ...extra,
});

function check(d: Determination) {
  const c = d.offsets.check;
  if (!c) throw new Error('expected an offset check');
  return c;
}

describe('obligation', () => {
  it('is undetermined when meetingClass is missing for a meeting of 300', async () => {
    const d = await evaluate(compiled, MEETING);
    expect(d.obligation).toBe('undetermined');
    expect(d.obligationAtLeast).toBe('encouraged');
    expect(d.missingFacts).toContain('meetingClass');
    expect(d.missingFacts).toEqual(['meetingClass']);
    expect(d.undecided).toEqual([{ subject: 'obligation', rules: ['meeting-required'], missingFacts: ['meetingClass'] }]);
    expect(d.questions).toEqual([{ fact: 'meetingClass', question: '会议属于几类会议？', label: '会议类别' }]);
    // The summary asks the question in words; it never shows the fact's code.
    expect(d.summary).toContain('会议属于几类会议？');
    expect(d.summary).not.toContain('meetingClass');
  });

  it('asks in English when lang is en', async () => {
    const d = await evaluate(compiled, MEETING, { lang: 'en' });
    expect(d.questions).toEqual([{ fact: 'meetingClass', question: 'Which class of meeting is it (1-4)?', label: 'meeting class' }]);
    expect(d.summary).toBe('Undetermined (facts missing): please answer: Which class of meeting is it (1-4)?');
  });

  it('is required once meetingClass is given and in 1-3', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 2 });
    expect(d.obligation).toBe('required');
    expect(d.obligationAtLeast).toBeUndefined();
    expect(d.missingFacts).toEqual([]);
    expect(d.reasons.find((r) => r.decides === 'obligation:required')?.rule).toBe('meeting-required');
  });

  it('is encouraged for a class 4 meeting', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 4 });
    expect(d.obligation).toBe('encouraged');
  });

  it('is encouraged for a meeting of 199 even without meetingClass (a false leaf decides)', async () => {
    const d = await evaluate(compiled, { ...MEETING, attendees: 199 });
    expect(d.obligation).toBe('encouraged');
    expect(d.missingFacts).toEqual([]);
  });

  it('is determined for an exhibition: meetingClass is irrelevant', async () => {
    const d = await evaluate(compiled, { ...MEETING, kind: 'exhibition' });
    expect(d.obligation).toBe('encouraged');
    expect(d.obligationAtLeast).toBeUndefined();
    expect(d.missingFacts).toEqual([]);
    expect(d.undecided).toEqual([]);
    expect(d.reasons.map((r) => r.rule)).toEqual(['general-encouraged', 'complete-neutralization', 'confirmation-routes']);
  });

  it('names every missing fact when nothing is given', async () => {
    const d = await evaluate(compiled, {});
    expect(d.obligation).toBe('undetermined');
    expect(d.asOf).toBeNull();
    // Without a date the pack itself may not be in force, so no level is established.
    expect(d.obligationAtLeast).toBeUndefined();
    // endDate: the duty holds but its date cannot be computed.
    expect([...d.missingFacts].sort()).toEqual(['attendees', 'endDate', 'kind', 'meetingClass', 'organizer.type', 'startDate'].sort());
  });
});

describe('dated rule versions', () => {
  const LEAD = { kind: 'exhibition', attendees: 50, organizer: { type: 'party-government' } };

  it('before the revision: the 2025 version (expected)', async () => {
    const d = await evaluate(compiled, LEAD, { asOf: '2025-06-01' });
    expect(d.obligation).toBe('expected');
    const reason = d.reasons.find((r) => r.decides === 'obligation:expected');
    expect(reason?.citation.clause).toBe(CLAUSES.lead2025);
    expect(d.reasons.some((r) => r.citation.clause === CLAUSES.lead2026)).toBe(false);
  });

  it('after the revision: the 2026 version (required)', async () => {
    const d = await evaluate(compiled, LEAD, { asOf: '2026-06-01' });
    expect(d.obligation).toBe('required');
    const reason = d.reasons.find((r) => r.decides === 'obligation:required');
    expect(reason?.citation.clause).toBe(CLAUSES.lead2026);
    expect(d.reasons.some((r) => r.citation.clause === CLAUSES.lead2025)).toBe(false);
  });

  it('on the boundaries: until is inclusive, from is inclusive', async () => {
    expect((await evaluate(compiled, LEAD, { asOf: '2025-12-31' })).obligation).toBe('expected');
    expect((await evaluate(compiled, LEAD, { asOf: '2026-01-01' })).obligation).toBe('required');
  });

  it('without asOf the start date decides', async () => {
    expect((await evaluate(compiled, { ...LEAD, startDate: '2025-03-01', endDate: '2025-03-02' })).obligation).toBe('expected');
    const d = await evaluate(compiled, { ...LEAD, startDate: '2026-03-01', endDate: '2026-03-02' });
    expect(d.obligation).toBe('required');
    expect(d.asOf).toBe('2026-03-01');
  });

  it('with neither asOf nor a start date, the dated rule is undecided and asks for startDate', async () => {
    const d = await evaluate(compiled, LEAD);
    expect(d.obligation).toBe('undetermined');
    // Without a date the pack itself may not be in force, so no level is established.
    expect(d.obligationAtLeast).toBeUndefined();
    expect(d.missingFacts).toEqual(['startDate', 'endDate']);
    expect(d.undecided).toEqual([{ subject: 'obligation', rules: ['organizer-lead'], missingFacts: ['startDate'] }]);
  });

  it('before the pack is in force, no rule applies and a warning says so', async () => {
    const d = await evaluate(compiled, LEAD, { asOf: '2024-06-01' });
    expect(d.obligation).toBe('not-covered');
    expect(d.reasons).toEqual([]);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toContain('2025-01-01');
  });
});

describe('duties', () => {
  it('complete-neutralization is due one month after the end, month-end clamped', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 1 });
    expect(d.duties).toHaveLength(1);
    expect(d.duties[0]).toMatchObject({
      duty: 'complete-neutralization',
      due: '2026-02-28',
      dueText: '活动结束后1个月内',
      applies: 'if-neutralizing',
      rule: 'complete-neutralization',
      citation: { document: MINI_DOC, clause: CLAUSES.duty },
    });
    expect(d.summary).toContain('2026-02-28');
  });

  it('in a leap year', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 1, startDate: '2028-01-30', endDate: '2028-01-31' });
    expect(d.duties[0]?.due).toBe('2028-02-29');
  });

  it('without an end date: no date, and endDate is asked for', async () => {
    const d = await evaluate(compiled, { kind: 'exhibition', attendees: 10, organizer: { type: 'enterprise' }, startDate: '2026-03-01' });
    expect(d.duties[0]).toMatchObject({ duty: 'complete-neutralization', due: null, missingFacts: ['endDate'] });
    expect(d.missingFacts).toContain('endDate');
    expect(d.questions.find((q) => q.fact === 'endDate')).toEqual({ fact: 'endDate', question: '活动何时结束？', label: '活动结束日期' });
  });
});

describe('reasons and confirmation carry citations', () => {
  it('every reason cites the mini pack document and the rule clause', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 3 }, { lang: 'en' });
    expect(d.reasons.map((r) => [r.rule, r.decides, r.citation.clause])).toEqual([
      ['meeting-required', 'obligation:required', CLAUSES.scope],
      ['general-encouraged', 'obligation:encouraged', CLAUSES.general],
      ['complete-neutralization', 'duty:complete-neutralization', CLAUSES.duty],
      ['confirmation-routes', 'confirmation:third-party+self-commitment', CLAUSES.confirmation],
    ]);
    for (const r of d.reasons) {
      expect(r.citation).toMatchObject({ document: MINI_DOC, basis: 'text' });
      expect(r.citation.zh.length).toBeGreaterThan(0);
      expect(r.citation.en.length).toBeGreaterThan(0);
      expect(r.origin).toBe('test-mini');
    }
    expect(d.reasons[0]?.title).toBe('Large class 1-3 meetings must neutralize');
    expect(d.summary).toContain(`${MINI_DOC} ${CLAUSES.scope}`);
  });

  it('confirmation routes are listed with their citation', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 3 });
    expect(d.confirmation.modes).toEqual(['third-party', 'self-commitment']);
    for (const route of d.confirmation.routes) expect(route.citation.clause).toBe(CLAUSES.confirmation);
  });

  it('the offset policy is shown in rank order with its conditions', async () => {
    const d = await evaluate(compiled, MEETING, { lang: 'en' });
    expect(d.offsets.accepted.map((a) => [a.instrument, a.rank])).toEqual([
      ['CQCER', 1],
      ['CCER', 2],
    ]);
    expect(d.offsets.accepted[0]?.conditions.map((c) => [c.check, c.citation.clause])).toEqual([
      ['vintage-after', CLAUSES.vintage],
      ['region-within', CLAUSES.region],
    ]);
    expect(d.offsets.excluded.map((x) => [x.instrument, x.citation.clause])).toEqual([['carbon-points', CLAUSES.excluded]]);
    expect(d.offsets.check).toBeUndefined();
  });
});

describe('offset plan check', () => {
  const withPlan = (emissionsTco2e: string | undefined, offsets: unknown[]) =>
    evaluate(compiled, { ...MEETING, meetingClass: 1, ...(emissionsTco2e === undefined ? {} : { emissionsTco2e }), offsets });

  it('100 CQCER against 100.5 t: not sufficient, shortfall 0.5', async () => {
    const c = check(await withPlan('100.5', [goodCqcer('100')]));
    expect(c.sufficient).toBe(false);
    expect(c.shortfall).toBe('0.5');
    expect(c.total).toBe('100');
    expect(c.counted).toBe('100');
    expect(c.emissions).toBe('100.5');
    expect(c.partialAllowed).toBe(true);
    expect(c.coverageCitation?.clause).toBe(CLAUSES.coverage);
    expect(c.lines[0]).toMatchObject({ verdict: 'eligible', counted: true, rank: 1, missingFacts: [] });
  });

  it('exactly enough is sufficient, with shortfall 0', async () => {
    const c = check(await withPlan('100.5', [goodCqcer('100.25'), { instrument: 'CCER', quantityTco2e: '0.25' }]));
    expect(c.sufficient).toBe(true);
    expect(c.shortfall).toBe('0');
  });

  it('CQCER with a vintage ending 2021-09-01 is ineligible, citing the vintage clause', async () => {
    const line = { instrument: 'CQCER', quantityTco2e: '10', projectRegion: '500101', vintageEnd: '2021-09-01' };
    const c = check(await withPlan('10', [line]));
    expect(c.lines[0]?.verdict).toBe('ineligible');
    expect(c.lines[0]?.counted).toBe(false);
    const reason = c.lines[0]?.reasons.find((r) => r.code === 'vintage-after');
    expect(reason?.citation?.clause).toBe(CLAUSES.vintage);
    expect(c.lines[0]?.missingFacts).toEqual([]);
    expect(c.sufficient).toBe(false);
    expect(c.shortfall).toBe('10');
  });

  it('a vintage starting on the cut-off date itself is not after it', async () => {
    const c = check(await withPlan('10', [goodCqcer('10', { vintageStart: '2021-09-14' })]));
    expect(c.lines[0]?.verdict).toBe('ineligible');
  });

  it('a CQCER project outside Chongqing is ineligible, citing the region clause', async () => {
    const c = check(await withPlan('10', [goodCqcer('10', { projectRegion: '510100' })]));
    expect(c.lines[0]?.verdict).toBe('ineligible');
    expect(c.lines[0]?.reasons.find((r) => r.code === 'region-within')?.citation?.clause).toBe(CLAUSES.region);
  });

  it('carbon points are ineligible: excluded, with the exclusion citation', async () => {
    const c = check(await withPlan('5', [{ instrument: 'carbon-points', quantityTco2e: '5' }]));
    expect(c.lines[0]).toMatchObject({ verdict: 'ineligible', counted: false, rank: null });
    expect(c.lines[0]?.reasons).toHaveLength(1);
    expect(c.lines[0]?.reasons[0]).toMatchObject({ code: 'excluded', citation: { clause: CLAUSES.excluded } });
    expect(c.sufficient).toBe(false);
  });

  it('an instrument the pack neither accepts nor excludes counts, but is discouraged (no text closes its list)', async () => {
    const c = check(await withPlan('5', [{ instrument: 'allowance', quantityTco2e: '5' }]));
    expect(c.lines[0]?.verdict).toBe('discouraged');
    expect(c.lines[0]?.counted).toBe(true);
    expect(c.lines[0]?.reasons[0]?.code).toBe('not-listed');
    expect(c.sufficient).toBe(true);
  });

  it('CCER listed before CQCER: followsRanking false, with a warning (both lines still count)', async () => {
    const c = check(await withPlan('20', [{ instrument: 'CCER', quantityTco2e: '10' }, goodCqcer('10')]));
    expect(c.followsRanking).toBe(false);
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]?.code).toBe('order');
    expect(c.warnings[0]?.message).toContain('CCER');
    expect(c.lines.map((l) => l.verdict)).toEqual(['eligible', 'eligible']);
    expect(c.sufficient).toBe(true);
  });

  it('CQCER before CCER follows the ranking', async () => {
    const c = check(await withPlan('20', [goodCqcer('10'), { instrument: 'CCER', quantityTco2e: '10' }]));
    expect(c.followsRanking).toBe(true);
    expect(c.warnings).toEqual([]);
  });

  it('a repeated serial: the second line is ineligible and duplicateSerials lists it', async () => {
    const plan = [
      { instrument: 'CCER', quantityTco2e: '10', serial: 'CCER-2024-0001' },
      { instrument: 'CCER', quantityTco2e: '10', serial: 'CCER-2024-0001' },
      { instrument: 'CCER', quantityTco2e: '10', serial: 'CCER-2024-0002' },
    ];
    const c = check(await withPlan('30', plan));
    expect(c.lines.map((l) => l.verdict)).toEqual(['eligible', 'ineligible', 'eligible']);
    expect(c.duplicateSerials).toEqual([{ serial: 'CCER-2024-0001', lines: [0, 1] }]);
    const reused = c.lines[1]?.reasons.find((r) => r.code === 'serial-repeated');
    expect(reused?.citation?.clause).toBe(CLAUSES.noReuse);
    expect(c.counted).toBe('20');
    expect(c.total).toBe('30');
    expect(c.sufficient).toBe(false);
    expect(c.shortfall).toBe('10');
  });

  it('a missing projectRegion leaves the line undetermined and names offsets[0].projectRegion', async () => {
    const line = { instrument: 'CQCER', quantityTco2e: '50', vintageStart: '2022-01-01' };
    const d = await withPlan('50', [line]);
    const c = check(d);
    expect(c.lines[0]?.verdict).toBe('undetermined');
    expect(c.lines[0]?.counted).toBe(false);
    expect(c.lines[0]?.missingFacts).toEqual(['offsets[0].projectRegion']);
    // It could still cover the emissions, so sufficiency is open.
    expect(c.sufficient).toBeNull();
    expect(d.missingFacts).toContain('offsets[0].projectRegion');
    expect(d.undecided).toContainEqual({ subject: 'offsets', rules: [], missingFacts: ['offsets[0].projectRegion'] });
  });

  it('an undetermined line too small to matter does not hold up the answer', async () => {
    const c = check(await withPlan('100', [goodCqcer('10'), { instrument: 'CQCER', quantityTco2e: '5', vintageStart: '2022-01-01' }]));
    expect(c.sufficient).toBe(false);
    expect(c.shortfall).toBe('90');
  });

  it('decimals are exact: 0.1 + 0.2 = 0.3', async () => {
    const c = check(await withPlan('0.3', [goodCqcer('0.1'), goodCqcer('0.2', { serial: 'b' })]));
    expect(c.total).toBe('0.3');
    expect(c.counted).toBe('0.3');
    expect(c.sufficient).toBe(true);
    expect(c.shortfall).toBe('0');
  });

  it('large and many-digit quantities stay exact', async () => {
    const c = check(await withPlan('123456789.000000001', [goodCqcer('123456789'), { instrument: 'CCER', quantityTco2e: '0.000000001' }]));
    expect(c.total).toBe('123456789.000000001');
    expect(c.sufficient).toBe(true);
  });

  it('without emissions the plan is checked but sufficiency is open and emissions are asked for', async () => {
    const d = await withPlan(undefined, [goodCqcer('10')]);
    const c = check(d);
    expect(c.sufficient).toBeNull();
    expect(c.shortfall).toBeNull();
    expect(c.total).toBe('10');
    expect(d.missingFacts).toContain('emissionsTco2e');
  });
});
