// StoreMaintenance on PostgreSQL and PGlite (adapters/storage/maintenance.ts), through drizzle.
import { asc, desc, lte, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { StoreMaintenance } from '../maintenance.js';
import type * as schema from './schema.js';
import { decisions, packVersions } from './schema.js';

export function postgresMaintenance(db: PgDatabase<PgQueryResultHKT, typeof schema>): StoreMaintenance {
  return {
    async listVersionHeads() {
      // The document is never selected: a large one stays in its TOAST table, unread.
      return db
        .select({
          packId: packVersions.packId,
          version: packVersions.version,
          jurisdictionCode: packVersions.jurisdictionCode,
          status: packVersions.status,
          contentHash: packVersions.contentHash,
          effectiveFrom: packVersions.effectiveFrom,
          createdAt: packVersions.createdAt,
          publishedAt: packVersions.publishedAt,
          source: packVersions.source,
          createdBy: packVersions.createdBy,
        })
        .from(packVersions)
        .orderBy(asc(packVersions.packId), asc(packVersions.createdAt), asc(packVersions.version));
    },
    async deleteDecisionsThrough(cutoff, limit) {
      const oldest = db.select({ id: decisions.id }).from(decisions).where(lte(decisions.createdAt, cutoff)).orderBy(asc(decisions.createdAt)).limit(limit);
      const deleted = await db.delete(decisions).where(sql`${decisions.id} in (${oldest})`).returning({ id: decisions.id });
      return deleted.length;
    },
    async decisionCreatedBeyond(keep) {
      const [row] = await db.select({ createdAt: decisions.createdAt }).from(decisions).orderBy(desc(decisions.createdAt)).limit(1).offset(keep);
      return row?.createdAt;
    },
    async countDecisions() {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(decisions);
      return row?.n ?? 0;
    },
  };
}
