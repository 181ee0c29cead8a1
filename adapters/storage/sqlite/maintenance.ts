// StoreMaintenance on SQLite (adapters/storage/maintenance.ts): statements prepared once, run through the driver.
import type Database from 'better-sqlite3';
import type { StoreMaintenance, VersionHead } from '../maintenance.js';

interface HeadRow {
  packId: string;
  version: string;
  jurisdictionCode: string;
  status: VersionHead['status'];
  contentHash: string;
  effectiveFrom: string | null;
  createdAt: string;
  publishedAt: string | null;
  source: VersionHead['source'];
  createdBy: string | null;
}

export function sqliteMaintenance(sqlite: Database.Database): StoreMaintenance {
  // Every column named is in pack_versions_heads_idx: SQLite reads the index alone, never a document's pages.
  const heads = sqlite.prepare(
    `select pack_id as packId, version, jurisdiction_code as jurisdictionCode, status, content_hash as contentHash,
            effective_from as effectiveFrom, created_at as createdAt, published_at as publishedAt, source, created_by as createdBy
     from pack_versions order by pack_id, created_at, version`,
  );
  // decisions_created_idx: the oldest rows first, `limit` at most.
  const deleteThrough = sqlite.prepare(
    `delete from decisions where rowid in (select rowid from decisions where created_at <= ? order by created_at limit ?)`,
  );
  const beyond = sqlite.prepare(`select created_at as createdAt from decisions order by created_at desc limit 1 offset ?`);
  const count = sqlite.prepare(`select count(*) as n from decisions`);
  return {
    async listVersionHeads() {
      return heads.all() as HeadRow[];
    },
    async deleteDecisionsThrough(cutoff, limit) {
      return deleteThrough.run(cutoff, limit).changes;
    },
    async decisionCreatedBeyond(keep) {
      return (beyond.get(keep) as { createdAt: string } | undefined)?.createdAt;
    },
    async countDecisions() {
      return (count.get() as { n: number }).n;
    },
  };
}
