// Invariants of the estimate, over generated activity data aimed at the edges (zero, tiny and large amounts, every
// unit, venues on and off the grids, no venue): linear in each amount, never negative, the total exactly the sum of
// its lines, every line naming its factor, year and source, and the fallback to the national factor stated.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toDecimal } from '../engine/decimal.js';
import { estimate, unitsOf } from '../engine/estimate/index.js';
import { ENERGY_KINDS, FUELS, MATERIALS, TRAVEL_MODES, WASTE_TREATMENTS } from '../engine/estimate/vocabulary.js';

const amount = fc.oneof(
  fc.constantFrom('0', '0.000000001', '1', '9999999999999'),
  fc.integer({ min: 0, max: 1_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 999_999 })).map(([a, b]) => `${a}.${String(b).padStart(6, '0')}`),
);
const unitFor = (list: Parameters<typeof unitsOf>[0], kind: string) => fc.constantFrom(...Object.keys(unitsOf(list, kind)));
const item = <K extends string>(list: Parameters<typeof unitsOf>[0], field: string | undefined, kinds: readonly K[]) =>
  fc.constantFrom(...(kinds.length ? kinds : ([''] as K[]))).chain((kind) =>
    fc.record({ amount, unit: unitFor(list, kind) }).map((r) => (field ? { [field]: kind, ...r } : r)),
  );
