// The PostgreSQL tables of cases and the retirement ledger (migration 0004): the same tables and constraints as
// the SQLite ones, with jsonb for JSON. The ledger's rule that a credit is never counted twice is an EXCLUDE
// constraint the migration adds (drizzle has no way to declare it): no two rows of one registry and prefix have
// overlapping numeric ranges of serials (btree_gist for the equalities; a concurrent second claim waits for the
// first to commit, then fails). Serial numbers are zero-padded text of SERIAL_DIGITS digits.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CaseEstimateRecord, CaseOutcome, CertificateSnapshot, StoredEvidence } from '../../../app/cases/case-store.js';
import type { CaseParticulars, EmissionsLine } from '../../../app/cases/case-view.js';
import type { ChainLink } from '../../../app/compile-chain.js';
import type { ReadingChoice } from '../../../engine/index.js';
import { ACCOUNTED_BY, CERTIFICATE_KINDS, EVIDENCE_MODES, INSTRUMENTS, SERIAL_DIGITS } from '../case-sets.js';
import { isOneOf } from '../closed-sets.js';

export const cases = pgTable(
  'cases',
  {
    id: text('id').primaryKey(),
    packAsked: text('pack_asked').notNull(),
    packId: text('pack_id').notNull(),
    packVersion: text('pack_version').notNull(),
    chain: jsonb('chain').$type<ChainLink[]>().notNull(),
    jurisdictionCode: text('jurisdiction_code').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    lang: text('lang', { enum: ['zh', 'en'] }).notNull(),
    event: jsonb('event').$type<Record<string, unknown>>().notNull(),
    readings: jsonb('readings').$type<ReadingChoice>(),
    particulars: jsonb('particulars').$type<CaseParticulars>().notNull(),
    outcome: jsonb('outcome').$type<CaseOutcome>().notNull(),
    decisionId: text('decision_id'),
    tokenHash: text('token_hash'),
    ownerKeyId: text('owner_key_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull(),
  },
  (table) => [
    index('cases_jurisdiction_idx').on(table.jurisdictionCode, table.startDate),
    check('cases_lang_check', isOneOf(table.lang, ['zh', 'en'])),
    check('cases_owner_check', sql`${table.tokenHash} is not null or ${table.ownerKeyId} is not null`),
  ],
);

export const caseRegistrations = pgTable('case_registrations', {
  caseId: text('case_id')
    .primaryKey()
    .references(() => cases.id),
  filedOn: text('filed_on').notNull(),
  authority: text('authority'),
  reference: text('reference'),
  recordedAt: text('recorded_at').notNull(),
});

export const caseEmissions = pgTable(
  'case_emissions',
  {
    caseId: text('case_id')
      .primaryKey()
      .references(() => cases.id),
    totalTco2e: text('total_tco2e').notNull(),
    accountedBy: text('accounted_by', { enum: ACCOUNTED_BY }).notNull(),
    accountedByName: text('accounted_by_name'),
    accountedOn: text('accounted_on'),
    lines: jsonb('lines').$type<EmissionsLine[]>().notNull(),
    reportReference: text('report_reference'),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [check('case_emissions_accounted_by_check', isOneOf(table.accountedBy, ACCOUNTED_BY))],
);

/** The estimates recorded on a case, kept as its history: the highest `seq` is the case's estimate. */
export const caseEstimates = pgTable(
  'case_estimates',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    totalTco2e: text('total_tco2e').notNull(),
    factorSet: text('factor_set').notNull(),
    byPhase: jsonb('by_phase').$type<CaseEstimateRecord['byPhase']>().notNull(),
    bySource: jsonb('by_source').$type<CaseEstimateRecord['bySource']>().notNull(),
    lines: jsonb('lines').$type<CaseEstimateRecord['lines']>().notNull(),
    leftOut: jsonb('left_out').$type<CaseEstimateRecord['leftOut']>().notNull(),
    usesForeignFactors: boolean('uses_foreign_factors').notNull(),
    recordedOn: text('recorded_on').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [uniqueIndex('case_estimates_case_seq_idx').on(table.caseId, table.seq)],
);

export const caseRetirements = pgTable(
  'case_retirements',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    /** The order of recording within the case. */
    seq: integer('seq').notNull(),
    instrument: text('instrument', { enum: INSTRUMENTS }).notNull(),
    registry: text('registry').notNull(),
    registryKey: text('registry_key').notNull(),
    serialText: text('serial_text').notNull(),
    serialPrefix: text('serial_prefix').notNull(),
    serialFirst: text('serial_first').notNull(),
    serialLast: text('serial_last').notNull(),
    quantityTco2e: text('quantity_tco2e').notNull(),
    retiredOn: text('retired_on').notNull(),
    projectRegion: text('project_region'),
    projectType: text('project_type'),
    projectId: text('project_id'),
    vintageStart: text('vintage_start'),
    vintageEnd: text('vintage_end'),
    projectStartDate: text('project_start_date'),
    approvedOn: text('approved_on'),
    newProject: boolean('new_project'),
    proofReference: text('proof_reference').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [
    // The ledger's lookup: the range that starts last at or below a new range's end is the only one that can overlap it.
    uniqueIndex('case_retirements_serial_idx').on(table.registryKey, table.serialPrefix, table.serialFirst),
    index('case_retirements_case_idx').on(table.caseId, table.seq),
    check('case_retirements_instrument_check', isOneOf(table.instrument, INSTRUMENTS)),
    check(
      'case_retirements_serial_check',
      sql`length(${table.serialFirst}) = ${sql.raw(String(SERIAL_DIGITS))} and length(${table.serialLast}) = ${sql.raw(String(SERIAL_DIGITS))} and ${table.serialFirst} <= ${table.serialLast}`,
    ),
  ],
);

export const caseSinkProjects = pgTable('case_sink_projects', {
  projectKey: text('project_key').primaryKey(),
  caseId: text('case_id')
    .notNull()
    .references(() => cases.id),
  projectId: text('project_id').notNull(),
  instrument: text('instrument').notNull(),
  recordedAt: text('recorded_at').notNull(),
});

export const caseConfirmations = pgTable(
  'case_confirmations',
  {
    caseId: text('case_id')
      .primaryKey()
      .references(() => cases.id),
    mode: text('mode', { enum: EVIDENCE_MODES }).notNull(),
    evidence: jsonb('evidence').$type<StoredEvidence>().notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [check('case_confirmations_mode_check', isOneOf(table.mode, EVIDENCE_MODES))],
);

export const caseDutyMarks = pgTable(
  'case_duty_marks',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    duty: text('duty').notNull(),
    doneOn: text('done_on').notNull(),
    reference: text('reference'),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [uniqueIndex('case_duty_marks_pk').on(table.caseId, table.duty)],
);

export const certificates = pgTable(
  'certificates',
  {
    verificationId: text('verification_id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    packId: text('pack_id').notNull(),
    packVersion: text('pack_version').notNull(),
    kind: text('kind', { enum: CERTIFICATE_KINDS }).notNull(),
    issuedOn: text('issued_on').notNull(),
    issuedAt: text('issued_at').notNull(),
    snapshot: jsonb('snapshot').$type<CertificateSnapshot>().notNull(),
    revokedAt: text('revoked_at'),
    revokedOn: text('revoked_on'),
    revokedReason: text('revoked_reason'),
    revokedBy: text('revoked_by'),
  },
  (table) => [
    // One certificate in force per case: a revoked one may be followed by another.
    uniqueIndex('certificates_case_in_force_idx').on(table.caseId).where(sql`revoked_at is null`),
    check('certificates_kind_check', isOneOf(table.kind, CERTIFICATE_KINDS)),
  ],
);
