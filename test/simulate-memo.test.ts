// The simulation's memo (app/simulation/memo-key.ts, decider.ts) answers exactly as the engine does: for random
// events aimed at the packs' thresholds (199/200/201, 499/500, 9999/10000 people, 5000 and 10000 m²), at the days a
// pack or a rule version starts or stops applying, with facts left out, facts that do not apply to the kind, custom
// facts, offset plans (decided directly), other readings and a date asked, every memoised decision equals
// evaluate(..., { detail: 'decision' }) field for field, and an event one pack cannot answer fails the same way. The
// same holds when each event is asked under readings and a date of its own (a decision of the log, replayed): the
// readings chosen are part of the memo key, so the same class of event under other readings is answered anew.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackRegistry } from '../app/registry.js';
import { type Answer, type Asked, type Decider, type DeciderOptions, directDecider, isClassAnswer, memoDecider } from '../app/simulation/decider.js';
import { SimulationRun } from '../app/simulation/simulation-run.js';
import { packFolders } from '../adapters/files/pack-folders.js';
import { POLICIES_DIR } from '../adapters/files/pack-files.js';
import { type CompiledPack, EVENT_KINDS, type EventInput, ORGANIZER_LEVELS, ORGANIZER_TYPES, SCALES, shiftDate, validateEvent } from '../engine/index.js';
import { tightenedJining } from './support/simulation.js';

const registry = new PackRegistry(packFolders([join(POLICIES_DIR, 'examples'), 'test/fixtures/city-packs']));
await registry.refresh();

function compiled(id: string): CompiledPack {
  const version = registry.versionsOf(id).at(-1);
  const result = version && registry.compileDocument(version.document);
  if (!result?.ok) throw new Error(`pack ${id} does not compile`);
  return result.compiled;
}

const tight = registry.compileDocument(tightenedJining());
if (!tight.ok) throw new Error('the tightened Jining pack does not compile');

const PACKS: [string, CompiledPack][] = [
  ...registry.packIds().map((id): [string, CompiledPack] => [id, compiled(id)]),
  ['cn-shandong-jining tightened to 300', tight.compiled],
];

/** Days a shipped pack or rule starts or stops applying, their neighbours, and month ends. */
const DAYS = ['2019-05-28', '2019-05-29', '2023-01-01', '2025-03-03', '2025-03-04', '2025-03-17', '2025-03-18', '2025-07-09', '2026-01-31', '2026-12-31', '2027-01-01', '2029-12-31', '2030-01-01', '2031-02-28'];

const near = (...values: number[]) => fc.constantFrom(...values.flatMap((v) => [v - 1, v, v + 1]).filter((v) => v >= 0));
const day = fc.oneof(fc.constantFrom(...DAYS), fc.integer({ min: 0, max: 4000 }).map((n) => shiftDate('2020-01-01', { days: n }) as string));

const eventArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      kind: fc.constantFrom(...EVENT_KINDS),
      start: day,
      length: fc.integer({ min: 0, max: 12 }),
      attendees: fc.oneof(near(200, 300, 500, 1000, 5000, 10000), fc.integer({ min: 0, max: 300_000 })),
      floorAreaM2: fc.oneof(fc.constantFrom(4999.5, 5000, 9999.5, 10000, 10000.5), fc.integer({ min: 0, max: 100_000 })),
      scale: fc.constantFrom(...SCALES),
      bidCommitsNeutrality: fc.boolean(),
      chengyuCircle: fc.boolean(),
      meetingClass: fc.integer({ min: 1, max: 4 }),
      organizer: fc.record({ type: fc.constantFrom(...ORGANIZER_TYPES), level: fc.constantFrom(...ORGANIZER_LEVELS) }, { requiredKeys: [] }),
      emissionsTco2e: fc.constantFrom('0.5', '120.125', '3000'),
      extra: fc.record({ onSiteAttendees: near(400), onSiteParticipants: near(5000), cumulativeVisits: near(10000) }, { requiredKeys: [] }),
      offsets: fc.constant([{ instrument: 'CCER', quantityTco2e: '100' }]),
      dated: fc.boolean(),
    },
    { requiredKeys: ['kind', 'start', 'length'] },
  )
  .map(({ start, length, dated, extra, offsets, ...rest }) => {
    const event: Record<string, unknown> = { ...rest };
    if (dated !== false) Object.assign(event, { startDate: start, endDate: shiftDate(start, { days: length }) });
    // Custom facts and offset plans now and then: they change which path an event takes.
    if (extra && Object.keys(extra).length && length % 3 === 0) event.extra = extra;
    if (offsets && length % 4 === 1) event.offsets = offsets;
    return event;
  });

