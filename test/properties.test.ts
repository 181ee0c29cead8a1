// Invariants of the rules, over every shipped pack and random schema-valid events.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  EVENT_KINDS,
  evaluate,
  INSTRUMENTS,
  OBLIGATION_LEVELS,
  type Obligation,
  ORGANIZER_LEVELS,
  ORGANIZER_TYPES,
  SCALES,
  shiftDate,
} from '../engine/index.js';
import { pack, SHIPPED } from './support/library.js';

const RUNS = { numRuns: 60 };

const date = fc.integer({ min: 0, max: 365 * 8 }).map((days) => shiftDate('2022-01-01', { days })!);

const organizer = fc.record(
  { type: fc.constantFrom(...ORGANIZER_TYPES), level: fc.constantFrom(...ORGANIZER_LEVELS) },
  { requiredKeys: [] },
);

/** Sizes aimed at the packs' thresholds (200, 500, 10000 and their neighbours), where answers change. */
const nearThresholds = fc.oneof(
  fc.constantFrom(0, 199, 200, 201, 499, 500, 501, 9999, 10000, 10001),
  fc.integer({ min: 0, max: 30000 }),
);

/** Any schema-valid event, with any subset of facts given. */
const event = fc
  .record(
    {
      kind: fc.constantFrom(...EVENT_KINDS),
      start: date,
      length: fc.integer({ min: 0, max: 40 }),
      attendees: nearThresholds,
      floorAreaM2: nearThresholds,
      scale: fc.constantFrom(...SCALES),
      bidCommitsNeutrality: fc.boolean(),
      chengyuCircle: fc.boolean(),
      meetingClass: fc.integer({ min: 1, max: 4 }),
      organizer,
    },
    { requiredKeys: ['start', 'length'] },
  )
  .map(({ start, length, ...rest }) => ({ ...rest, startDate: start, endDate: shiftDate(start, { days: length })! }));

const packId = fc.constantFrom(...SHIPPED);
const rank = (o: Obligation) => OBLIGATION_LEVELS.indexOf(o as (typeof OBLIGATION_LEVELS)[number]);

describe('obligation', () => {
  test.prop([packId, event, fc.nat(20000), fc.nat(20000)], RUNS)(
    'never weakens as attendees or floor area grow, all else equal',
    async (id, e, moreAttendees, moreArea) => {
      const smaller = { ...e, attendees: e.attendees ?? 0, floorAreaM2: e.floorAreaM2 ?? 0 };
      const larger = { ...smaller, attendees: smaller.attendees + moreAttendees, floorAreaM2: smaller.floorAreaM2 + moreArea };
      const a = await evaluate(pack(id), smaller);
      const b = await evaluate(pack(id), larger);
      if (a.obligation === 'undetermined') return;
      // An undetermined answer still states the level it has reached; it must not be lower either.
      const reached = b.obligation === 'undetermined' ? (b.obligationAtLeast ?? 'not-covered') : b.obligation;
      expect(rank(reached)).toBeGreaterThanOrEqual(rank(a.obligation));
    },
  );
});

describe('due dates', () => {
  test.prop([packId, event], RUNS)('fall after the end, or before the start for duties due before it', async (id, e) => {
    const d = await evaluate(pack(id), e);
    for (const duty of d.duties) {
      if (duty.due === null) continue;
      if (duty.dueRule.direction === 'before') expect(duty.due < e.startDate, duty.duty).toBe(true);
      else expect(duty.due >= e.endDate, duty.duty).toBe(true);
    }
  });

  test.prop([packId, event, fc.integer({ min: 1, max: 400 })], RUNS)(
    'never move earlier when the end moves later',
    async (id, e, extraDays) => {
      const later = { ...e, endDate: shiftDate(e.endDate, { days: extraDays })! };
      // Keep the evaluation date fixed so only the end date changes.
      const a = await evaluate(pack(id), e, { asOf: e.startDate });
      const b = await evaluate(pack(id), later, { asOf: e.startDate });
      for (const duty of a.duties) {
        const moved = b.duties.find((x) => x.duty === duty.duty);
        if (!duty.due || !moved?.due || duty.dueRule.anchor !== 'event.end') continue;
        expect(moved.due >= duty.due, `${duty.duty}: ${duty.due} -> ${moved.due}`).toBe(true);
      }
    },
  );
});

