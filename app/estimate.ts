// The one path from activity data to an emission estimate, whichever door asks (API, CLI, pages): validate the
// activity data, take the factor set and overrides of the pack named (the version in effect on the day asked, else
// today), estimate. Also the records a case keeps: the estimate before the event, the accounted figure after it.
import {
  type CalendarDate,
  type DecimalString,
  formatDecimal,
  InputError,
  type Lang,
  type Problem,
  todayInChina,
  toDecimal,
} from '../engine/index.js';
import {
  type Estimate,
  estimateActivity,
  participantActivity,
  ParticipantSchema,
  validateActivity,
} from '../engine/estimate/index.js';
import { problemsFromZod } from '../engine/problems.js';
import type { PackRegistry, ResolutionFailure } from './registry.js';

export interface EstimateQuestion {
  activity: unknown;
  /** A pack whose factor set and overrides the estimate uses (its version in effect on `asOf`, else today). */
  pack?: string;
  /** A factor set named outright: over the pack's. */
  factorSet?: string;
  asOf?: CalendarDate;
  lang?: Lang;
}

export type EstimateOutcome =
  | { kind: 'estimated'; estimate: Estimate; pack?: { id: string; version: string } }
  | { kind: 'invalid-activity'; problems: Problem[] }
  | ResolutionFailure;

async function settingsOf(registry: PackRegistry | undefined, question: Pick<EstimateQuestion, 'pack' | 'asOf' | 'factorSet'>) {
  if (!question.pack || !registry) return { kind: 'ok' as const, options: { factorSet: question.factorSet } };
  const resolution = registry.resolve(question.pack, question.asOf ?? todayInChina());
  if (resolution.kind !== 'ok') return resolution;
  const { compiled, version } = resolution.resolved;
  const settings = compiled.pack.estimate;
  return {
    kind: 'ok' as const,
    pack: { id: version.packId, version: version.version },
    options: { factorSet: question.factorSet ?? settings?.factorSet, overrides: settings?.overrides ?? [] },
  };
}

function run(activity: unknown, prefix: string, options: Parameters<typeof estimateActivity>[1], pack?: { id: string; version: string }): EstimateOutcome {
  const checked = validateActivity(activity, prefix);
  if (!checked.ok) return { kind: 'invalid-activity', problems: checked.problems };
  try {
    return { kind: 'estimated', estimate: estimateActivity(checked.activity, options), ...(pack ? { pack } : {}) };
  } catch (error) {
    if (error instanceof InputError) return { kind: 'invalid-activity', problems: error.problems };
    throw error;
  }
}

/** The estimate of an event's activity data, under a pack's factors when one is named. */
export async function estimateFor(registry: PackRegistry | undefined, question: EstimateQuestion): Promise<EstimateOutcome> {
  const settings = await settingsOf(registry, question);
  if (settings.kind !== 'ok') return settings;
  return run(question.activity, 'activity', { ...settings.options, lang: question.lang }, settings.pack);
}

/** One participant's own footprint (travel there and back, room-nights, meals) for voluntary offsetting. */
export async function participantEstimateFor(
  registry: PackRegistry | undefined,
  question: Omit<EstimateQuestion, 'activity'> & { participant: unknown },
): Promise<EstimateOutcome> {
  const parsed = ParticipantSchema.safeParse(question.participant);
  if (!parsed.success) return { kind: 'invalid-activity', problems: problemsFromZod(parsed.error, 'participant') };
  const settings = await settingsOf(registry, question);
  if (settings.kind !== 'ok') return settings;
  const outcome = run(participantActivity(parsed.data), '', { ...settings.options, lang: question.lang }, settings.pack);
  if (outcome.kind !== 'invalid-activity') return outcome;
  const renamed: Record<string, string> = { 'venue.region': 'participant.venue', 'phases.holding.originMix[0].city': 'participant.from' };
  return { kind: 'invalid-activity', problems: outcome.problems.map((p) => ({ ...p, path: renamed[p.path] ?? `participant.${p.path}` })) };
}

/** What a case keeps of an emission figure: an estimate before the event, or the accounted figure after it. */
export interface EmissionRecord {
  kind: 'estimated' | 'accounted';
  tco2e: DecimalString;
  /** The day it was recorded (China time). */
  recordedOn: CalendarDate;
  /** The factor set of an estimate. */
  factorSet?: string;
  /** The estimate's lines (path, tCO2e) and what it left out, so the case can show where the figure came from. */
  lines?: { path: string; activity: string; tco2e: DecimalString }[];
  leftOut?: string[];
  /** For an accounted figure: who accounted it, or how (the platform, an independent body), in the organizer's words. */
  accountedBy?: string;
}

/** The record of an estimate, for a case to keep before the event. */
export function estimateRecord(estimate: Estimate, recordedOn: CalendarDate = todayInChina()): EmissionRecord {
  return {
    kind: 'estimated',
    tco2e: estimate.total,
    recordedOn,
    factorSet: estimate.factorSet.id,
    lines: estimate.lines.map((l) => ({ path: l.path, activity: l.activity, tco2e: l.tco2e })),
    leftOut: estimate.unestimated.map((u) => u.path),
  };
}

/** The record of the accounted figure, for a case to keep after the event. */
export function accountedRecord(tco2e: DecimalString, accountedBy: string, recordedOn: CalendarDate = todayInChina()): EmissionRecord {
  return { kind: 'accounted', tco2e: formatDecimal(toDecimal(tco2e)), recordedOn, accountedBy };
}

/** Both figures side by side: the accounted minus the estimated (negative when the estimate was higher). */
export function estimatedAgainstAccounted(estimated: EmissionRecord, accounted: EmissionRecord) {
  return {
    estimated: estimated.tco2e,
    accounted: accounted.tco2e,
    difference: formatDecimal(toDecimal(accounted.tco2e).minus(estimated.tco2e)),
  };
}