type Outcome = { decision: unknown } | { error: string };

async function outcomeOf(decider: Decider, event: EventInput, asked?: Asked): Promise<Outcome> {
  try {
    return { decision: await decider.decide(event, asked) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** What a simulation counts of an answer: the obligation, the deciding rule, the duties and whether they bind. */
function counted(answer: Answer) {
  const duties = isClassAnswer(answer) ? answer.duties : answer.duties.map(({ duty, binding }) => ({ duty, binding }));
  return { obligation: answer.obligation, decidedBy: answer.decidedBy, duties };
}

async function countedOf(decider: Decider, event: EventInput, asked?: Asked) {
  try {
    return counted(await decider.answer(event, asked));
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const VARIANTS: [string, DeciderOptions][] = [
  ['each event on its own start date', {}],
  ['a date asked for every event', { asOf: '2027-01-01' }],
  ['read no earlier than a day', { notBefore: '2026-12-31' }],
];

describe('the memoised decisions are the engine\'s', () => {
  for (const [name, pack] of PACKS) {
    for (const [variant, options] of VARIANTS) {
      it(`${name}, ${variant}`, async () => {
        const readings = name === 'cn-chongqing' ? { 'district-organs-before-2027': 'every-level', 'district-soe-trigger': 'municipal-only' } : undefined;
        const memo = memoDecider(pack, { ...options, ...(readings ? { readings } : {}) });
        const direct = directDecider(pack, { ...options, ...(readings ? { readings } : {}) });
        await fc.assert(
          fc.asyncProperty(fc.array(eventArb, { minLength: 20, maxLength: 40 }), async (raws) => {
            for (const raw of raws) {
              // Each event, a namesake on the same days (its class and dates known) and one a day later (its class known).
              const later = typeof raw.startDate === 'string' ? { startDate: shiftDate(raw.startDate, { days: 1 }), endDate: shiftDate(raw.endDate as string, { days: 1 }) } : {};
              for (const variant of [raw, { ...raw, name: 'twin' }, { ...raw, ...later }]) {
                const valid = validateEvent(variant);
                if (!valid.ok) throw new Error(`the generator made an invalid event: ${JSON.stringify(valid.problems)}`);
                expect(await outcomeOf(memo, valid.event)).toEqual(await outcomeOf(direct, valid.event));
                // What the simulation counts from the class's answer is what the full decision gives.
                expect(await countedOf(memo, valid.event)).toEqual(await countedOf(direct, valid.event));
              }
            }
          }),
          { numRuns: 15, seed: 20260601 },
        );
        // The memo was used, not bypassed: most events were answered from it.
        expect(memo.stats.hits).toBeGreaterThan(memo.stats.misses);
      });
    }
  }
});

/** Pairs of packs compared: a variant and its original, a city pack and its province, other readings and the defaults. */
const PAIRS: [string, () => [Decider, Decider], () => [Decider, Decider]][] = [
  [
    'Jining tightened against Jining',
    () => [memoDecider(tight.compiled), memoDecider(compiled('cn-shandong-jining'))],
    () => [directDecider(tight.compiled), directDecider(compiled('cn-shandong-jining'))],
  ],
  [
    'Chengdu against Sichuan, both read as of 2027',
    () => [memoDecider(compiled('cn-sichuan-chengdu'), { notBefore: '2027-01-01' }), memoDecider(compiled('cn-sichuan'), { notBefore: '2027-01-01' })],
    () => [directDecider(compiled('cn-sichuan-chengdu'), { notBefore: '2027-01-01' }), directDecider(compiled('cn-sichuan'), { notBefore: '2027-01-01' })],
  ],
  [
    'Chongqing under other readings against its defaults',
    () => [memoDecider(compiled('cn-chongqing'), { readings: { 'district-organs-before-2027': 'every-level' } }), memoDecider(compiled('cn-chongqing'))],
    () => [directDecider(compiled('cn-chongqing'), { readings: { 'district-organs-before-2027': 'every-level' } }), directDecider(compiled('cn-chongqing'))],
  ],
];

describe('a simulation with the memo counts what one without it counts', () => {
  for (const [name, memoised, direct] of PAIRS) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(eventArb, { minLength: 30, maxLength: 60 }), async (raws) => {
          const [pack, baseline] = memoised();
          const [directPack, directBaseline] = direct();
          const fast = new SimulationRun({ pack, baseline }, 1000);
          const slow = new SimulationRun({ pack: directPack, baseline: directBaseline }, 1000);
          for (const [i, raw] of raws.entries()) {
            for (const run of [fast, slow]) {
              const pending = run.add(i + 1, raw);
              if (pending) await pending;
            }
          }
          expect(fast.tally.data()).toEqual(slow.tally.data());
        }),
        { numRuns: 15, seed: 20260602 },
      );
    });
  }
});

