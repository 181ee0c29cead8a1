// A case as the application layer returns it: the organizer's journey from "must I" to the certificate, under the
// exact pack version the case was opened with. Stable for the pages and forms that read it: grow it, never change it.
// Codes (stage, state, mode, instrument) are for machines; every part a person sees has its words beside it.
// The estimate's parts are in ./estimate-types.ts.
import type { CalendarDate } from '../../engine/calendar.js';
import type { DecimalString } from '../../engine/decimal.js';
import type { Citation } from '../../engine/citation-schema.js';
import type { EventInput } from '../../engine/event-schema.js';
import type { Instrument, Lang, LineVerdict, Obligation, ObligationLevel } from '../../engine/index.js';
import type { CaseEstimateView, EmissionFigures } from './estimate-types.js';

export const CASE_STAGES = ['planned', 'registered', 'accounted', 'offset', 'confirmed', 'certified'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const DUTY_STATES = ['done', 'open', 'overdue'] as const;
export type DutyState = (typeof DUTY_STATES)[number];

/** 附表1 核算方式: who accounted the emissions. */
export const ACCOUNTED_BY = ['self', 'platform', 'independent-body'] as const;
export type AccountedBy = (typeof ACCOUNTED_BY)[number];

/** The accounting boundary's phases (附表1; the national guideline): preparation, holding, closing. */
export const EMISSION_PHASES = ['preparation', 'holding', 'closing'] as const;
export type EmissionPhase = (typeof EMISSION_PHASES)[number];

/** 附表1 碳中和类型: organizer-central, participant-voluntary, or both. */
export const NEUTRALIZATION_TYPES = ['organizer-central', 'participant-voluntary', 'both'] as const;
export type NeutralizationType = (typeof NEUTRALIZATION_TYPES)[number];

/**
 * The items a self-commitment lists (济环字〔2023〕40号 三（二）): event name, organizers, scale, dates, accounting boundary
 * and emissions, offset method and date of neutrality, how the result is confirmed.
 */
export const COMMITMENT_ITEMS = [
  'event-name',
  'organizers',
  'scale',
  'dates',
  'boundary-and-emissions',
  'offset-method-and-date',
  'confirmation-method',
] as const;
export type CommitmentItem = (typeof COMMITMENT_ITEMS)[number];

/** Reduction measures Chongqing 渝环〔2025〕21号 附件1 (事中) names, in its order. */
export const REDUCTION_MEASURES = ['green-venue', 'clean-transport', 'fewer-disposables', 'less-office-supplies', 'save-water-power', 'clean-plate'] as const;
export type ReductionMeasure = (typeof REDUCTION_MEASURES)[number];

/** A code a machine reads, and its words in the case's language. */
export interface Worded<C extends string = string> {
  code: C;
  text: string;
}

/**
 * What the organizer tells about the case beyond the event's facts (附表1's fields, Chongqing's 计划书, Jining's
 * commitment). Every field is optional: a form leaves an unknown one blank, never invented.
 */
export interface CaseParticulars {
  place?: string;
  /** The GB/T 2260 division the event is held in: the bureaus of that division (and above) read the case. */
  placeRegion?: string;
  /** Organizers beside `event.organizer.name`, in order (Jining's 组织者名单). */
  coOrganizers?: string[];
  /** The measures of Chongqing's 附件1 the organizer takes. */
  measures?: ReductionMeasure[];
  content?: string;
  /** 活动规模 in the organizer's words (the attendees are in the event). */
  scaleText?: string;
  boundary?: EmissionPhase[];
  estimatedEmissionsTco2e?: DecimalString;
  accountedBy?: AccountedBy;
  /** The independent body's name when `accountedBy` is independent-body (or planned to be). */
  accountingBody?: string;
  reductionMeasures?: string;
  neutralizationType?: NeutralizationType;
  plannedInstruments?: Instrument[];
  /** 其他（…）: an offset method outside the built-in instruments, in the organizer's words. */
  plannedOtherMethod?: string;
  plannedOffsetTco2e?: DecimalString;
  plannedNeutralityDate?: CalendarDate;
  responsibleDepartment?: string;
  contactPerson?: string;
  contactPhone?: string;
  /** The confirmation mode the organizer plans (one of the pack's modes). */
  plannedConfirmation?: string;
  /** The independent body's name when the planned confirmation is third-party. */
  confirmationBody?: string;
}

export interface CaseDuty {
  duty: string;
  /** The duty's name in the case's language. */
  title: string;
  due: CalendarDate | null;
  dueText: string;
  /** True when the duty binds this organizer (see engine DutyResult.binding). */
  binding: boolean;
  state: DutyState;
  stateText: string;
  /** The day the duty was met (the date of what met it), when done. */
  doneOn?: CalendarDate;
  /** Days past the due date: for an overdue duty as of the view's date, or for a duty met late. */
  daysLate?: number;
  rule: string;
  citation: Citation;
  /** The facts that would date it, when `due` is null because they are missing (fact paths; words in `missing`). */
  missingFacts?: string[];
}

export interface EmissionsLine {
  phase?: EmissionPhase;
  /** The emission source in the organizer's words (e.g. 外购电力, travel). */
  source?: string;
  quantityTco2e: DecimalString;
}

export interface EmissionsView {
  totalTco2e: DecimalString;
  accountedBy: Worded<AccountedBy>;
  /** The independent body or platform that accounted them, when named. */
  accountedByName?: string;
  accountedOn?: CalendarDate;
  lines: EmissionsLine[];
  /** Per phase, exact sums of `lines` (absent phases have no lines). */
  byPhase: { phase: EmissionPhase; text: string; quantityTco2e: DecimalString }[];
  reportReference?: string;
  recordedAt: string;
}

/** A serial number or a range of them: `prefix` + a zero-padded number from `first` to `last` (equal for one). */
export interface SerialRange {
  /** As given by the organizer: one serial, or `first`–`last`. */
  text: string;
  prefix: string;
  first: string;
  last: string;
  count: string;
}

export interface RetirementView {
  id: string;
  instrument: Worded<Instrument>;
  registry: string;
  serial: SerialRange;
  quantityTco2e: DecimalString;
  retiredOn: CalendarDate;
  projectRegion?: Worded;
  projectType?: string;
  projectId?: string;
  vintageStart?: CalendarDate;
  vintageEnd?: CalendarDate;
  /** A new forestry or ocean sink project built for this event. */
  newProject?: boolean;
  proofReference: string;
  /** The pack's offset policy on this credit: the same checks as the plan check. */
  verdict: Worded<LineVerdict>;
  counted: boolean;
  reasons: { code: string; text: string; citation?: Citation }[];
  recordedAt: string;
}

export interface LedgerTotals {
  retiredTco2e: DecimalString;
  /** Retired credits that count under the pack (eligible and discouraged). */
  countedTco2e: DecimalString;
  emissionsTco2e: DecimalString | null;
  shortfallTco2e: DecimalString | null;
  /** counted / emissions as a percentage with two decimals, capped at 100; null without emissions. */
  sharePercent: string | null;
  /** The latest retirement date: the offset date of 附表2. */
  offsetOn: CalendarDate | null;
}

export type ConfirmationEvidence =
  | { mode: 'third-party'; modeText: string; body: string; reportDate: CalendarDate; conclusion: string; reference?: string; recordedAt: string }
  | {
      mode: 'self-commitment';
      modeText: string;
      committedOn: CalendarDate;
      signatory: string;
      /** Every item the pack's commitment lists, each with the organizer's statement. */
      items: { item: CommitmentItem; label: string; statement: string }[];
      recordedAt: string;
    }
  | { mode: 'platform'; modeText: string; platform?: string; certificateNumber: string; issuedOn?: CalendarDate; recordedAt: string };

export interface RegistrationView {
  filedOn: CalendarDate;
  /** The authority it was filed with, in the organizer's words. */
  authority?: string;
  reference?: string;
  recordedAt: string;
}

export type CertificateState = 'not-earned' | 'issued' | 'revoked';

export interface CertificateStatus {
  state: CertificateState;
  stateText: string;
  /** Why it is not earned yet: codes and words (e.g. offsets short, confirmation missing). */
  blockers: Worded[];
  verificationId?: string;
  issuedOn?: CalendarDate;
  revokedOn?: CalendarDate;
  revokedReason?: string;
}

export type { CaseEstimateView, EmissionFigures, EstimateSum } from './estimate-types.js';

export interface CaseView {
  id: string;
  lang: Lang;
  pack: { id: string; version: string; title: string; chain: { id: string; version: string }[] };
  event: EventInput;
  particulars: CaseParticulars;
  /** The division whose bureaus read the case: `particulars.placeRegion` inside the pack's, else the pack's. */
  jurisdiction: Worded;
  createdAt: string;
  updatedAt: string;
  /** The date the duties' states are judged at: today in China, or the `asOf` asked. */
  asOf: CalendarDate;
  determination: {
    obligation: Obligation;
    obligationText: string;
    obligationAtLeast?: ObligationLevel;
    /** The rule that decided the obligation. */
    decidedBy?: string;
    /** The ids of the rules that hold. */
    rules: string[];
    summary: string;
    /** The pack's confirmation modes for this event, with their words. */
    modes: Worded[];
    /** The decision log's id of the case's Determination, when kept. */
    decisionId?: string;
  };
  stage: Worded<CaseStage>;
  /**
   * Every stage in order, whether reached, and the day it was reached when known; `skipped`: a stage the pack does
   * not ask for (no registration form), passed without being the case's stage.
   */
  stages: { stage: CaseStage; text: string; reached: boolean; on?: CalendarDate; skipped?: true }[];
  duties: CaseDuty[];
  /** What is still missing, in words: facts to give, evidence to bring, duties to meet. */
  missing: Worded[];
  registration: RegistrationView | null;
  emissions: EmissionsView | null;
  /** The estimate recorded before the event (set by viewOfCase; absent only from views built without one). */
  estimate?: CaseEstimateView | null;
  /** The estimate and the accounted figure side by side with their difference; null when neither is recorded. */
  emissionFigures?: EmissionFigures | null;
  retirements: RetirementView[];
  totals: LedgerTotals;
  confirmation: ConfirmationEvidence | null;
  certificate: CertificateStatus;
}

/** What changed when the event was updated (re-evaluated under the same pack version). */
export interface CaseChange {
  field: string;
  /** The part in words. */
  text: string;
  before: string | null;
  after: string | null;
}

export interface CaseUpdate {
  case: CaseView;
  changes: CaseChange[];
}

/** What a certificate says (JSON; the PDF renders the same). */
export interface CertificateView {
  verificationId: string;
  caseId: string;
  lang: Lang;
  pack: { id: string; version: string; title: string; chain: { id: string; version: string }[] };
  event: { name?: string; organizer?: string; startDate?: CalendarDate; endDate?: CalendarDate; place?: string };
  /** `full`: a neutrality claim; `partial`: offsets below emissions where the pack allows it, no neutrality claim. */
  kind: 'full' | 'partial';
  kindText: string;
  /** The neutrality statement, or for a partial one the share offset (never a neutrality claim). */
  statement: string;
  emissionsTco2e: DecimalString;
  countedTco2e: DecimalString;
  sharePercent: string;
  accountedBy: Worded<AccountedBy>;
  confirmation: Worded;
  retirements: { instrument: Worded<Instrument>; registry: string; serial: string; quantityTco2e: DecimalString; retiredOn: CalendarDate }[];
  /** The completion duty's due date and when it was met; `daysLate` > 0 when late. */
  completion: { due: CalendarDate | null; metOn: CalendarDate; daysLate: number; text: string };
  issuedOn: CalendarDate;
  revoked: boolean;
  revokedOn?: CalendarDate;
  revokedReason?: string;
  /** Where to verify it: `/v1/certificates/{verificationId}`. */
  verifyPath: string;
}
