// Where a case stands: planned → registered → accounted → offset → confirmed → certified. A stage is reached when
// what it names is recorded; the case stands at the last stage reached with every stage before it reached. A
// pack that asks for no registration lets the case pass that stage without one (`skipped`), never stand at it.
import { CASE_STAGE_LABELS, type CalendarDate, type Determination, type Lang } from '../../engine/index.js';
import type { CaseBundle } from './case-store.js';
import { CASE_STAGES, type CaseStage, type CaseView } from './case-view.js';
import { chinaDateOf } from './day-count.js';
import { REGISTRATION_DUTY } from './duty-states.js';
import { lastRetiredOn, ledgerTotals } from './ledger.js';

type Reached = { reached: boolean; on?: CalendarDate; skipped?: true };

function reachedStages(bundle: CaseBundle, determination: Determination): Record<CaseStage, Reached> {
  const { registration, emissions, confirmation, certificate } = bundle;
  const asksRegistration = determination.duties.some((d) => d.duty === REGISTRATION_DUTY);
  const totals = ledgerTotals(bundle, determination);
  const check = determination.offsets.check;
  const offset = bundle.retirements.length > 0 && (check?.sufficient === true || (check?.partialAllowed === true && totals.countedTco2e !== '0'));
  const at = (on: CalendarDate | null | undefined): Reached => (on ? { reached: true, on } : { reached: true });
  return {
    planned: at(chinaDateOf(bundle.record.createdAt)),
    registered: registration ? at(registration.filedOn) : asksRegistration ? { reached: false } : { reached: true, skipped: true },
    accounted: emissions ? at(emissions.accountedOn ?? chinaDateOf(emissions.recordedAt)) : { reached: false },
    offset: offset ? at(lastRetiredOn(bundle.retirements)) : { reached: false },
    confirmed: confirmation ? at(chinaDateOf(confirmation.recordedAt)) : { reached: false },
    certified: certificate && certificate.revokedAt === null ? at(certificate.issuedOn) : { reached: false },
  };
}

export function caseStages(bundle: CaseBundle, determination: Determination, lang: Lang): Pick<CaseView, 'stage' | 'stages'> {
  const reached = reachedStages(bundle, determination);
  let current: CaseStage = 'planned';
  for (const stage of CASE_STAGES) {
    if (!reached[stage].reached) break;
    // A stage the pack does not ask for is passed, but it is not progress of its own.
    if (!reached[stage].skipped) current = stage;
  }
  return {
    stage: { code: current, text: CASE_STAGE_LABELS[current][lang] },
    stages: CASE_STAGES.map((stage) => ({ stage, text: CASE_STAGE_LABELS[stage][lang], ...reached[stage] })),
  };
}
