// What the store keeps of a case, and the repository the application layer asks for it. The store implements it
// on SQLite and PostgreSQL alike (adapters/storage/*/case-store.ts). Every method is one statement or one
// transaction: a failed call never leaves a partial write. The ledger's one rule, that a credit is never counted
// twice, is the database's: a constraint on overlapping serial ranges, not a check made here.
import type { CalendarDate, DecimalString, Instrument, Lang, Obligation, ObligationLevel, ReadingChoice } from '../../engine/index.js';
import type { EmissionSource, EstimatePhase } from '../../engine/estimate/vocabulary.js';
import type { ChainLink } from '../compile-chain.js';
import type { AccountedBy, CaseParticulars, CommitmentItem, EmissionsLine } from './case-view.js';

/** The decision a case was opened (or last updated) with, as codes: what the bureau's list reads without the engine. */
export interface CaseOutcome {
  obligation: Obligation;
  obligationAtLeast?: ObligationLevel;
  decidedBy?: string;
  duties: { duty: string; due: CalendarDate | null; binding: boolean; rule: string }[];
  modes: string[];
  rules: string[];
  partialAllowed: boolean;
}

export interface CaseRecord {
  id: string;
  /** The pack the organizer asked for. */
  packAsked: string;
  /** The pack version that answered (a base answers while the asked pack is not in effect), and its exact chain. */
  packId: string;
  packVersion: string;
  chain: ChainLink[];
  /** The division whose bureaus read the case (GB/T 2260). */
  jurisdictionCode: string;
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
  lang: Lang;
  /** The event as the organizer gave it (validated). */
  event: Record<string, unknown>;
  readings: ReadingChoice | null;
  particulars: CaseParticulars;
  outcome: CaseOutcome;
  decisionId: string | null;
  /** sha256 of the case token (hex), when the case was opened without a key. */
  tokenHash: string | null;
  /** The API key that opened the case, when one did. */
  ownerKeyId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Grows by one with every update of the event or particulars: an update names the revision it read. */
  revision: number;
}

export interface RegistrationRecord {
  caseId: string;
  filedOn: CalendarDate;
  authority: string | null;
  reference: string | null;
  recordedAt: string;
}

export interface EmissionsRecord {
  caseId: string;
  totalTco2e: DecimalString;
  accountedBy: AccountedBy;
  accountedByName: string | null;
  accountedOn: CalendarDate | null;
  lines: EmissionsLine[];
  reportReference: string | null;
  recordedAt: string;
}

/**
 * An emission estimate recorded on a case before the event: codes and exact decimals only (the words are the view's).
 * Recording again adds a row; the last one recorded is the case's estimate, the others its history.
 */
export interface CaseEstimateRecord {
  id: string;
  caseId: string;
  totalTco2e: DecimalString;
  /** The factor set the estimate used (policies/factors/sets.json). */
  factorSet: string;
  byPhase: Record<EstimatePhase, DecimalString>;
  bySource: Record<EmissionSource, DecimalString>;
  lines: { path: string; phase: EstimatePhase; source: EmissionSource; activity: string; tco2e: DecimalString }[];
  /** The items with no factor, left out of the total. */
  leftOut: { path: string; phase: EstimatePhase; source: EmissionSource; activity: string }[];
  usesForeignFactors: boolean;
  /** The day it was recorded (China time). */
  recordedOn: CalendarDate;
  recordedAt: string;
}

/** A range of serial numbers as the ledger keeps it: the numeric part zero-padded to SERIAL_DIGITS, so text order is number order. */
export interface StoredSerial {
  /** As the organizer wrote it. */
  text: string;
  /** The part before the number, normalized (NFKC, upper case, no spaces): two spellings of one prefix are one. */
  prefix: string;
  first: string;
  last: string;
}

export interface RetirementRecord {
  id: string;
  caseId: string;
  instrument: Instrument;
  registry: string;
  /** The registry's name normalized: the ledger's key with the serial prefix. */
  registryKey: string;
  serial: StoredSerial;
  quantityTco2e: DecimalString;
  retiredOn: CalendarDate;
  projectRegion: string | null;
  projectType: string | null;
  /** The project's registration number or name: required for a new forestry or ocean sink project. */
  projectId: string | null;
  vintageStart: CalendarDate | null;
  vintageEnd: CalendarDate | null;
  projectStartDate: CalendarDate | null;
  approvedOn: CalendarDate | null;
  newProject: boolean | null;
  proofReference: string;
  recordedAt: string;
}

/** A new forestry or ocean sink project claimed by a case: one event only (Jining 四（四）1; Chongqing 第二十九条). */
export interface SinkProjectClaim {
  /** The project id normalized. */
  projectKey: string;
  caseId: string;
  projectId: string;
  instrument: Instrument;
  recordedAt: string;
}

