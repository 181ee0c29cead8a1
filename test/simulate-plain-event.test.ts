// The simulation's quick look at an event (app/simulation/plain-event.ts) only ever takes an event the schema
// would accept unchanged: for random events, right or with one field made wrong (out of range, of another type,
// null, unknown, a text with NUL, a surrogate or a bidi control, an end before the start), a "plain" event is one
// validateEvent accepts and returns equal; and the events of a generated population, offset plans included, are all
// plain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainEvent } from '../app/simulation/plain-event.js';
import { generateEvents } from '../app/simulation/population.js';
import { EVENT_KINDS, INSTRUMENTS, ORGANIZER_LEVELS, ORGANIZER_TYPES, SCALES, validateEvent } from '../engine/index.js';

const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

const offsetLine = fc.record(
  { instrument: fc.constantFrom(...INSTRUMENTS), quantityTco2e: fc.constantFrom('0', '4.758', '12.3456789'), projectRegion: fc.constantFrom('500000', '510000') },
  { requiredKeys: ['instrument', 'quantityTco2e'] },
).map((line) => ({ ...line })); // an object as JSON.parse makes it (fast-check's may have no prototype)

const good = fc.record(
  {
    name: fc.string({ maxLength: 40 }),
    kind: fc.constantFrom(...EVENT_KINDS),
    startDate: day,
    endDate: day,
    attendees: fc.integer({ min: 0, max: 1_000_000 }),
    floorAreaM2: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(10000.5, 0.25)),
    scale: fc.constantFrom(...SCALES),
    bidCommitsNeutrality: fc.boolean(),
    chengyuCircle: fc.boolean(),
    meetingClass: fc.integer({ min: 1, max: 4 }),
    organizer: fc.record({ type: fc.constantFrom(...ORGANIZER_TYPES), level: fc.constantFrom(...ORGANIZER_LEVELS), name: fc.string({ maxLength: 40 }) }, { requiredKeys: [] }),
    emissionsTco2e: fc.constantFrom('0', '100.5', '12.3456789', `${'9'.repeat(24)}.${'9'.repeat(24)}`),
    offsets: fc.array(offsetLine, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** One field made wrong, or a field the quick look leaves to the schema. */
const ODD_TEXTS = ['a\u0000b', 'x\u202ey', '\u200f', '\ud800', '\udc00x', '\ud83d\ude00', 'x'.repeat(501)];
const wrong = fc.oneof(
  fc.record({ attendees: fc.constantFrom(-2, -0, 199.5, 1_000_000_001, 2 ** 53, Number.MAX_SAFE_INTEGER, '12', null) }),
  fc.record({ floorAreaM2: fc.constantFrom(-1, -0, Number.POSITIVE_INFINITY, '5', null) }),
  fc.record({ kind: fc.constantFrom('party', '', null, 3) }),
  fc.record({ scale: fc.constantFrom('galactic', null) }),
  fc.record({ meetingClass: fc.constantFrom(0, 5, 2.5, '1') }),
  fc.record({ startDate: fc.constantFrom('2026-02-29', '2026-13-01', '0000-01-01', '2026-1-5', '2026-01-31T00:00', 20260101) }),
  fc.record({ name: fc.constantFrom(...ODD_TEXTS) }),
  fc.record({ organizer: fc.constantFrom(null, 'soe', [], { type: 'guild' }, { level: 'galactic' }, { nickname: 'x' }, { name: ODD_TEXTS[1] }) }),
  fc.record({ emissionsTco2e: fc.constantFrom('0100', '1e3', '-1', '1.', '9'.repeat(25), `1.${'0'.repeat(25)}`, 5) }),
  fc.record({ bidCommitsNeutrality: fc.constantFrom('true', 1, null) }),
  fc.record({
    offsets: fc.constantFrom(
      null,
      {},
      [null],
      [{ instrument: 'CCER' }],
      [{ quantityTco2e: '1' }],
      [{ instrument: 'coupon', quantityTco2e: '1' }],
      [{ instrument: 'CCER', quantityTco2e: '1e3' }],
      [{ instrument: 'CCER', quantityTco2e: 1 }],
      [{ instrument: 'CCER', quantityTco2e: '1', projectRegion: '5000' }],
      [{ instrument: 'CCER', quantityTco2e: '1', projectRegion: 500000 }],
      [{ instrument: 'CCER', quantityTco2e: '1', serial: 'x\u0000' }],
      [{ instrument: 'CCER', quantityTco2e: '1', vintageStart: '2025-01-01', vintageEnd: '2024-01-01' }],
      [{ instrument: 'CCER', quantityTco2e: '1', colour: 'green' }],
      // eslint-disable-next-line no-sparse-arrays -- a hole in the plan
      [, { instrument: 'CCER', quantityTco2e: '1' }],
    ),
  }),
  fc.constantFrom({ extra: { onSiteAttendees: 400 } }, { atendees: 5 }, { endDate: '2023-12-31', startDate: '2024-01-01' }),
);

const eventArb = fc.tuple(good, fc.option(wrong, { freq: 2 })).map(([event, odd]) => ({ ...event, ...(odd ?? {}) }));

describe('plain events', () => {
  it('a plain event is one the schema accepts and returns unchanged', () => {
    let plain = 0;
    let refused = 0;
    let withPlans = 0;
    fc.assert(
      fc.property(eventArb, (raw) => {
        const taken = plainEvent(raw);
        const valid = validateEvent(raw);
        if (!valid.ok) refused++;
        if (taken === undefined) return;
        plain++;
        if (taken.offsets?.length) withPlans++;
        expect(valid.ok).toBe(true);
        if (valid.ok) expect(valid.event).toStrictEqual(taken);
      }),
      { numRuns: 3000, seed: 7 },
    );
    // Not vacuous: many events were plain, and many were refused by the schema (none of them taken).
    expect(plain).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
    expect(withPlans).toBeGreaterThan(300);
  });

  it('takes every event of a generated population at a glance, offset plans included', () => {
    const events = [...generateEvents(2000, { seed: 11 })];
    const plain = events.filter((e) => plainEvent(JSON.parse(JSON.stringify(e))) !== undefined);
    expect(events.filter((e) => e.offsets).length).toBeGreaterThan(0);
    expect(plain.length).toBe(events.length);
  });
});
