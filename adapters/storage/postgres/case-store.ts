// The CaseStore (app/cases/case-store.ts) on PostgreSQL (a server, or PGlite). A retirement and its sink project
// claim are one transaction; the EXCLUDE constraint of migration 0004 refuses an overlapping range even when two
// claims run at once (the second waits for the first to commit, then fails with exclusion_violation).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { CaseBundle, CaseEstimateRecord, CaseStore, RetirementInsert } from '../../../app/cases/case-store.js';
import {
  bundlesOf,
  caseListWhere,
  type CaseRow,
  certificateOf,
  certificateRowOf,
  confirmationRowOf,
  errorCode,
  overlappingSerials,
  retirementRowOf,
} from '../case-rows.js';
import type * as schema from './schema.js';
import {
  caseConfirmations,
  caseDutyMarks,
  caseEmissions,
  caseEstimates,
  caseRegistrations,
  caseRetirements,
  cases,
  caseSinkProjects,
  certificates,
} from './schema.js';

type PostgresDatabase = PgDatabase<PgQueryResultHKT, typeof schema>;

const EXCLUSION_VIOLATION = '23P01';
const UNIQUE_VIOLATION = '23505';

/** Thrown inside a transaction to roll it back when the database refuses a second claim of a credit. */
class SerialTaken extends Error {}

/** Thrown inside a transaction to roll back the retirement when its sink project belongs to another case. */
class ProjectTaken extends Error {
  constructor(readonly holder: { caseId: string; projectId: string }) {
    super('project taken');
  }
}

// eslint-disable-next-line no-control-regex -- NUL is what is looked for
const holdsNul = (...texts: string[]) => texts.some((text) => /\u0000/.test(text));

