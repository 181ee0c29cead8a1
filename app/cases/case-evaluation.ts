// A case is judged by the one path every door takes: its event, with the accounted emissions and the credits
// retired in place of the plan's estimate and lines, asked again under exactly the pack versions it was opened
// with (app/decision-record.ts rederive). So a retirement is checked by the same checks as a plan's line, and the
// duties that govern some lines only (Jining's new sinks) follow the credits actually retired.
import type { Determination, Lang } from '../../engine/index.js';
import { rederive } from '../decision-record.js';
import type { PackRegistry } from '../registry.js';
import type { CaseBundle, CaseRecord, EmissionsRecord, RetirementRecord } from './case-store.js';

/** The offset line the engine checks for a retired credit (the ledger, not the line, keeps the serials apart). */
export function lineOf(retirement: RetirementRecord): Record<string, unknown> {
  const optional = {
    projectRegion: retirement.projectRegion,
    projectType: retirement.projectType,
    vintageStart: retirement.vintageStart,
    vintageEnd: retirement.vintageEnd,
    projectStartDate: retirement.projectStartDate,
    approvedOn: retirement.approvedOn,
    newProject: retirement.newProject,
  };
  return {
    instrument: retirement.instrument,
    quantityTco2e: retirement.quantityTco2e,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== null && value !== undefined)),
  };
}

/** The event as the case stands: the accounted total over the estimate, the retired credits over the plan. */
export function eventOfCase(
  event: Record<string, unknown>,
  emissions: Pick<EmissionsRecord, 'totalTco2e'> | null,
  retirements: readonly RetirementRecord[],
): Record<string, unknown> {
  return {
    ...event,
    ...(emissions ? { emissionsTco2e: emissions.totalTco2e } : {}),
    ...(retirements.length ? { offsets: retirements.map(lineOf) } : {}),
  };
}

export type CaseJudgement = { ok: true; determination: Determination } | { ok: false; problem: string };

/** The Determination of `record` (its event replaced by `event` when given) under its own chain of versions. */
export async function judge(
  registry: PackRegistry,
  record: Pick<CaseRecord, 'packAsked' | 'chain' | 'readings'>,
  event: Record<string, unknown>,
  lang: Lang,
): Promise<CaseJudgement> {
  const request = { pack: record.packAsked, event, lang, ...(record.readings ? { readings: record.readings } : {}) };
  return rederive(registry, request, record.chain);
}

/** The Determination of a case as it stands, with everything recorded for it. */
export function judgeBundle(registry: PackRegistry, bundle: CaseBundle, lang: Lang, retirements: readonly RetirementRecord[] = bundle.retirements): Promise<CaseJudgement> {
  return judge(registry, bundle.record, eventOfCase(bundle.record.event, bundle.emissions, retirements), lang);
}
