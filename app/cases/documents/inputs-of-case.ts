// The documents' inputs filled from a case (../case-view.ts): what the organizer told, what the ledger recorded,
// and nothing more. Which documents a case has is read from its pack's own duties and their clauses.
import { type Instrument, type Lang, toDecimal } from '../../../engine/index.js';
import type { CaseView } from '../case-view.js';
import type { CaseDocument, DocumentKind } from './case-document.js';
import { chongqingPlan } from './chongqing-plan.js';
import type {
  ChongqingPlanInput,
  EventParticulars,
  FormConfirmationMethod,
  FormOffsetMethod,
  RegistrationFormInput,
  ResponsibleContact,
  SelfCommitmentInput,
} from './inputs.js';
import { registrationForm } from './registration-form.js';
import { selfCommitment } from './self-commitment.js';
import { CHONGQING, JINING, SICHUAN } from './sources.js';

export function eventParticulars(view: CaseView): EventParticulars {
  const { event, particulars } = view;
  return {
    name: event.name ?? null,
    organizers: [...(event.organizer?.name ? [event.organizer.name] : []), ...(particulars.coOrganizers ?? [])],
    startDate: event.startDate ?? null,
    endDate: event.endDate ?? null,
    place: particulars.place ?? null,
    kind: event.kind ?? null,
    attendees: event.attendees ?? null,
    floorAreaM2: event.floorAreaM2 ?? null,
    scale: event.scale ?? null,
    scaleText: particulars.scaleText ?? null,
    content: particulars.content ?? null,
  };
}

const contactOf = (view: CaseView): ResponsibleContact => ({
  department: view.particulars.responsibleDepartment ?? null,
  person: view.particulars.contactPerson ?? null,
  phone: view.particulars.contactPhone ?? null,
});

/** 附表1's box for an instrument: regional certified reductions include the carbon-inclusive ones (三（三） names
 * 碳惠天府 among them); sinks are 碳中和林等碳汇项目; anything else is 其他. */
const FORM_METHOD: Record<Instrument, FormOffsetMethod> = {
  allowance: 'allowance',
  CCER: 'CCER',
  CQCER: 'regional-credit',
  'regional-credit': 'regional-credit',
  'carbon-inclusive': 'regional-credit',
  'forestry-sink': 'sink-project',
  'ocean-sink': 'sink-project',
  'carbon-points': 'other',
  other: 'other',
};

const FORM_CONFIRMATION: Record<string, FormConfirmationMethod> = {
  'self-commitment': 'self-commitment',
  platform: 'platform',
  'third-party': 'independent-body',
};

export function registrationFormInput(view: CaseView): RegistrationFormInput {
  const p = view.particulars;
  const planned = p.plannedInstruments ?? [];
  const methods = [...new Set([...planned.map((i) => FORM_METHOD[i]), ...(p.plannedOtherMethod ? (['other'] as const) : [])])];
  return {
    event: eventParticulars(view),
    boundary: p.boundary ?? null,
    // 预估温室气体排放量: the estimate recorded on the case, else the organizer's own figure; blank without either.
    estimatedEmissionsTco2e: view.estimate?.totalTco2e ?? p.estimatedEmissionsTco2e ?? null,
    accountingMethod: p.accountedBy ?? view.emissions?.accountedBy.code ?? null,
    accountingBody: p.accountingBody ?? view.emissions?.accountedByName ?? null,
    reductionMeasures: p.reductionMeasures ?? null,
    neutralizationType: p.neutralizationType ?? null,
    offsetMethods: methods.length ? methods : null,
    offsetOther: p.plannedOtherMethod ?? null,
    plannedOffsetTco2e: p.plannedOffsetTco2e ?? null,
    neutralityDate: p.plannedNeutralityDate ?? null,
    contact: contactOf(view),
    confirmationMethod: p.plannedConfirmation ? (FORM_CONFIRMATION[p.plannedConfirmation] ?? null) : null,
    confirmationBody: p.confirmationBody ?? null,
  };
}

/** The instruments retired (in the ledger's order), else those planned. */
function instrumentsOf(view: CaseView): Instrument[] | null {
  const retired = [...new Set(view.retirements.map((r) => r.instrument.code))];
  if (retired.length) return retired;
  return view.particulars.plannedInstruments?.length ? view.particulars.plannedInstruments : null;
}

export function selfCommitmentInput(view: CaseView): SelfCommitmentInput {
  const p = view.particulars;
  const accounted = view.emissions;
  const phases = accounted?.byPhase.map((b) => b.phase) ?? [];
  const covered = view.totals.emissionsTco2e !== null && view.totals.shortfallTco2e !== null && toDecimal(view.totals.shortfallTco2e).isZero();
  const commitment = view.confirmation?.mode === 'self-commitment' ? view.confirmation : null;
  const planned = p.plannedConfirmation ? view.determination.modes.find((m) => m.code === p.plannedConfirmation) : undefined;
  return {
    event: eventParticulars(view),
    boundary: p.boundary ?? (phases.length ? phases : null),
    emissionsTco2e: accounted?.totalTco2e ?? p.estimatedEmissionsTco2e ?? null,
    emissionsAccounted: Boolean(accounted),
    offsetInstruments: instrumentsOf(view),
    offsetOther: p.plannedOtherMethod ?? null,
    neutralityDate: covered && view.totals.offsetOn ? view.totals.offsetOn : (p.plannedNeutralityDate ?? null),
    confirmationLabel: commitment?.modeText ?? planned?.text ?? null,
    committedOn: commitment?.committedOn ?? null,
    signatory: commitment?.signatory ?? null,
  };
}

export function chongqingPlanInput(view: CaseView): ChongqingPlanInput {
  const p = view.particulars;
  return {
    event: eventParticulars(view),
    estimatedEmissionsTco2e: p.estimatedEmissionsTco2e ?? null,
    measures: p.measures?.length ? p.measures : null,
    otherMeasures: p.reductionMeasures ?? null,
    offsetInstruments: p.plannedInstruments?.length ? p.plannedInstruments : null,
    offsetOther: p.plannedOtherMethod ?? null,
    plannedOffsetTco2e: p.plannedOffsetTco2e ?? null,
    neutralityDate: p.plannedNeutralityDate ?? null,
    completionDue: view.duties.find((d) => d.duty === 'complete-neutralization')?.due ?? null,
    contact: contactOf(view),
  };
}

/** The documents of the case's pack: 附表1 where a registration duty cites Sichuan's text, the self-commitment where
 * Jining's duties apply and a self-commitment may confirm, the 计划书 where a plan duty cites Chongqing's text. */
export function documentsFor(view: CaseView): DocumentKind[] {
  const cites = (duty: string | null, document: string) => view.duties.some((d) => (duty === null || d.duty === duty) && d.citation.document === document);
  const kinds: DocumentKind[] = [];
  if (cites('register-event', SICHUAN)) kinds.push('sichuan-registration');
  if (cites(null, JINING) && view.determination.modes.some((m) => m.code === 'self-commitment')) kinds.push('jining-self-commitment');
  if (cites('make-plan', CHONGQING)) kinds.push('chongqing-plan');
  return kinds;
}

/** One document of the case, in `lang`. */
export function documentOf(view: CaseView, kind: DocumentKind, lang: Lang): CaseDocument {
  if (kind === 'sichuan-registration') return registrationForm(registrationFormInput(view), lang);
  if (kind === 'jining-self-commitment') return selfCommitment(selfCommitmentInput(view), lang);
  return chongqingPlan(chongqingPlanInput(view), lang);
}
