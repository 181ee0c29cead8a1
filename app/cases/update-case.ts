// Updating a case's event or details: judged again under the same pack versions (never the version in effect
// now), kept only when the case has not changed meanwhile, and answered with what changed. New activity data in the
// event are estimated and recorded with it (the estimate before stays as history).
import { type Lang, type Problem, validateEvent } from '../../engine/index.js';
import type { CaseCredential } from './case-access.js';
import { caseChanges } from './case-changes.js';
import { caseEstimateSettings, eventEstimate } from './case-estimate.js';
import { type CaseContext, certifiedConflict, loadCase, nowOf, todayOf } from './case-context.js';
import { eventOfCase, judge } from './case-evaluation.js';
import type { CaseFailure } from './case-outcomes.js';
import type { CaseRecord } from './case-store.js';
import type { CaseParticulars, CaseUpdate } from './case-view.js';
import { jurisdictionOf, outcomeOfCase } from './open-case.js';
import { viewOfCase } from './view-of-case.js';

export interface CaseEdit {
  /** The whole event, replacing the one kept. */
  event?: unknown;
  /** Fields of the event to change (RFC 7396 merge patch: null removes a field). */
  eventPatch?: Record<string, unknown>;
  /** Details to change, merged the same way. */
  particulars?: Record<string, unknown>;
  /** The whole details, replacing those kept. */
  particularsWhole?: CaseParticulars;
  lang?: Lang;
}

/** RFC 7396: objects merge, null removes, anything else replaces. */
export function mergePatch(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object' && out[key] !== null && !Array.isArray(out[key])) {
      out[key] = mergePatch(out[key] as Record<string, unknown>, value as Record<string, unknown>);
    } else out[key] = value;
  }
  return out;
}

const prefixed = (problems: Problem[], prefix: string) => problems.map((p) => ({ ...p, path: p.path ? `${prefix}.${p.path}` : prefix }));

export async function updateCase(context: CaseContext, id: string, edit: CaseEdit, credential: CaseCredential): Promise<({ kind: 'ok' } & CaseUpdate) | CaseFailure> {
  const loaded = await loadCase(context, id, credential, 'write');
  if (loaded.kind !== 'ok') return loaded;
  const { bundle } = loaded;
  const certified = certifiedConflict(bundle);
  if (certified) return certified;
  const { record } = bundle;
  const lang = edit.lang ?? record.lang;
  const rawEvent = edit.event !== undefined ? edit.event : edit.eventPatch ? mergePatch(record.event, edit.eventPatch) : record.event;
  const validated = validateEvent(rawEvent);
  if (!validated.ok) return { kind: 'invalid', problems: prefixed(validated.problems, edit.event !== undefined ? 'event' : 'eventPatch') };
  const event = validated.event as Record<string, unknown>;
  const particulars = (edit.particularsWhole ?? (edit.particulars ? mergePatch(record.particulars as Record<string, unknown>, edit.particulars) : record.particulars)) as CaseParticulars;
  const jurisdiction = jurisdictionOf(particulars, packJurisdiction(context, record));
  if ('problem' in jurisdiction) return { kind: 'invalid', problems: [jurisdiction.problem] };
  const before = await judge(context.registry, record, eventOfCase(record.event, bundle.emissions, bundle.retirements), lang);
  const after = await judge(context.registry, record, eventOfCase(event, bundle.emissions, bundle.retirements), lang);
  if (!after.ok) return { kind: 'invalid', problems: [{ path: edit.event !== undefined ? 'event' : 'eventPatch', message: after.problem }] };
  if (!before.ok) return { kind: 'unjudgeable', problem: before.problem };
  const estimated = newEstimate(context, record, event, edit.event !== undefined ? 'event' : 'eventPatch');
  if (estimated.kind !== 'ok') return estimated;
  const updated: CaseRecord = {
    ...record,
    event,
    particulars,
    jurisdictionCode: jurisdiction.code,
    startDate: typeof event.startDate === 'string' ? event.startDate : null,
    endDate: typeof event.endDate === 'string' ? event.endDate : null,
    outcome: outcomeOfCase(after.determination),
    updatedAt: nowOf(context).toISOString(),
    revision: record.revision + 1,
  };
  if (!(await context.store.updateCase(updated, record.revision, estimated.record))) {
    return { kind: 'conflict', code: 'changed', message: 'the case was changed by another request meanwhile: read it again and repeat the change' };
  }
  const changes = caseChanges(
    { event: record.event, particulars: record.particulars as Record<string, unknown>, determination: before.determination },
    { event, particulars: particulars as Record<string, unknown>, determination: after.determination },
    lang,
  );
  const estimates = estimated.record ? [...bundle.estimates, estimated.record] : bundle.estimates;
  const view = viewOfCase({ ...bundle, record: updated, estimates }, after.determination, todayOf(context), lang);
  return { kind: 'ok', case: view, changes };
}

/** The estimate of the event's activity data when they changed (none when they did not, or were removed). */
function newEstimate(context: CaseContext, record: CaseRecord, event: Record<string, unknown>, field: string) {
  if (event.activity === undefined || JSON.stringify(event.activity) === JSON.stringify(record.event.activity)) return { kind: 'ok' as const };
  const settings = caseEstimateSettings(context.registry, record);
  if (!settings.ok) return { kind: 'unjudgeable' as const, problem: settings.problem };
  const estimated = eventEstimate(context, record.id, event, settings.settings);
  if (estimated.kind === 'ok') return estimated;
  return { kind: 'invalid' as const, problems: estimated.problems.map((p) => ({ ...p, path: p.path.replace(/^event\./, `${field}.`) })) };
}

/** The jurisdiction of the pack version the case answers under (a division inside it may be the case's own). */
function packJurisdiction(context: CaseContext, record: CaseRecord): string {
  const version = context.registry.versionsOf(record.packId).find((v) => v.version === record.packVersion);
  return version?.jurisdictionCode ?? record.jurisdictionCode;
}
