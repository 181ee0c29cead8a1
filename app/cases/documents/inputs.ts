// What the case documents are filled from: the inputs of the renderers of Sichuan's 附表1, Jining's self-commitment
// and Chongqing's 计划书 (the certificate renders the app layer's CertificateView). ./inputs-of-case.ts fills them
// from a CaseView; a field nobody has given is null, and the document leaves it blank (never a guess). The codes
// are the case's own (../case-view.ts) or the documents' tick boxes; their words are in
// engine/lexicon/case-documents.ts.
import type { CalendarDate, DecimalString, EventKind, Instrument, Lang, Scale } from '../../../engine/index.js';
import type { AccountedBy, EmissionPhase, NeutralizationType, ReductionMeasure } from '../case-view.js';

export type { AccountedBy, EmissionPhase, Lang, NeutralizationType };

/** 附表1 抵消方式: its five boxes (the last with words of the organizer's own). */
export const FORM_OFFSET_METHODS = ['allowance', 'CCER', 'regional-credit', 'sink-project', 'other'] as const;
export type FormOffsetMethod = (typeof FORM_OFFSET_METHODS)[number];

/** 附表1 碳中和确认方式: a self-commitment, the platform, or an independent body it names. */
export const FORM_CONFIRMATION_METHODS = ['self-commitment', 'platform', 'independent-body'] as const;
export type FormConfirmationMethod = (typeof FORM_CONFIRMATION_METHODS)[number];

/** Chongqing 附件1 事中: the reduction measures the text names (the case's codes). */
export type ChongqingMeasure = ReductionMeasure;

/** The event as every document names it. */
export interface EventParticulars {
  name: string | null;
  /** The organizers, in order (Jining asks for the list, 组织者名单; 附表1 for the one who stamps it). */
  organizers: readonly string[];
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
  place: string | null;
  kind: EventKind | null;
  attendees: number | null;
  floorAreaM2: number | null;
  scale: Scale | null;
  /** 活动规模 in the organizer's own words, beside the figures. */
  scaleText: string | null;
  /** 附表1 活动内容: the organizer's own words. */
  content: string | null;
}

/** Who is answerable for the neutralization (附表1 碳中和责任部门及联系方式). */
export interface ResponsibleContact {
  department: string | null;
  person: string | null;
  phone: string | null;
}

/** Sichuan 川环发〔2021〕5号 附表1 四川省大型活动碳中和登记表. */
export interface RegistrationFormInput {
  event: EventParticulars;
  /** Ticked phases; null: not said yet (no box is ticked). */
  boundary: readonly EmissionPhase[] | null;
  estimatedEmissionsTco2e: DecimalString | null;
  accountingMethod: AccountedBy | null;
  /** The independent body's name, when it accounts. */
  accountingBody: string | null;
  reductionMeasures: string | null;
  neutralizationType: NeutralizationType | null;
  offsetMethods: readonly FormOffsetMethod[] | null;
  /** The words of 其他（ ）. */
  offsetOther: string | null;
  plannedOffsetTco2e: DecimalString | null;
  neutralityDate: CalendarDate | null;
  contact: ResponsibleContact;
  confirmationMethod: FormConfirmationMethod | null;
  confirmationBody: string | null;
}

/** Jining 济环字〔2023〕40号 三（二）: the self-commitment of an event of 200 to 499 participants. */
export interface SelfCommitmentInput {
  event: EventParticulars;
  boundary: readonly EmissionPhase[] | null;
  /** The accounted emissions, or the estimate until they are accounted (`emissionsAccounted` says which). */
  emissionsTco2e: DecimalString | null;
  emissionsAccounted: boolean;
  /** The instruments used or planned (抵消方式). */
  offsetInstruments: readonly Instrument[] | null;
  /** 其他: an offset method outside the instruments, in the organizer's words. */
  offsetOther: string | null;
  neutralityDate: CalendarDate | null;
  /** How the result is confirmed, in words (the pack names its modes). */
  confirmationLabel: string | null;
  /** The day the commitment is made, and who signs it. */
  committedOn: CalendarDate | null;
  signatory: string | null;
}

/** Chongqing 渝环〔2025〕21号 附件1 计划书, made before the event with the 碳惠通 platform. */
export interface ChongqingPlanInput {
  event: EventParticulars;
  estimatedEmissionsTco2e: DecimalString | null;
  /** The measures of 附件1 the organizer takes; null: not said yet. */
  measures: readonly ChongqingMeasure[] | null;
  /** Measures in the organizer's words. */
  otherMeasures: string | null;
  /** The instruments planned, in the organizer's order. */
  offsetInstruments: readonly Instrument[] | null;
  offsetOther: string | null;
  plannedOffsetTco2e: DecimalString | null;
  /** The date neutrality is planned for. */
  neutralityDate: CalendarDate | null;
  /** The last day allowed (the pack's completion duty), as the case computed it. */
  completionDue: CalendarDate | null;
  contact: ResponsibleContact;
}