describe('evaluation', () => {
  test.prop([packId, event, fc.constantFrom('zh' as const, 'en' as const)], RUNS)(
    'is deterministic, never throws on a valid event, and cites every reason',
    async (id, e, lang) => {
      const first = await evaluate(pack(id), e, { lang });
      const second = await evaluate(pack(id), e, { lang });
      expect(second).toEqual(first);
      const documents = new Set(pack(id).pack.documents.map((doc) => doc.number));
      for (const reason of first.reasons) {
        expect(documents.has(reason.citation.document)).toBe(true);
        expect(reason.citation.clause).not.toBe('');
      }
      for (const duty of first.duties) expect(documents.has(duty.citation.document)).toBe(true);
      if (first.obligation === 'undetermined') expect(first.missingFacts.length).toBeGreaterThan(0);
    },
  );
});

// An oracle independent of decimal.js: scale every quantity to an integer number of 10^-6 t.
const quantity = fc
  .tuple(fc.nat(1_000_000), fc.nat(999_999), fc.integer({ min: 0, max: 6 }))
  .map(([whole, frac, digits]) => (digits === 0 ? `${whole}` : `${whole}.${String(frac).padStart(6, '0').slice(0, digits)}`));
const micro = (q: string) => {
  const [w, f = ''] = q.split('.');
  return BigInt(w as string) * 1_000_000n + BigInt((f + '000000').slice(0, 6));
};
const fromMicro = (n: bigint) => {
  const whole = n / 1_000_000n;
  const frac = (n % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
};

describe('offset totals', () => {
  test.prop(
    [packId, fc.array(fc.tuple(fc.constantFrom(...INSTRUMENTS), quantity), { minLength: 1, maxLength: 12 }), quantity],
    RUNS,
  )(
    'equal the exact decimal sum of the quantities, and the shortfall is emissions minus what counts',
    async (id, lines, emissions) => {
      const offsets = lines.map(([instrument, quantityTco2e]) => ({ instrument, quantityTco2e }));
      const d = await evaluate(pack(id), { startDate: '2026-05-01', endDate: '2026-05-02', emissionsTco2e: emissions, offsets });
      const check = d.offsets.check;
      expect(check).toBeDefined();
      if (!check) return;
      expect(check.total).toBe(fromMicro(lines.reduce((s, [, q]) => s + micro(q), 0n)));
      const counted = check.lines.filter((l) => l.counted).reduce((s, l) => s + micro(l.quantityTco2e), 0n);
      expect(check.counted).toBe(fromMicro(counted));
      const gap = micro(emissions) - counted;
      expect(check.shortfall).toBe(fromMicro(gap > 0n ? gap : 0n));
    },
  );
});

describe('contested readings', () => {
  test.prop([packId, event], { numRuns: 40 })(
    'what a listed alternative would answer is what asking for it answers; an unlisted reading changes nothing',
    async (id, e) => {
      const compiled = pack(id);
      const d = await evaluate(compiled, e);
      for (const reading of compiled.pack.readings) {
        const listed = d.readings.find((r) => r.id === reading.id);
        for (const option of reading.options) {
          if (option.id === reading.default) continue;
          const asked = await evaluate(compiled, e, { readings: { [reading.id]: option.id } });
          if (listed) {
            const alternative = listed.alternatives.find((a) => a.option === option.id);
            expect(alternative?.obligation).toBe(asked.obligation);
            expect(alternative?.summary).toBe(asked.summary);
          } else {
            expect(asked.obligation).toBe(d.obligation);
            expect(asked.duties.map((x) => [x.duty, x.due])).toEqual(d.duties.map((x) => [x.duty, x.due]));
          }
        }
      }
    },
  );
});
