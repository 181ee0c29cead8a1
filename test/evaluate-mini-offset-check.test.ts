// evaluate() with the mini pack: the organizer's offset plan checked line by line (eligibility with its clause,
// ranking, exclusions, repeated serials, missing facts) and summed exactly against the emissions.
import { describe, expect, it } from 'vitest';
import type { Determination } from '../engine/determination.js';
import { evaluate } from '../engine/evaluate.js';
import { MEETING } from './fixtures/mini-events.js';
import { CLAUSES, compileMini } from './fixtures/mini-pack.js';

const compiled = compileMini();

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
