// The PostgreSQL Store: a server through node-postgres (`postgres://`, `postgresql://`), or PGlite in-process
// (`pglite://memory`, `pglite:///path/to/dir`) for tests and single-machine trials. Migrated on open.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { boundAuditEntry } from '../../../app/audit-bounds.js';
import { projectPath } from '../../files/project-root.js';
import { groupCommit } from '../group-commit.js';
import { postgresCaseStore } from './case-store.js';
import { keyOfRow, rowOfKey } from '../key-rows.js';
import type { NewDecision, Store } from '../store.js';
import { postgresMaintenance } from './maintenance.js';
import * as schema from './schema.js';
import { apiKeys, audit, decisions, packVersions } from './schema.js';

const MIGRATIONS_FOLDER = projectPath('adapters/storage/postgres/migrations');
const PGLITE_SCHEME = 'pglite://';
const PGLITE_IN_MEMORY = 'memory';
/** The key of the advisory lock that serializes migrations: any constant, the same in every tanzhong server. */
const MIGRATION_LOCK_KEY = 0x747a_6d67; // "tzmg"
const DEFAULT_AUDIT_LIMIT = 100;
/** node-postgres waits forever for a connection by default; an unreachable server should fail a start, not hang it. */
const CONNECT_TIMEOUT_MS = 10_000;

export const POSTGRES_SCHEMES = ['postgres://', 'postgresql://', PGLITE_SCHEME] as const;

export function isPostgresUrl(url: string): boolean {
  return POSTGRES_SCHEMES.some((scheme) => url.startsWith(scheme));
}

export async function openPostgresStore(url: string): Promise<Store> {
  if (url.startsWith(PGLITE_SCHEME)) return openPgliteStore(url.slice(PGLITE_SCHEME.length));
  if (!isPostgresUrl(url)) throw new Error(`not a PostgreSQL URL (postgres://, postgresql:// or pglite://): "${url}"`);
  return openServerStore(url);
}

