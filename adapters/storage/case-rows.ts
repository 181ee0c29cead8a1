// Rows of the case tables to the records of app/cases/case-store.ts and back: the same for both dialects (drizzle
// gives both the same row shapes), so each store only runs the statements.
import { and, type Column, eq, gte, like, lte, type SQL } from 'drizzle-orm';
import type {
  CaseBundle,
  CaseQuery,
  CaseEstimateRecord,
  CaseRecord,
  CertificateRecord,
  ConfirmationRecord,
  DutyMark,
  EmissionsRecord,
  RegistrationRecord,
  RetirementRecord,
} from '../../app/cases/case-store.js';
import { regionPrefix } from '../../engine/region.js';

export type CaseRow = Omit<CaseRecord, 'readings'> & { readings: CaseRecord['readings'] | null };

export function caseRecordOf(row: CaseRow): CaseRecord {
  return { ...row, readings: row.readings ?? null };
}

export type RetirementRow = Omit<RetirementRecord, 'serial'> & {
  seq: number;
  serialText: string;
  serialPrefix: string;
  serialFirst: string;
  serialLast: string;
};

export function retirementRowOf(record: RetirementRecord, seq: number): RetirementRow {
  const { serial, ...rest } = record;
  return { ...rest, seq, serialText: serial.text, serialPrefix: serial.prefix, serialFirst: serial.first, serialLast: serial.last };
}

export function retirementOf(row: RetirementRow): RetirementRecord {
  const { seq: _seq, serialText, serialPrefix, serialFirst, serialLast, ...rest } = row;
  return { ...rest, serial: { text: serialText, prefix: serialPrefix, first: serialFirst, last: serialLast } };
}

/** An estimate's row: the record and its place among the case's estimates (1, 2, … in the order recorded). */
export type EstimateRow = CaseEstimateRecord & { seq: number };

export function estimateOf(row: EstimateRow): CaseEstimateRecord {
  const { seq: _seq, ...record } = row;
  return record;
}

export type ConfirmationRow = ConfirmationRecord & { mode: ConfirmationRecord['evidence']['mode'] };

export function confirmationRowOf(record: ConfirmationRecord): ConfirmationRow {
  return { ...record, mode: record.evidence.mode };
}

export function confirmationOf(row: ConfirmationRow): ConfirmationRecord {
  return { caseId: row.caseId, evidence: row.evidence, recordedAt: row.recordedAt };
}

export type CertificateRow = CertificateRecord & { kind: CertificateRecord['snapshot']['kind'] };

export function certificateRowOf(record: CertificateRecord): CertificateRow {
  return { ...record, kind: record.snapshot.kind };
}

export function certificateOf(row: CertificateRow): CertificateRecord {
  const { kind: _kind, ...record } = row;
  return record;
}

/** The rows of every table for a set of cases, put together per case, in the order of `cases`. */
export function bundlesOf(
  cases: CaseRow[],
  rows: {
    registrations: RegistrationRecord[];
    emissions: EmissionsRecord[];
    estimates: EstimateRow[];
    retirements: RetirementRow[];
    confirmations: ConfirmationRow[];
    marks: DutyMark[];
    certificates: CertificateRow[];
  },
): CaseBundle[] {
  const by = <T extends { caseId: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.caseId, [...(map.get(item.caseId) ?? []), item]);
    return map;
  };
  const registrations = by(rows.registrations);
  const emissions = by(rows.emissions);
  const estimates = by([...rows.estimates].sort((a, b) => a.seq - b.seq));
  const retirements = by([...rows.retirements].sort((a, b) => a.seq - b.seq));
  const confirmations = by(rows.confirmations);
  const marks = by(rows.marks);
  // The certificate in force, else the last revoked one (its verification still answers).
  const certificates = by([...rows.certificates].sort((a, b) => (a.revokedAt === null ? 1 : 0) - (b.revokedAt === null ? 1 : 0) || a.issuedAt.localeCompare(b.issuedAt)));
  return cases.map((row) => ({
    record: caseRecordOf(row),
    registration: registrations.get(row.id)?.[0] ?? null,
    emissions: emissions.get(row.id)?.[0] ?? null,
    estimates: (estimates.get(row.id) ?? []).map(estimateOf),
    retirements: (retirements.get(row.id) ?? []).map(retirementOf),
    confirmation: confirmations.get(row.id)?.map(confirmationOf)[0] ?? null,
    marks: marks.get(row.id) ?? [],
    certificate: certificates.get(row.id)?.map(certificateOf).at(-1) ?? null,
  }));
}

/** The cases of a listing: inside the jurisdiction (every case for the national code), starting within the dates. */
export function caseListWhere(cases: { jurisdictionCode: Column; startDate: Column }, { jurisdictionCode, from, to }: CaseQuery): SQL | undefined {
  const within = jurisdictionCode === '000000' ? undefined : like(cases.jurisdictionCode, `${regionPrefix(jurisdictionCode)}%`);
  return and(within, from ? gte(cases.startDate, from) : undefined, to ? lte(cases.startDate, to) : undefined);
}

/** The retirements holding a credit of `record`'s range: the same registry and prefix, and overlapping serials. */
export function overlappingSerials(
  retirements: { registryKey: Column; serialPrefix: Column; serialFirst: Column; serialLast: Column },
  { registryKey, serial }: Pick<RetirementRecord, 'registryKey' | 'serial'>,
): SQL | undefined {
  return and(
    eq(retirements.registryKey, registryKey),
    eq(retirements.serialPrefix, serial.prefix),
    lte(retirements.serialFirst, serial.last),
    gte(retirements.serialLast, serial.first),
  );
}

/** The database's code of an error (SQLite's `code`, PostgreSQL's SQLSTATE), looking through drizzle's wrapping. */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The error's message and those of its causes: SQLite's RAISE message is the trigger's words. */
export function errorMessages(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof Error) parts.push(current.message);
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join(' | ');
}