const chongqing = compiled('cn-chongqing');

/** What an event is asked under: each of Chongqing's readings left to its default or set, now and then one it lacks. */
const askedArb: fc.Arbitrary<Asked> = fc.record(
  {
    readings: fc.oneof(
      { weight: 9, arbitrary: fc.tuple(...chongqing.pack.readings.map((r) => fc.option(fc.constantFrom(...r.options.map((o) => [r.id, o.id] as const)), { nil: undefined }))) },
      { weight: 1, arbitrary: fc.constant([['district-soe-trigger', 'district-only'] as const]) },
    ).map((entries) => Object.fromEntries(entries.filter((e) => e !== undefined))),
    asOf: day,
  },
  { requiredKeys: [] },
);

describe('each event asked under readings and a date of its own', () => {
  it('is answered under them, not from its class under the defaults', async () => {
    const memo = memoDecider(chongqing);
    const direct = directDecider(chongqing);
    // A district organ's class-2 meeting of 300 in 2026: encouraged by default; required when every level is bound.
    const event = validateEvent({ kind: 'meeting', organizer: { type: 'party-government', level: 'county' }, meetingClass: 2, attendees: 300, startDate: '2026-06-01' });
    if (!event.ok) throw new Error('invalid event');
    const everyLevel = { readings: { 'district-organs-before-2027': 'every-level' } };
    expect((await memo.decide(event.event)).obligation).toBe('encouraged');
    expect(await memo.decide(event.event, everyLevel)).toMatchObject({ obligation: 'required', decidedBy: 'required.organ-meeting' });
    expect(await memo.decide(event.event, everyLevel)).toEqual(await direct.decide(event.event, everyLevel));
    expect((await memo.decide(event.event, { readings: {} })).obligation).toBe('encouraged');
    expect(memo.stats).toMatchObject({ misses: 2, hits: 2 });
  });

  for (const [variant, options] of VARIANTS) {
    it(`gets the engine's decisions, ${variant}`, async () => {
      const memo = memoDecider(chongqing, options);
      const direct = directDecider(chongqing, options);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(eventArb, fc.array(askedArb, { minLength: 1, maxLength: 3 })), { minLength: 15, maxLength: 30 }), async (asks) => {
          for (const [raw, askeds] of asks) {
            const valid = validateEvent(raw);
            if (!valid.ok) throw new Error(`the generator made an invalid event: ${JSON.stringify(valid.problems)}`);
            // The same event under each choice, then under the decider's own readings: each answered as asked.
            for (const asked of [...askeds, undefined]) {
              expect(await outcomeOf(memo, valid.event, asked)).toEqual(await outcomeOf(direct, valid.event, asked));
              expect(await countedOf(memo, valid.event, asked)).toEqual(await countedOf(direct, valid.event, asked));
            }
          }
        }),
        { numRuns: 10, seed: 20260603 },
      );
      expect(memo.stats.hits).toBeGreaterThan(memo.stats.misses);
    });
  }

  it('counts in a simulation what one without the memo counts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(eventArb, askedArb), { minLength: 30, maxLength: 60 }), async (asks) => {
        const fast = new SimulationRun({ pack: memoDecider(chongqing, { notBefore: '2027-01-01' }), baseline: memoDecider(chongqing) }, 1000);
        const slow = new SimulationRun({ pack: directDecider(chongqing, { notBefore: '2027-01-01' }), baseline: directDecider(chongqing) }, 1000);
        for (const [i, [raw, asked]] of asks.entries()) {
          for (const run of [fast, slow]) {
            const pending = run.add(i + 1, raw, asked);
            if (pending) await pending;
          }
        }
        expect(fast.tally.data()).toEqual(slow.tally.data());
      }),
      { numRuns: 10, seed: 20260604 },
    );
  });
});
