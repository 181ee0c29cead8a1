// The compiled evaluator against json-rules-engine, the reference: for every shipped and example pack and random
// events aimed at the thresholds and at missing facts, both give every rule the same truth and the same missing
// facts, and whole answers through either engine are the same.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PackRegistry } from '../app/registry.js';
import { packFolders } from '../adapters/files/pack-folders.js';
import { type CompiledPack, EVENT_KINDS, evaluate, INSTRUMENTS, ORGANIZER_LEVELS, ORGANIZER_TYPES, SCALES, shiftDate } from '../engine/index.js';
import { knownFacts, referenceOutcomes, ruleOutcomes } from '../engine/rule-outcomes.js';
import { chooseReadings } from '../engine/readings.js';
import { parseEvent } from '../engine/evaluate.js';

const registry = new PackRegistry(packFolders(['policies/examples']));
await registry.refresh();
const packs: CompiledPack[] = registry.packIds().map((id) => {
  const result = registry.resolve(id, '2026-06-01');
  if (result.kind !== 'ok') throw new Error(`${id} does not answer`);
  return result.resolved.compiled;
});

/** Sizes at the packs' thresholds and their neighbours, where answers change, and anything else. */
const size = fc.oneof(fc.constantFrom(0, 199, 200, 201, 399, 400, 499, 500, 501, 4999, 5000, 9999, 10000, 10001), fc.nat(30000));
const date = fc.oneof(
  fc.constantFrom('2021-03-28', '2021-03-29', '2023-01-01', '2025-03-04', '2025-03-17', '2025-03-18', '2026-12-31', '2027-01-01', '2030-01-01'),
  fc.integer({ min: 0, max: 365 * 12 }).map((days) => shiftDate('2020-01-01', { days }) as string),
);
const line = fc.record(
  {
    instrument: fc.constantFrom(...INSTRUMENTS),
    quantityTco2e: fc.constantFrom('1', '10', '99.5'),
    newProject: fc.boolean(),
    projectRegion: fc.constantFrom('500101', '510100', '370830'),
  },
  { requiredKeys: ['instrument', 'quantityTco2e'] },
);

/** Any valid event with any subset of facts given (so that missing facts are common). */
const event = fc
  .record(
    {
      kind: fc.constantFrom(...EVENT_KINDS),
      startDate: date,
      length: fc.nat(40),
      attendees: size,
      floorAreaM2: size,
      scale: fc.constantFrom(...SCALES),
      bidCommitsNeutrality: fc.boolean(),
      chengyuCircle: fc.boolean(),
      meetingClass: fc.integer({ min: 1, max: 4 }),
      organizer: fc.record({ type: fc.constantFrom(...ORGANIZER_TYPES), level: fc.constantFrom(...ORGANIZER_LEVELS) }, { requiredKeys: [] }),
      offsets: fc.array(line, { minLength: 1, maxLength: 3 }),
      extra: fc.record({ onSiteAttendees: size, onlineAttendees: size, cumulativeVisits: size, onSiteParticipants: size }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  )
  .map(({ startDate, length, ...rest }) =>
    startDate ? { ...rest, startDate, endDate: shiftDate(startDate, { days: length ?? 0 }) as string } : rest,
  );

/** The event as this pack reads it: only the custom facts it declares. */
function forPack(compiled: CompiledPack, raw: Record<string, unknown>): Record<string, unknown> {
  const extra = raw.extra as Record<string, unknown> | undefined;
  if (!extra) return raw;
  const declared = Object.fromEntries(Object.entries(extra).filter(([k]) => compiled.pack.facts.some((f) => f.name === `extra.${k}`)));
  const { extra: _dropped, ...rest } = raw;
  return Object.keys(declared).length ? { ...rest, extra: declared } : rest;
}

const packIndex = fc.integer({ min: 0, max: packs.length - 1 });

describe('compiled conditions agree with json-rules-engine', () => {
  test.prop([packIndex, event, fc.constantFrom(undefined, '2026-06-01')], { numRuns: 300 })(
    'every rule: the same truth and the same missing facts',
    async (i, raw, asOfOption) => {
      const compiled = packs[i] as CompiledPack;
      const e = parseEvent(forPack(compiled, raw));
      const asOf = asOfOption ?? e.startDate ?? null;
      const choice = chooseReadings(compiled.pack);
      const known = knownFacts(compiled.pack, e, asOf, choice);
      const fast = ruleOutcomes(compiled, known, asOf);
      const reference = await referenceOutcomes(compiled, known, asOf);
      expect(fast.map((o) => [o.rule.id, o.truth, o.missing])).toEqual(reference.map((o) => [o.rule.id, o.truth, o.missing]));
    },
  );

  test.prop([packIndex, event], { numRuns: 60 })('the whole answer is the same through either engine', async (i, raw) => {
    const compiled = packs[i] as CompiledPack;
    const e = forPack(compiled, raw);
    const fast = await evaluate(compiled, e);
    const reference = await evaluate(compiled, e, { engine: 'reference' });
    expect(fast).toEqual(reference);
  });
});

describe('decision-only answers', () => {
  test.prop([packIndex, event], { numRuns: 60 })('say what the full answer says, as codes', async (i, raw) => {
    const compiled = packs[i] as CompiledPack;
    const e = forPack(compiled, raw);
    const full = await evaluate(compiled, e);
    const decision = await evaluate(compiled, e, { detail: 'decision' });
    expect(decision.obligation).toBe(full.obligation);
    expect(decision.decidedBy).toBe(full.decidedBy?.rule);
    expect(decision.duties.map((d) => [d.duty, d.due])).toEqual(full.duties.map((d) => [d.duty, d.due]));
    expect(decision.modes).toEqual(full.confirmation.modes);
    expect(decision.rules).toEqual(full.reasons.map((r) => r.rule));
    expect(decision.offsets?.verdicts ?? []).toEqual(full.offsets.check?.lines.map((l) => l.verdict) ?? []);
    expect(JSON.stringify(decision)).not.toMatch(/[\u4e00-\u9fff]/); // no words: codes only
  });
});
