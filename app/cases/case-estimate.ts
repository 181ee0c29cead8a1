// The estimate a case records before the event: its activity data estimated under the factor set and overrides of
// the case's own pack versions (the chain it was opened with, as the plan check uses them; never the version in
// effect now), kept as codes and exact decimals. Recording again keeps the earlier ones as the case's history. The
// estimate never stands in for the accounted emissions: the certificate is judged on those alone.
import { randomUUID } from 'node:crypto';
import { type CalendarDate, InputError, type Problem } from '../../engine/index.js';
import { type Estimate, estimateActivity, type PackEstimate, validateActivity } from '../../engine/estimate/index.js';
import type { PackRegistry } from '../registry.js';
import type { CaseCredential } from './case-access.js';
import { type CaseContext, certifiedConflict, loadCase, nowOf, reloadView, todayOf } from './case-context.js';
import type { CaseFailure } from './case-outcomes.js';
import type { CaseEstimateRecord, CaseRecord } from './case-store.js';
import type { CaseView } from './case-view.js';

export interface EstimateInput {
  /** The activity data (docs/estimate.md), as POST /v1/estimate takes them. */
  activity: unknown;
  /** A factor set named outright, over the pack's. */
  factorSet?: string;
}

export type CaseEstimation = { kind: 'estimated'; estimate: Estimate } | { kind: 'invalid-activity'; problems: Problem[] };

/**
 * The estimate of `activity` under a pack's estimate settings; every problem names its field under `prefix`
 * (`activity`, or `event.activity` for the event's own data).
 */
export function estimateUnder(settings: PackEstimate | undefined, input: EstimateInput, prefix: string): CaseEstimation {
  const checked = validateActivity(input.activity, prefix);
  if (!checked.ok) return { kind: 'invalid-activity', problems: checked.problems };
  try {
    const factorSet = input.factorSet ?? settings?.factorSet;
    return { kind: 'estimated', estimate: estimateActivity(checked.activity, { factorSet, overrides: settings?.overrides ?? [] }) };
  } catch (error) {
    if (error instanceof InputError) return { kind: 'invalid-activity', problems: error.problems };
    throw error;
  }
}

/** The estimate settings of the case's own chain of pack versions, or why they cannot be had. */
export function caseEstimateSettings(registry: PackRegistry, record: Pick<CaseRecord, 'chain'>): { ok: true; settings: PackEstimate | undefined } | { ok: false; problem: string } {
  const resolution = registry.resolveExact(record.chain);
  if (resolution.kind === 'ok') return { ok: true, settings: resolution.resolved.compiled.pack.estimate };
  if (resolution.kind === 'changed') return { ok: false, problem: resolution.problem };
  if (resolution.kind === 'invalid') return { ok: false, problem: resolution.problems.map((p) => p.message).join('; ') };
  return { ok: false, problem: `${resolution.packId} ${resolution.version} is not a known version` };
}

/** What a case keeps of an estimate: codes and exact decimals, the words are the view's. */
export function caseEstimateRecord(caseId: string, estimate: Estimate, recordedOn: CalendarDate, recordedAt: string): CaseEstimateRecord {
  return {
    id: randomUUID(),
    caseId,
    totalTco2e: estimate.total,
    factorSet: estimate.factorSet.id,
    byPhase: estimate.byPhase,
    bySource: estimate.bySource,
    lines: estimate.lines.map((l) => ({ path: l.path, phase: l.phase, source: l.source, activity: l.activity, tco2e: l.tco2e })),
    leftOut: estimate.unestimated.map((u) => ({ path: u.path, phase: u.phase, source: u.source, activity: u.activity })),
    usesForeignFactors: estimate.usesForeignFactors,
    recordedOn,
    recordedAt,
  };
}

/** The estimate of an event's own activity data, for a case to record with it (none when it carries none). */
export function eventEstimate(
  context: CaseContext,
  caseId: string,
  event: Record<string, unknown>,
  settings: PackEstimate | undefined,
): { kind: 'ok'; record?: CaseEstimateRecord } | { kind: 'invalid-activity'; problems: Problem[] } {
  if (event.activity === undefined) return { kind: 'ok' };
  const estimated = estimateUnder(settings, { activity: event.activity }, 'event.activity');
  if (estimated.kind !== 'estimated') return estimated;
  return { kind: 'ok', record: caseEstimateRecord(caseId, estimated.estimate, todayOf(context), nowOf(context).toISOString()) };
}

/** POST /v1/cases/{id}/estimate: records the estimate (the one before stays as history); the case as it stands. */
export async function recordEstimate(context: CaseContext, id: string, input: EstimateInput, credential: CaseCredential): Promise<{ kind: 'ok'; view: CaseView } | CaseFailure> {
  const loaded = await loadCase(context, id, credential, 'write');
  if (loaded.kind !== 'ok') return loaded;
  const certified = certifiedConflict(loaded.bundle);
  if (certified) return certified;
  const settings = caseEstimateSettings(context.registry, loaded.bundle.record);
  if (!settings.ok) return { kind: 'unjudgeable', problem: settings.problem };
  const estimated = estimateUnder(settings.settings, input, 'activity');
  if (estimated.kind !== 'estimated') return estimated;
  const record = caseEstimateRecord(id, estimated.estimate, todayOf(context), nowOf(context).toISOString());
  if (!(await context.store.addEstimate(record))) return { kind: 'no-case', id };
  return reloadView(context, id);
}