async function openServerStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle connection the server drops emits 'error' on the pool; unhandled, it would end the process. The pool
  // replaces the connection on the next query, so reporting it is enough.
  pool.on('error', (error) => console.error(`postgres: idle connection lost: ${error.message}`));
  try {
    await migrateOnce(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return createPostgresStore(drizzleNodePostgres({ client: pool, schema }), () => pool.end());
}

/**
 * drizzle's migrator takes no lock: two servers starting together would both try to create the tables. A session
 * advisory lock on one connection makes the others wait, then find the migrations applied and do nothing.
 */
async function migrateOnce(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrateNodePostgres(drizzleNodePostgres({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    client.release();
  } catch (error) {
    client.release(true); // destroying the connection ends its session, and the lock with it
    throw error;
  }
}

async function openPgliteStore(location: string): Promise<Store> {
  // One PGlite instance is the only connection to its folder, so its migrations need no lock.
  const inMemory = location === PGLITE_IN_MEMORY || location === '';
  // PGlite creates its data folder but not the folders above it.
  if (!inMemory) mkdirSync(dirname(location), { recursive: true });
  // btree_gist: the retirement ledger's EXCLUDE constraint (migration 0004) needs it, as a server has it built in.
  const extensions = { btree_gist };
  const client = inMemory ? new PGlite({ extensions }) : new PGlite(location, { extensions });
  try {
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return createPostgresStore(db, () => client.close());
  } catch (error) {
    await client.close();
    throw error;
  }
}

type PostgresDatabase = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * PostgreSQL text cannot hold NUL: a query with one fails ("invalid byte sequence"), and no row has such a key. A
 * lookup by an id or a version from a request (a path parameter) that holds one finds nothing, without asking.
 */
// eslint-disable-next-line no-control-regex -- NUL is what is looked for
const holdsNul = (...texts: string[]) => texts.some((text) => /\u0000/.test(text));

function createPostgresStore(db: PostgresDatabase, closeDatabase: () => Promise<void>): Store {
  const isVersion = (packId: string, version: string) => and(eq(packVersions.packId, packId), eq(packVersions.version, version));
  // Group commit (group-commit.ts): the decisions of one turn of the event loop, and those queued while a write is
  // under way, go in one multi-row INSERT: one statement, one commit, one round trip instead of one per answer.
  const decisionsLog = groupCommit(async (rows: NewDecision[]) => {
    await db.insert(decisions).values(rows);
  });
  return {
    kind: 'postgres',
    ...postgresMaintenance(db),
    ...postgresCaseStore(db),
    async listVersions(packId) {
      if (packId !== undefined && holdsNul(packId)) return [];
      return db
        .select()
        .from(packVersions)
        .where(packId === undefined ? undefined : eq(packVersions.packId, packId))
        .orderBy(asc(packVersions.packId), asc(packVersions.createdAt), asc(packVersions.version));
    },
    async getVersion(packId, version) {
      if (holdsNul(packId, version)) return undefined;
      const [row] = await db.select().from(packVersions).where(isVersion(packId, version));
      return row;
    },
    async insertVersion(row) {
      const inserted = await db
        .insert(packVersions)
        .values(row)
        .onConflictDoNothing({ target: [packVersions.packId, packVersions.version] })
        .returning({ packId: packVersions.packId });
      return inserted.length === 1 ? 'inserted' : 'exists';
    },
    async publishVersion(packId, version, effectiveFrom, publishedAt) {
      if (holdsNul(packId, version)) return undefined;
      // One conditional UPDATE: a version already published matches nothing, so it can never be rewritten.
      const [row] = await db
        .update(packVersions)
        .set({ status: 'published', effectiveFrom, publishedAt })
        .where(and(isVersion(packId, version), eq(packVersions.status, 'draft')))
        .returning();
      return row;
    },
    saveDecision(decision) {
      return decisionsLog.add(decision);
    },
    async getDecision(id) {
      if (holdsNul(id)) return undefined;
      const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
      return row;
    },
    async recentDecisions(packId, limit) {
      if (holdsNul(packId)) return [];
      const asked = or(eq(decisions.packId, packId), sql`${decisions.request}->>'pack' = ${packId}`);
      return db.select().from(decisions).where(asked).orderBy(desc(decisions.createdAt)).limit(limit);
    },
    async insertKey(key) {
      await db.insert(apiKeys).values(rowOfKey(key));
    },
    async findKeyByHash(keyHash) {
      const [row] = await db.select().from(apiKeys).where(eq(apiKeys.keyHash, keyHash));
      return keyOfRow(row);
    },
    async getKey(id) {
      if (holdsNul(id)) return undefined;
      const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
      return keyOfRow(row);
    },
    async listKeys() {
      const rows = await db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
      return rows.map((row) => keyOfRow(row));
    },
    async revokeKey(id, revokedAt) {
      if (holdsNul(id)) return undefined;
      // One conditional UPDATE: a key revoked already matches nothing, so its revocation time never changes.
      const [row] = await db.update(apiKeys).set({ revokedAt }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).returning();
      return keyOfRow(row);
    },
    async replaceKeySecret(id, { keyHash, prefix, rotatedAt, expiresAt }) {
      if (holdsNul(id)) return undefined;
      const [row] = await db
        .update(apiKeys)
        .set({ keyHash, prefix, rotatedAt, ...(expiresAt !== undefined ? { expiresAt } : {}) })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
        .returning();
      return keyOfRow(row);
    },
    async appendAudit({ id: _id, ...given }) {
      const entry = boundAuditEntry(given);
      await db.insert(audit).values({ ...entry, detail: entry.detail ?? null });
    },
    async listAudit(limit = DEFAULT_AUDIT_LIMIT) {
      return db.select().from(audit).orderBy(desc(audit.id)).limit(limit);
    },
    async close() {
      await decisionsLog.drain();
      await closeDatabase();
    },
  };
}
