// Explain walks each rule's condition tree itself: for random events aimed at the packs' thresholds, dates and missing
// facts, under every shipped and example pack, every rule's held/failed/unknown and its missing facts must be the
// engine's own (engine/decide.ts, the outcomes an answer is decided from), and every rule an answer gives as a reason
// must be one explain says held.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PackRegistry } from '../app/registry.js';
import { packFolders } from '../adapters/files/pack-folders.js';
import { decide } from '../engine/decide.js';
import { explainEvent } from '../engine/explain/index.js';
import { type CompiledPack, EVENT_KINDS, evaluate, INSTRUMENTS, ORGANIZER_LEVELS, ORGANIZER_TYPES, SCALES, shiftDate } from '../engine/index.js';
import { parseEvent } from '../engine/evaluate.js';
import { chooseReadings } from '../engine/readings.js';
import { ruleOutcomes } from '../engine/rule-outcomes.js';

const registry = new PackRegistry(packFolders(['policies/examples']));
await registry.refresh();
const packs: CompiledPack[] = registry.packIds().map((id) => {
  const result = registry.resolve(id, '2026-06-01');
  if (result.kind !== 'ok') throw new Error(`${id} does not answer`);
  return result.resolved.compiled;
});

const size = fc.oneof(fc.constantFrom(0, 199, 200, 201, 499, 500, 501, 9999, 10000, 10001), fc.nat(20000));
const date = fc.oneof(
  fc.constantFrom('2021-03-28', '2021-03-29', '2025-03-03', '2025-03-04', '2026-12-31', '2027-01-01', '2030-01-01'),
  fc.integer({ min: 0, max: 365 * 12 }).map((days) => shiftDate('2020-01-01', { days }) as string),
);

/** Any valid event with any subset of facts given, so that unknown rules are common. */
const event = fc
  .record(
    {
      kind: fc.constantFrom(...EVENT_KINDS),
      startDate: date,
      length: fc.nat(10),
      attendees: size,
      floorAreaM2: size,
      scale: fc.constantFrom(...SCALES),
      bidCommitsNeutrality: fc.boolean(),
      chengyuCircle: fc.boolean(),
      meetingClass: fc.integer({ min: 1, max: 4 }),
      organizer: fc.record({ type: fc.constantFrom(...ORGANIZER_TYPES), level: fc.constantFrom(...ORGANIZER_LEVELS) }, { requiredKeys: [] }),
      offsets: fc.array(fc.record({ instrument: fc.constantFrom(...INSTRUMENTS), quantityTco2e: fc.constantFrom('1', '10'), newProject: fc.boolean() }, { requiredKeys: ['instrument', 'quantityTco2e'] }), { minLength: 1, maxLength: 2 }),
      extra: fc.record({ onSiteAttendees: size, onlineAttendees: size, cumulativeVisits: size, onSiteParticipants: size }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  )
  .map(({ startDate, length, ...rest }) => (startDate ? { ...rest, startDate, endDate: shiftDate(startDate, { days: length ?? 0 }) as string } : rest));

/** The event as this pack reads it: only the custom facts it declares. */
function forPack(compiled: CompiledPack, raw: Record<string, unknown>): Record<string, unknown> {
  const extra = raw.extra as Record<string, unknown> | undefined;
  if (!extra) return raw;
  const declared = Object.fromEntries(Object.entries(extra).filter(([k]) => compiled.pack.facts.some((f) => f.name === `extra.${k}`)));
  const { extra: _dropped, ...rest } = raw;
  return Object.keys(declared).length ? { ...rest, extra: declared } : rest;
}

const STATUS = { true: 'held', false: 'failed', unknown: 'unknown' } as const;
const packIndex = fc.integer({ min: 0, max: packs.length - 1 });

describe('explain agrees with the engine', () => {
  test.prop([packIndex, event, fc.constantFrom(undefined, '2026-06-01', '2027-06-01')], { numRuns: 250 })(
    'every rule: the engine\'s status and missing facts',
    async (i, raw, asOf) => {
      const compiled = packs[i] as CompiledPack;
      const input = forPack(compiled, raw);
      const explained = explainEvent(compiled, input, { asOf });
      const core = await decide(compiled, parseEvent(input), chooseReadings(compiled.pack), asOf, 'zh', ruleOutcomes);
      expect(explained.rules.map((r) => [r.rule, r.status, [...r.missingFacts].sort()])).toEqual(
        core.outcomes.map((o) => [o.rule.id, STATUS[String(o.truth) as keyof typeof STATUS], [...new Set(o.missing)].sort()]),
      );
    },
  );

  test.prop([packIndex, event], { numRuns: 60 })('every reason of an answer is a rule explain says held', async (i, raw) => {
    const compiled = packs[i] as CompiledPack;
    const input = forPack(compiled, raw);
    const d = await evaluate(compiled, input);
    const explained = explainEvent(compiled, input, { asOf: d.asOf });
    const held = new Set(explained.rules.filter((r) => r.status === 'held').map((r) => r.rule));
    for (const reason of d.reasons) expect(held).toContain(reason.rule);
    if (d.decidedBy) expect(held).toContain(d.decidedBy.rule);
    for (const u of d.undecided.filter((x) => x.subject !== 'offsets')) {
      for (const rule of u.rules) expect(explained.rules.some((r) => r.rule === rule && r.status === 'unknown')).toBe(true);
    }
  });
});
