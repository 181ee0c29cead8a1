// The impact of a pack version before it is published: what it would change, against the version that answers now,
// (1) for the decisions already asked of the pack (the newest ones of the decision log, replayed) and (2) for a
// population of events generated in the pack's jurisdiction over the year from the day it would take effect. Both
// are read no earlier than that day, so a version that takes effect later is compared in force, not found "not yet
// in force". Each decision is replayed under the readings and the date it was asked with (./decision-replay.ts), on
// both sides; one that either side cannot answer so (a reading or option it lacks) is counted and named apart, never
// answered under the defaults instead. Bounded: at most MAX_DECISIONS replayed and MAX_POPULATION generated.
import { type CalendarDate, type PackDocument, todayInChina } from '../engine/index.js';
import type { DecisionRequest } from './decision-record.js';
import { type IncomparableDecision, replayOf } from './decision-replay.js';
import type { PackRegistry } from './registry.js';
import { memoDecider } from './simulation/decider.js';
import { DEFAULT_DAYS, generateEvents } from './simulation/population.js';
import { type DraftFilter, type SimulatedPack, type SimulatedPackChoice, simulatedPack } from './simulation/simulated-pack.js';
import { SimulationRun } from './simulation/simulation-run.js';
import type { TallyData } from './simulation/tally.js';
import { latestPublished } from './version-in-effect.js';

export const IMPACT_LIMITS = {
  maxDecisions: 1000,
  defaultDecisions: 200,
  maxPopulation: 20_000,
  defaultPopulation: 2000,
  maxSeed: 2 ** 32 - 1,
} as const;

export interface ImpactRequest {
  packId: string;
  version: string;
  /** Decisions of the log to replay (newest first). */
  decisions: number;
  /** Events to generate, and the seed they are generated from. */
  population: number;
  seed: number;
}

/** A decision of the log, as the impact reads it. */
export interface LoggedDecision {
  id: string;
  request: DecisionRequest;
}

/** The decision log, as the impact reads it (adapters/storage implements it). */
export type DecisionSource = (packId: string, limit: number) => Promise<LoggedDecision[]>;

export interface DraftImpact {
  pack: { id: string; version: string; status: string };
  /** The version compared with: the newest published one before this, else the pack it extends; null: none. */
  baseline: { id: string; version: string } | null;
  /** The policies are read no earlier than this day: the later of today and the version's first day in force. */
  readFrom: CalendarDate;
  decisions: {
    /** Decisions of the log read (at most the limit asked): the tally's events and the incomparable ones. */
    replayed: number;
    limit: number;
    /** The decisions both sides can answer as they were asked, each under its own readings and date. */
    tally: TallyData;
    /** The decisions asked under a reading or option one side lacks: not compared, each named with why. */
    incomparable: { count: number; decisions: IncomparableDecision[] };
    /** The decision id of each example's line (the n-th decision replayed is line n). */
    exampleIds: Record<string, string>;
  };
  population: { count: number; seed: number; region: string; start: CalendarDate; days: number; tally: TallyData };
}

export type ImpactOutcome = { kind: 'ok'; impact: DraftImpact } | Exclude<SimulatedPackChoice, { kind: 'ok' }>;

/** What answers for the pack before this version: its newest other published version, else the pack it extends. */
function baselineOf(registry: PackRegistry, target: SimulatedPack): SimulatedPack | undefined {
  const { packId } = target.version;
  const earlier = registry.versionsOf(packId).filter((v) => v !== target.version && v.status === 'published' && v.createdAt <= target.version.createdAt);
  const previous = latestPublished(earlier);
  if (previous) {
    const choice = simulatedPack(registry, packId, previous.version);
    if (choice.kind === 'ok') return choice.pack;
  }
  const base = (target.version.document as PackDocument).extends;
  if (!base) return undefined;
  const choice = simulatedPack(registry, base);
  return choice.kind === 'ok' ? choice.pack : undefined;
}

export async function draftImpact(
  registry: PackRegistry,
  readDecisions: DecisionSource,
  request: ImpactRequest,
  drafts: DraftFilter,
  today: CalendarDate = todayInChina(),
): Promise<ImpactOutcome> {
  const choice = simulatedPack(registry, request.packId, request.version, drafts);
  if (choice.kind !== 'ok') return choice;
  const target = choice.pack;
  const baseline = baselineOf(registry, target);
  const inForceFrom = target.compiled.pack.inForce.from;
  const readFrom = inForceFrom > today ? inForceFrom : today;
  const runOf = () => {
    const options = { notBefore: readFrom };
    const pack = memoDecider(target.compiled, options);
    return new SimulationRun({ pack, ...(baseline ? { baseline: memoDecider(baseline.compiled, options) } : {}) });
  };

  const logged = await readDecisions(request.packId, request.decisions);
  const replay = runOf();
  const exampleIds: Record<string, string> = {};
  const incomparable: IncomparableDecision[] = [];
  const sides = { new: target.compiled, ...(baseline ? { baseline: baseline.compiled } : {}) };
  for (const [i, decision] of logged.entries()) {
    const how = replayOf(decision.request, request.packId, sides);
    if (how.kind === 'incomparable') {
      const { kind: _kind, ...why } = how;
      incomparable.push({ id: decision.id, line: i + 1, readings: decision.request.readings ?? {}, ...why });
      continue;
    }
    const pending = replay.add(i + 1, decision.request.event, how.asked);
    if (pending) await pending;
  }
  const decisionTally = replay.tally.data();
  for (const example of [...decisionTally.examples, ...decisionTally.failures]) {
    const id = logged[example.line - 1]?.id;
    if (id) exampleIds[String(example.line)] = id;
  }

  const region = target.compiled.pack.jurisdiction.code;
  const generated = runOf();
  let line = 0;
  for (const event of generateEvents(request.population, { seed: request.seed, start: readFrom, days: DEFAULT_DAYS, region })) {
    const pending = generated.add(++line, event);
    if (pending) await pending;
  }

  return {
    kind: 'ok',
    impact: {
      pack: { id: target.version.packId, version: target.version.version, status: target.version.status },
      baseline: baseline ? { id: baseline.version.packId, version: baseline.version.version } : null,
      readFrom,
      decisions: {
        replayed: logged.length,
        limit: request.decisions,
        tally: decisionTally,
        incomparable: { count: incomparable.length, decisions: incomparable },
        exampleIds,
      },
      population: { count: request.population, seed: request.seed, region, start: readFrom, days: DEFAULT_DAYS, tally: generated.tally.data() },
    },
  };
}