export function postgresCaseStore(db: PostgresDatabase): CaseStore {
  type Tx = Parameters<Parameters<PostgresDatabase['transaction']>[0]>[0];
  const caseExists = async (tx: Tx | PostgresDatabase, id: string) => (await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, id))).length === 1;

  async function bundles(rows: CaseRow[]): Promise<CaseBundle[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [registrations, emissions, estimates, retirements, confirmations, marks, certs] = await Promise.all([
      db.select().from(caseRegistrations).where(inArray(caseRegistrations.caseId, ids)),
      db.select().from(caseEmissions).where(inArray(caseEmissions.caseId, ids)),
      db.select().from(caseEstimates).where(inArray(caseEstimates.caseId, ids)),
      db.select().from(caseRetirements).where(inArray(caseRetirements.caseId, ids)),
      db.select().from(caseConfirmations).where(inArray(caseConfirmations.caseId, ids)),
      db.select().from(caseDutyMarks).where(inArray(caseDutyMarks.caseId, ids)),
      db.select().from(certificates).where(inArray(certificates.caseId, ids)),
    ]);
    return bundlesOf(rows, { registrations, emissions, estimates, retirements, confirmations, marks, certificates: certs });
  }

  /** One row per case (upsert) when the case exists: false, and no write, otherwise. */
  async function put(write: (tx: Tx) => Promise<unknown>, caseId: string): Promise<boolean> {
    return db.transaction(async (tx) => {
      if (!(await caseExists(tx, caseId))) return false;
      await write(tx);
      return true;
    });
  }

  /** Adds an estimate after the case's others; the case's row is locked first, so two at once never take one place. */
  async function addEstimateRow(tx: Tx, record: CaseEstimateRecord): Promise<boolean> {
    const locked = await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, record.caseId)).for('update');
    if (locked.length !== 1) return false;
    const [{ next } = { next: 1 }] = await tx
      .select({ next: sql<number>`coalesce(max(${caseEstimates.seq}), 0) + 1` })
      .from(caseEstimates)
      .where(eq(caseEstimates.caseId, record.caseId));
    await tx.insert(caseEstimates).values({ ...record, seq: Number(next) });
    return true;
  }

  return {
    async insertCase(record, estimate) {
      await db.transaction(async (tx) => {
        await tx.insert(cases).values(record);
        if (estimate) await addEstimateRow(tx, estimate);
      });
    },
    async getCase(id) {
      if (holdsNul(id)) return undefined;
      const rows = await db.select().from(cases).where(eq(cases.id, id));
      return (await bundles(rows))[0];
    },
    async updateCase(record, revision, estimate) {
      const { id, createdAt: _c, tokenHash: _t, ownerKeyId: _o, ...changed } = record;
      return db.transaction(async (tx) => {
        const updated = await tx
          .update(cases)
          .set(changed)
          .where(and(eq(cases.id, id), eq(cases.revision, revision)))
          .returning({ id: cases.id });
        if (updated.length !== 1) return false;
        if (estimate) await addEstimateRow(tx, estimate);
        return true;
      });
    },
    async listCases(query) {
      const rows = await db
        .select()
        .from(cases)
        .where(caseListWhere(cases, query))
        .orderBy(asc(cases.startDate), asc(cases.id))
        .limit(query.limit);
      return bundles(rows);
    },
    putRegistration(record) {
      return put((tx) => tx.insert(caseRegistrations).values(record).onConflictDoUpdate({ target: caseRegistrations.caseId, set: record }), record.caseId);
    },
    putEmissions(record) {
      return put((tx) => tx.insert(caseEmissions).values(record).onConflictDoUpdate({ target: caseEmissions.caseId, set: record }), record.caseId);
    },
    async addEstimate(record) {
      if (holdsNul(record.caseId)) return false;
      return db.transaction((tx) => addEstimateRow(tx, record));
    },
    putConfirmation(record) {
      const row = confirmationRowOf(record);
      return put((tx) => tx.insert(caseConfirmations).values(row).onConflictDoUpdate({ target: caseConfirmations.caseId, set: row }), record.caseId);
    },
    putDutyMark(mark) {
      return put((tx) => tx.insert(caseDutyMarks).values(mark).onConflictDoUpdate({ target: [caseDutyMarks.caseId, caseDutyMarks.duty], set: mark }), mark.caseId);
    },
    async insertRetirement(record, claim): Promise<RetirementInsert> {
      try {
        return await db.transaction(async (tx): Promise<RetirementInsert> => {
          if (!(await caseExists(tx, record.caseId))) return { kind: 'no-case' };
          if (claim) {
            // A concurrent claim of the same project waits here for the other transaction, then sees its row.
            await tx.insert(caseSinkProjects).values(claim).onConflictDoNothing({ target: caseSinkProjects.projectKey });
            const [held] = await tx.select().from(caseSinkProjects).where(eq(caseSinkProjects.projectKey, claim.projectKey));
            if (held && held.caseId !== record.caseId) throw new ProjectTaken({ caseId: held.caseId, projectId: held.projectId });
          }
          const [{ next } = { next: 1 }] = await tx
            .select({ next: sql<number>`coalesce(max(${caseRetirements.seq}), 0) + 1` })
            .from(caseRetirements)
            .where(eq(caseRetirements.caseId, record.caseId));
          try {
            await tx.insert(caseRetirements).values(retirementRowOf(record, Number(next)));
          } catch (error) {
            const code = errorCode(error);
            if (code === EXCLUSION_VIOLATION || code === UNIQUE_VIOLATION) throw new SerialTaken();
            throw error;
          }
          return { kind: 'inserted' };
        });
      } catch (error) {
        if (error instanceof ProjectTaken) return { kind: 'project-taken', holder: error.holder };
        if (!(error instanceof SerialTaken)) throw error;
        const [holder] = await db
          .select({ caseId: caseRetirements.caseId, retirementId: caseRetirements.id, serial: caseRetirements.serialText })
          .from(caseRetirements)
          .where(overlappingSerials(caseRetirements, record))
          .limit(1);
        if (!holder) throw error;
        return { kind: 'serial-taken', holder };
      }
    },
    async insertCertificate(record) {
      return db.transaction(async (tx) => {
        const inserted = await tx.insert(certificates).values(certificateRowOf(record)).onConflictDoNothing().returning({ id: certificates.verificationId });
        if (inserted.length === 1) return record;
        const [held] = await tx
          .select()
          .from(certificates)
          .where(and(eq(certificates.caseId, record.caseId), isNull(certificates.revokedAt)));
        if (!held) throw new Error(`the certificate of case ${record.caseId} could not be kept`);
        return certificateOf(held);
      });
    },
    async getCertificate(verificationId) {
      if (holdsNul(verificationId)) return undefined;
      const [row] = await db.select().from(certificates).where(eq(certificates.verificationId, verificationId));
      return row ? certificateOf(row) : undefined;
    },
    async revokeCertificate(verificationId, at, on, reason, by) {
      if (holdsNul(verificationId)) return undefined;
      const [row] = await db
        .update(certificates)
        .set({ revokedAt: at, revokedOn: on, revokedReason: reason, revokedBy: by })
        .where(and(eq(certificates.verificationId, verificationId), isNull(certificates.revokedAt)))
        .returning();
      return row ? certificateOf(row) : undefined;
    },
  };
}
