// The CaseStore (app/cases/case-store.ts) on SQLite. better-sqlite3 is synchronous: a transaction is a plain
// function, committed when it returns and rolled back when it throws, with nothing else interleaved.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { CaseBundle, CaseEstimateRecord, CaseStore, RetirementInsert } from '../../../app/cases/case-store.js';
import {
  bundlesOf,
  caseListWhere,
  type CaseRow,
  certificateOf,
  certificateRowOf,
  confirmationRowOf,
  errorCode,
  errorMessages,
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

type SqliteDatabase = BetterSQLite3Database<typeof schema>;

/** Thrown inside a transaction to roll it back when the database refuses a second claim of a credit. */
class SerialTaken extends Error {}

const isOverlap = (error: unknown) =>
  errorMessages(error).includes('tanzhong_serial_overlap') || (errorCode(error) === 'SQLITE_CONSTRAINT_UNIQUE' && errorMessages(error).includes('case_retirements'));

export function sqliteCaseStore(db: SqliteDatabase): CaseStore {
  const caseExists = (id: string) => db.select({ id: cases.id }).from(cases).where(eq(cases.id, id)).get() !== undefined;

  function bundles(rows: CaseRow[]): CaseBundle[] {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    return bundlesOf(rows, {
      registrations: db.select().from(caseRegistrations).where(inArray(caseRegistrations.caseId, ids)).all(),
      emissions: db.select().from(caseEmissions).where(inArray(caseEmissions.caseId, ids)).all(),
      estimates: db.select().from(caseEstimates).where(inArray(caseEstimates.caseId, ids)).all(),
      retirements: db.select().from(caseRetirements).where(inArray(caseRetirements.caseId, ids)).all(),
      confirmations: db.select().from(caseConfirmations).where(inArray(caseConfirmations.caseId, ids)).all(),
      marks: db.select().from(caseDutyMarks).where(inArray(caseDutyMarks.caseId, ids)).all(),
      certificates: db.select().from(certificates).where(inArray(certificates.caseId, ids)).all(),
    });
  }

  /** Adds an estimate after the case's others (inside a transaction: writes are serialized). */
  function addEstimateRow(record: CaseEstimateRecord) {
    const { next } = db
      .select({ next: sql<number>`coalesce(max(${caseEstimates.seq}), 0) + 1` })
      .from(caseEstimates)
      .where(eq(caseEstimates.caseId, record.caseId))
      .get() as { next: number };
    db.insert(caseEstimates).values({ ...record, seq: next }).run();
  }

  return {
    async insertCase(record, estimate) {
      db.transaction(() => {
        db.insert(cases).values(record).run();
        if (estimate) addEstimateRow(estimate);
      });
    },
    async getCase(id) {
      const row = db.select().from(cases).where(eq(cases.id, id)).get();
      return row ? bundles([row])[0] : undefined;
    },
    async updateCase(record, revision, estimate) {
      const { id, createdAt: _c, tokenHash: _t, ownerKeyId: _o, ...changed } = record;
      return db.transaction(() => {
        const result = db
          .update(cases)
          .set(changed)
          .where(and(eq(cases.id, id), eq(cases.revision, revision)))
          .run();
        if (result.changes !== 1) return false;
        if (estimate) addEstimateRow(estimate);
        return true;
      });
    },
    async listCases(query) {
      const rows = db
        .select()
        .from(cases)
        .where(caseListWhere(cases, query))
        .orderBy(asc(cases.startDate), asc(cases.id))
        .limit(query.limit)
        .all();
      return bundles(rows);
    },
    async putRegistration(record) {
      return db.transaction(() => {
        if (!caseExists(record.caseId)) return false;
        db.insert(caseRegistrations).values(record).onConflictDoUpdate({ target: caseRegistrations.caseId, set: record }).run();
        return true;
      });
    },
    async putEmissions(record) {
      return db.transaction(() => {
        if (!caseExists(record.caseId)) return false;
        db.insert(caseEmissions).values(record).onConflictDoUpdate({ target: caseEmissions.caseId, set: record }).run();
        return true;
      });
    },
    async addEstimate(record) {
      return db.transaction(() => {
        if (!caseExists(record.caseId)) return false;
        addEstimateRow(record);
        return true;
      });
    },
    async putConfirmation(record) {
      const row = confirmationRowOf(record);
      return db.transaction(() => {
        if (!caseExists(record.caseId)) return false;
        db.insert(caseConfirmations).values(row).onConflictDoUpdate({ target: caseConfirmations.caseId, set: row }).run();
        return true;
      });
    },
    async putDutyMark(mark) {
      return db.transaction(() => {
        if (!caseExists(mark.caseId)) return false;
        db.insert(caseDutyMarks)
          .values(mark)
          .onConflictDoUpdate({ target: [caseDutyMarks.caseId, caseDutyMarks.duty], set: mark })
          .run();
        return true;
      });
    },
    async insertRetirement(record, claim): Promise<RetirementInsert> {
      try {
        return db.transaction((): RetirementInsert => {
          if (!caseExists(record.caseId)) return { kind: 'no-case' };
          if (claim) {
            const held = db.select().from(caseSinkProjects).where(eq(caseSinkProjects.projectKey, claim.projectKey)).get();
            if (held && held.caseId !== record.caseId) return { kind: 'project-taken', holder: { caseId: held.caseId, projectId: held.projectId } };
            if (!held) db.insert(caseSinkProjects).values(claim).run();
          }
          const { next } = db
            .select({ next: sql<number>`coalesce(max(${caseRetirements.seq}), 0) + 1` })
            .from(caseRetirements)
            .where(eq(caseRetirements.caseId, record.caseId))
            .get() as { next: number };
          try {
            db.insert(caseRetirements).values(retirementRowOf(record, next)).run();
          } catch (error) {
            if (isOverlap(error)) throw new SerialTaken();
            throw error;
          }
          return { kind: 'inserted' };
        });
      } catch (error) {
        if (!(error instanceof SerialTaken)) throw error;
        const holder = db
          .select({ caseId: caseRetirements.caseId, retirementId: caseRetirements.id, serial: caseRetirements.serialText })
          .from(caseRetirements)
          .where(overlappingSerials(caseRetirements, record))
          .limit(1)
          .get();
        if (!holder) throw error;
        return { kind: 'serial-taken', holder };
      }
    },
    async insertCertificate(record) {
      return db.transaction(() => {
        const held = db
          .select()
          .from(certificates)
          .where(and(eq(certificates.caseId, record.caseId), isNull(certificates.revokedAt)))
          .get();
        if (held) return certificateOf(held);
        db.insert(certificates).values(certificateRowOf(record)).run();
        return record;
      });
    },
    async getCertificate(verificationId) {
      const row = db.select().from(certificates).where(eq(certificates.verificationId, verificationId)).get();
      return row ? certificateOf(row) : undefined;
    },
    async revokeCertificate(verificationId, at, on, reason, by) {
      const row = db
        .update(certificates)
        .set({ revokedAt: at, revokedOn: on, revokedReason: reason, revokedBy: by })
        .where(and(eq(certificates.verificationId, verificationId), isNull(certificates.revokedAt)))
        .returning()
        .get();
      return row ? certificateOf(row) : undefined;
    },
  };
}