export type StoredEvidence =
  | { mode: 'third-party'; body: string; reportDate: CalendarDate; conclusion: string; reference?: string }
  | { mode: 'self-commitment'; committedOn: CalendarDate; signatory: string; items: { item: CommitmentItem; statement: string }[] }
  | { mode: 'platform'; platform?: string; certificateNumber: string; issuedOn?: CalendarDate };

export interface ConfirmationRecord {
  caseId: string;
  evidence: StoredEvidence;
  recordedAt: string;
}

/** A duty met by an act the ledger does not hold itself (a plan made or published, information disclosed). */
export interface DutyMark {
  caseId: string;
  duty: string;
  doneOn: CalendarDate;
  reference: string | null;
  recordedAt: string;
}

/** What a certificate stated when it was issued: kept, so verification shows what was issued, not what is now. */
export interface CertificateSnapshot {
  kind: 'full' | 'partial';
  emissionsTco2e: DecimalString;
  countedTco2e: DecimalString;
  sharePercent: string;
  accountedBy: AccountedBy;
  confirmationMode: string;
  completionDue: CalendarDate | null;
  completedOn: CalendarDate;
  daysLate: number;
  retirementIds: string[];
  event: { name?: string; organizer?: string; startDate?: CalendarDate; endDate?: CalendarDate; place?: string };
}

export interface CertificateRecord {
  verificationId: string;
  caseId: string;
  packId: string;
  packVersion: string;
  issuedOn: CalendarDate;
  issuedAt: string;
  snapshot: CertificateSnapshot;
  revokedAt: string | null;
  revokedOn: CalendarDate | null;
  revokedReason: string | null;
  revokedBy: string | null;
}

/** A case with everything recorded for it. */
export interface CaseBundle {
  record: CaseRecord;
  registration: RegistrationRecord | null;
  emissions: EmissionsRecord | null;
  /** The estimates recorded, in the order recorded: the last is the case's estimate. */
  estimates: CaseEstimateRecord[];
  /** In the order recorded. */
  retirements: RetirementRecord[];
  confirmation: ConfirmationRecord | null;
  marks: DutyMark[];
  certificate: CertificateRecord | null;
}

/** Who holds a credit already: the case, and the retirement that claimed it. */
export interface SerialHolder {
  caseId: string;
  retirementId: string;
  serial: string;
}

export type RetirementInsert =
  | { kind: 'inserted' }
  | { kind: 'no-case' }
  | { kind: 'serial-taken'; holder: SerialHolder }
  | { kind: 'project-taken'; holder: { caseId: string; projectId: string } };

export interface CaseQuery {
  /** Cases whose jurisdiction lies inside this division (GB/T 2260). */
  jurisdictionCode: string;
  /** Events starting on or after `from`, on or before `to` (an event without a start date is listed when no bound is given). */
  from?: CalendarDate;
  to?: CalendarDate;
  limit: number;
}

export interface CaseStore {
  /** Keeps a new case, with the estimate of its event's activity data when there is one, in one transaction. */
  insertCase(record: CaseRecord, estimate?: CaseEstimateRecord): Promise<void>;
  getCase(id: string): Promise<CaseBundle | undefined>;
  /**
   * Replaces the event, particulars and outcome when the case is still at `revision`, and records `estimate` with
   * them (one transaction); false when it moved on (or is gone), and nothing is written.
   */
  updateCase(record: CaseRecord, revision: number, estimate?: CaseEstimateRecord): Promise<boolean>;
  /** Cases of a jurisdiction, by start date then id; at most `limit`. */
  listCases(query: CaseQuery): Promise<CaseBundle[]>;
  /** Files the registration (replaces an earlier one); false when there is no such case. */
  putRegistration(record: RegistrationRecord): Promise<boolean>;
  putEmissions(record: EmissionsRecord): Promise<boolean>;
  /** Records an estimate after those kept (which stay, as its history); false when there is no such case. */
  addEstimate(record: CaseEstimateRecord): Promise<boolean>;
  putConfirmation(record: ConfirmationRecord): Promise<boolean>;
  putDutyMark(mark: DutyMark): Promise<boolean>;
  /** Records a retirement, and the sink project claim with it, in one transaction; a credit held already is refused by the database. */
  insertRetirement(record: RetirementRecord, claim?: SinkProjectClaim): Promise<RetirementInsert>;
  /** Keeps a certificate; the one already issued for the case (not revoked) when there is one. */
  insertCertificate(record: CertificateRecord): Promise<CertificateRecord>;
  getCertificate(verificationId: string): Promise<CertificateRecord | undefined>;
  /** Revokes a certificate not yet revoked; undefined when there is none or it is revoked already. */
  revokeCertificate(verificationId: string, at: string, on: CalendarDate, reason: string, by: string | null): Promise<CertificateRecord | undefined>;
}
