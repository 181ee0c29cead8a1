// Recording a retired credit (one serial, or a range). Its facts are checked as an offset line is (the engine's
// schema, then the pack's offset policy when the case is judged with it); the serials are parsed into the ledger's
// form; and the store records it in one transaction, where the database refuses a credit another retirement
// holds, and a new forestry or ocean sink project another case has used.
import { randomUUID } from 'node:crypto';
import { type CalendarDate, type Instrument, type Problem, validateEvent } from '../../engine/index.js';
import type { CaseCredential } from './case-access.js';
import { type CaseContext, certifiedConflict, loadCase, nowOf, reloadView, todayOf } from './case-context.js';
import type { CaseFailure } from './case-outcomes.js';
import type { RetirementRecord, SinkProjectClaim } from './case-store.js';
import type { CaseView, RetirementView } from './case-view.js';
import { lineOf } from './case-evaluation.js';
import { parseSerials, prefixKey, registryKey } from './serial-range.js';

/** The engine checks at most this many offset lines: a case holds at most this many retirements. */
export const MAX_RETIREMENTS = 1000;
const SINKS: readonly Instrument[] = ['forestry-sink', 'ocean-sink'];

export interface RetirementInput {
  instrument: Instrument;
  registry: string;
  /** The serial, or the first of a range. */
  serialFirst: string;
  /** The last serial of a range (absent: one serial). */
  serialLast?: string;
  quantityTco2e: string;
  retiredOn: CalendarDate;
  projectRegion?: string;
  projectType?: string;
  projectId?: string;
  vintageStart?: CalendarDate;
  vintageEnd?: CalendarDate;
  projectStartDate?: CalendarDate;
  approvedOn?: CalendarDate;
  newProject?: boolean;
  proofReference: string;
}

export type Retired = { kind: 'ok'; retirement: RetirementView; view: CaseView };

const isNewSink = (input: Pick<RetirementInput, 'instrument' | 'newProject'>) => SINKS.includes(input.instrument) && input.newProject === true;

function recordOf(input: RetirementInput, caseId: string, at: string): RetirementRecord | Problem[] {
  const parsed = parseSerials(input.serialFirst, input.serialLast, { first: 'serialFirst', last: 'serialLast' });
  if (!parsed.ok) return parsed.problems;
  return {
    id: randomUUID(),
    caseId,
    instrument: input.instrument,
    registry: input.registry.trim(),
    registryKey: registryKey(input.registry),
    serial: parsed.serial,
    quantityTco2e: input.quantityTco2e,
    retiredOn: input.retiredOn,
    projectRegion: input.projectRegion ?? null,
    projectType: input.projectType ?? null,
    projectId: input.projectId?.trim() || null,
    vintageStart: input.vintageStart ?? null,
    vintageEnd: input.vintageEnd ?? null,
    projectStartDate: input.projectStartDate ?? null,
    approvedOn: input.approvedOn ?? null,
    newProject: input.newProject ?? null,
    proofReference: input.proofReference.trim(),
    recordedAt: at,
  };
}

/** The credit's facts as an offset line: what the engine refuses (a vintage ending before it starts, …), by field. */
function lineProblems(record: RetirementRecord): Problem[] {
  const checked = validateEvent({ offsets: [lineOf(record)] });
  if (checked.ok) return [];
  return checked.problems.map((p) => ({ ...p, path: p.path.replace(/^offsets\[0\]\.?/, '') || 'retirement' }));
}

export async function recordRetirement(context: CaseContext, id: string, input: RetirementInput, credential: CaseCredential): Promise<Retired | CaseFailure> {
  const loaded = await loadCase(context, id, credential, 'write');
  if (loaded.kind !== 'ok') return loaded;
  const { bundle } = loaded;
  const certified = certifiedConflict(bundle);
  if (certified) return certified;
  if (bundle.retirements.length >= MAX_RETIREMENTS) {
    return { kind: 'conflict', code: 'too-many', message: `a case holds at most ${MAX_RETIREMENTS} retirements: record a range of serials as one` };
  }
  const at = nowOf(context).toISOString();
  const today = todayOf(context);
  const record = recordOf(input, id, at);
  if (Array.isArray(record)) return { kind: 'invalid', problems: record };
  const problems = lineProblems(record);
  if (input.retiredOn > today) problems.push({ path: 'retiredOn', message: `must not be after today (${today}, China time): record a retirement once it is made`, kind: 'format' });
  if (isNewSink(input) && !record.projectId) {
    problems.push({ path: 'projectId', message: 'name the new sink project (its registration number or name): a new forestry or ocean sink project serves one event only', kind: 'required' });
  }
  if (problems.length) return { kind: 'invalid', problems };
  const claim: SinkProjectClaim | undefined = isNewSink(input)
    ? { projectKey: prefixKey(record.projectId as string), caseId: id, projectId: record.projectId as string, instrument: input.instrument, recordedAt: at }
    : undefined;
  const inserted = await context.store.insertRetirement(record, claim);
  if (inserted.kind === 'no-case') return { kind: 'no-case', id };
  if (inserted.kind !== 'inserted') return inserted;
  const reloaded = await reloadView(context, id);
  if (reloaded.kind !== 'ok') return reloaded;
  const retirement = reloaded.view.retirements.find((r) => r.id === record.id) as RetirementView;
  return { kind: 'ok', retirement, view: reloaded.view };
}
