// The embedded Store: one SQLite file (or ':memory:') through better-sqlite3, migrated on open.
// better-sqlite3 is synchronous, so every method is one statement that completes before its promise resolves;
// decisions, the one write on every answer, are group-committed (group-commit.ts): the rows of one turn of the
// event loop in one transaction, each promise resolved once it is committed. synchronous=FULL: a commit is on
// disk (the WAL fsynced) before it is acknowledged, so an acknowledged decision survives a crash of the machine too.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { boundAuditEntry } from '../../../app/audit-bounds.js';
import { projectPath } from '../../files/project-root.js';
import { groupCommit } from '../group-commit.js';
import { sqliteCaseStore } from './case-store.js';
import { keyOfRow, rowOfKey } from '../key-rows.js';
import type { NewDecision, Store } from '../store.js';
import { sqliteMaintenance } from './maintenance.js';
import * as schema from './schema.js';
import { apiKeys, audit, decisions, packVersions } from './schema.js';

const MIGRATIONS_FOLDER = projectPath('adapters/storage/sqlite/migrations');
export const IN_MEMORY = ':memory:';
/** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;
const DEFAULT_AUDIT_LIMIT = 100;

/** Opens (creating the file and its folder if needed) and migrates the SQLite database at `file`. */
export function openSqliteStore(file: string): Store {
  if (file !== IN_MEMORY) mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  try {
    // The timeout first: switching to WAL takes a lock another process may hold.
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('journal_mode = WAL');
    // Said, not left to the default: better-sqlite3 builds SQLite with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1, so a file
    // already in WAL mode would open with NORMAL (a commit not yet fsynced when acknowledged).
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    const db = drizzle({ client: sqlite, schema });
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return createSqliteStore(db, sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

type SqliteDatabase = BetterSQLite3Database<typeof schema>;

/** One prepared INSERT, run for each row of a batch inside one transaction: the decision log's hot path. */
function decisionWriter(sqlite: Database.Database): (rows: NewDecision[]) => void {
  const insert = sqlite.prepare(
    `insert into decisions (id, created_at, pack_id, pack_version, content_hash, chain, as_of, lang, request, digest, outcome, engine_version)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return sqlite.transaction((rows: NewDecision[]) => {
    for (const d of rows) {
      const json = [d.chain, d.request, d.outcome].map((value) => JSON.stringify(value));
      insert.run(d.id, d.createdAt, d.packId, d.packVersion, d.contentHash, json[0], d.asOf, d.lang, json[1], d.digest, json[2], d.engineVersion);
    }
  });
}

function createSqliteStore(db: SqliteDatabase, sqlite: Database.Database): Store {
  const isVersion = (packId: string, version: string) => and(eq(packVersions.packId, packId), eq(packVersions.version, version));
  const decisionsLog = groupCommit(decisionWriter(sqlite));
  return {
    kind: 'sqlite',
    ...sqliteMaintenance(sqlite),
    ...sqliteCaseStore(db),
    async listVersions(packId) {
      return db
        .select()
        .from(packVersions)
        .where(packId === undefined ? undefined : eq(packVersions.packId, packId))
        .orderBy(asc(packVersions.packId), asc(packVersions.createdAt), asc(packVersions.version))
        .all();
    },
    async getVersion(packId, version) {
      return db.select().from(packVersions).where(isVersion(packId, version)).get();
    },
    async insertVersion(row) {
      const result = db
        .insert(packVersions)
        .values(row)
        .onConflictDoNothing({ target: [packVersions.packId, packVersions.version] })
        .run();
      return result.changes === 1 ? 'inserted' : 'exists';
    },
    async publishVersion(packId, version, effectiveFrom, publishedAt) {
      // One conditional UPDATE: a version already published matches nothing, so it can never be rewritten.
      return db
        .update(packVersions)
        .set({ status: 'published', effectiveFrom, publishedAt })
        .where(and(isVersion(packId, version), eq(packVersions.status, 'draft')))
        .returning()
        .get();
    },
    saveDecision(decision) {
      return decisionsLog.add(decision);
    },
    async getDecision(id) {
      return db.select().from(decisions).where(eq(decisions.id, id)).get();
    },
    async recentDecisions(packId, limit) {
      const asked = or(eq(decisions.packId, packId), sql`json_extract(${decisions.request}, '$.pack') = ${packId}`);
      return db.select().from(decisions).where(asked).orderBy(desc(decisions.createdAt)).limit(limit).all();
    },
    async insertKey(key) {
      db.insert(apiKeys).values(rowOfKey(key)).run();
    },
    async findKeyByHash(keyHash) {
      return keyOfRow(db.select().from(apiKeys).where(eq(apiKeys.keyHash, keyHash)).get());
    },
    async getKey(id) {
      return keyOfRow(db.select().from(apiKeys).where(eq(apiKeys.id, id)).get());
    },
    async listKeys() {
      return db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id)).all().map((row) => keyOfRow(row));
    },
    async revokeKey(id, revokedAt) {
      // One conditional UPDATE: a key revoked already matches nothing, so its revocation time never changes.
      const row = db.update(apiKeys).set({ revokedAt }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).returning().get();
      return keyOfRow(row);
    },
    async replaceKeySecret(id, { keyHash, prefix, rotatedAt, expiresAt }) {
      const row = db
        .update(apiKeys)
        .set({ keyHash, prefix, rotatedAt, ...(expiresAt !== undefined ? { expiresAt } : {}) })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
        .returning()
        .get();
      return keyOfRow(row);
    },
    async appendAudit({ id: _id, ...given }) {
      const entry = boundAuditEntry(given);
      db.insert(audit)
        .values({ ...entry, detail: entry.detail ?? null })
        .run();
    },
    async listAudit(limit = DEFAULT_AUDIT_LIMIT) {
      return db.select().from(audit).orderBy(desc(audit.id)).limit(limit).all();
    },
    async close() {
      await decisionsLog.drain();
      sqlite.close();
    },
  };
}