const CITIES = ['110000', '310000', '440300', '510100', '500000', '650100', '230100'];
const origin = fc.record({ city: fc.constantFrom(...CITIES), mode: fc.constantFrom(...TRAVEL_MODES), participants: fc.integer({ min: 0, max: 5000 }), roundTrip: fc.boolean() });
const phase = fc.record(
  {
    energy: fc.array(item('energy', 'kind', ENERGY_KINDS), { maxLength: 3 }),
    fuels: fc.array(item('fuels', 'fuel', FUELS), { maxLength: 3 }),
    travel: fc.array(item('travel', 'mode', TRAVEL_MODES), { maxLength: 3 }),
    originMix: fc.array(origin, { maxLength: 3 }),
    accommodation: fc.array(item('accommodation', undefined, []), { maxLength: 2 }),
    materials: fc.array(item('materials', 'material', MATERIALS.filter((m) => m !== 'other')), { maxLength: 2 }),
    waste: fc.array(item('waste', 'treatment', WASTE_TREATMENTS), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
// On a grid, outside every grid (Hong Kong, Macao), and no venue at all.
const venue = fc.constantFrom('510100', '110000', '150400', '440300', '810000', '820000', undefined);
// An origin mix needs a venue in the city table: without one, the generated activity has none.
const CITY_VENUES = ['510100', '110000', '150400', '440300'];
const activity = fc.record({ venue, preparation: phase, holding: phase, closing: phase }).map(({ venue: v, ...phases }) => ({
  ...(v ? { venue: { region: v } } : {}),
  phases: CITY_VENUES.includes(v as string) ? phases : Object.fromEntries(Object.entries(phases).map(([k, p]) => [k, { ...p, originMix: [] }])),
}));
const factorSet = fc.constantFrom('cn-2023', 'cn-2022', 'cn-2021');
const RUNS = { numRuns: 60 };

/** Every amount and every number of participants multiplied by k. */
function scaled(a: { venue?: unknown; phases: Record<string, Record<string, Record<string, unknown>[]>> }, k: number) {
  const phases = Object.fromEntries(
    Object.entries(a.phases).map(([name, lists]) => [
      name,
      Object.fromEntries(
        Object.entries(lists).map(([list, items]) => [
          list,
          items.map((i) => ('participants' in i ? { ...i, participants: (i.participants as number) * k } : { ...i, amount: toDecimal(i.amount as string).times(k).toFixed() })),
        ]),
      ),
    ]),
  );
  return { ...a, phases };
}

describe('estimate properties', () => {
  test.prop([activity, factorSet], RUNS)('the total is exactly the sum of the lines, and of the phases and of the sources', (a, set) => {
    const e = estimate(a, { factorSet: set });
    const sum = (xs: string[]) => xs.reduce((acc, x) => acc.plus(x), toDecimal(0)).toFixed();
    expect(e.total).toBe(sum(e.lines.map((l) => l.tco2e)));
    expect(e.total).toBe(sum(Object.values(e.byPhase)));
    expect(e.total).toBe(sum(Object.values(e.bySource)));
  });

  test.prop([activity, factorSet], RUNS)('is never negative', (a, set) => {
    const e = estimate(a, { factorSet: set });
    for (const value of [e.total, ...e.lines.map((l) => l.tco2e), ...Object.values(e.byPhase), ...Object.values(e.bySource)]) {
      expect(toDecimal(value).isNegative()).toBe(false);
    }
  });

  test.prop([activity, fc.integer({ min: 0, max: 50 })], RUNS)('is linear: k times every amount gives k times every line and the total', (a, k) => {
    const once = estimate(a);
    const ktimes = estimate(scaled(a as never, k));
    expect(ktimes.total).toBe(toDecimal(once.total).times(k).toFixed());
    ktimes.lines.forEach((line, i) => expect(line.tco2e).toBe(toDecimal(once.lines[i]?.tco2e as string).times(k).toFixed()));
  });

  test.prop([activity, activity], RUNS)('is additive: two sets of items together give the sum of their totals', (a, b) => {
    const withoutMix = (x: typeof b) => ({ phases: Object.fromEntries(Object.entries(x.phases).map(([k, p]) => [k, { ...p, originMix: [] }])) });
    const other = a.venue && CITY_VENUES.includes(a.venue.region) ? { ...b, venue: a.venue } : { ...withoutMix(b), ...(a.venue ? { venue: a.venue } : {}) };
    const both = { ...a, phases: Object.fromEntries(['preparation', 'holding', 'closing'].map((p) => [p, mergeLists((a.phases as never)[p], (other.phases as never)[p])])) };
    const expected = toDecimal(estimate(a).total).plus(estimate(other).total).toFixed();
    expect(estimate(both).total).toBe(expected);
  });

  test.prop([activity, factorSet], RUNS)('every line names its factor, unit, year, region and source', (a, set) => {
    for (const line of estimate(a, { factorSet: set, lang: 'en' }).lines) {
      expect(line.factor.value).toMatch(/^\d+(\.\d+)?$/);
      expect(line.factor.unit).not.toBe('');
      expect(typeof line.factor.year).toBe('number');
      expect(line.factor.regionName).not.toBe('');
      expect(line.factor.source.document.length).toBeGreaterThan(0);
      expect(line.factor.source.clause.length).toBeGreaterThan(0);
      expect(['text', 'interpretation', 'unconfirmed']).toContain(line.factor.source.basis);
      expect(line.text).toContain(line.factor.source.document);
      if (line.factor.foreign) expect(line.factor.regionName).toMatch(/foreign/);
    }
  });

  test.prop([activity, factorSet], RUNS)('states the fallback to the national grid factor whenever it is used, and only then', (a, set) => {
    const e = estimate(a, { factorSet: set, lang: 'en' });
    const venueCode = a.venue?.region;
    const onGrid = venueCode !== undefined && !['810000', '820000'].includes(venueCode);
    for (const line of e.lines.filter((l) => l.activity === 'electricity')) {
      const expectFallback = !onGrid || set === 'cn-2021';
      expect(line.factor.fallback !== undefined).toBe(expectFallback);
      if (line.factor.fallback) {
        expect(line.factor.region).toBe('national');
        expect(line.text).toContain(line.factor.fallback.text);
        expect(e.notes).toContain(line.factor.fallback.text);
        expect(line.factor.fallback.reason).toBe(!venueCode ? 'no-venue' : !onGrid ? 'unknown-region' : 'no-regional-factor');
      }
    }
  });
});

function mergeLists(x: Record<string, unknown[]> = {}, y: Record<string, unknown[]> = {}) {
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return Object.fromEntries([...keys].map((k) => [k, [...(x[k] ?? []), ...(y[k] ?? [])]]));
}
