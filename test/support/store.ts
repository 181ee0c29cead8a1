// The Store contract is run against both implementations: SQLite (better-sqlite3) and PostgreSQL (PGlite, in
// process). A dialect opens a store in memory, names a database inside a folder, and runs a statement through its
// own driver, below drizzle and the Store. PGlite takes a couple of seconds to start, so each suite opens one store
// and the tests use distinct ids (unique) instead of cleaning tables.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../../adapters/storage/open-store.js';
import type { StoredPackVersion, Store } from '../../adapters/storage/store.js';

export interface Dialect {
  kind: Store['kind'];
  openInMemory(): Promise<Store>;
  /** The URL of a database inside `dir`, in a folder that does not exist yet. */
  urlIn(dir: string): string;
  /** Runs `statement` through the driver on the database at `url`, bypassing drizzle and the Store. */
  execDirectly(url: string, statement: string): Promise<void>;
}

const sqlite: Dialect = {
  kind: 'sqlite',
  openInMemory: () => openStore(':memory:'),
  urlIn: (dir) => join(dir, 'nested', 'data', 'tanzhong.db'),
  async execDirectly(url, statement) {
    const db = new Database(url);
    try {
      db.exec(statement);
    } finally {
      db.close();
    }
  },
};

const postgres: Dialect = {
  kind: 'postgres',
  openInMemory: () => openStore('pglite://memory'),
  urlIn: (dir) => `pglite://${join(dir, 'nested', 'pgdata')}`,
  async execDirectly(url, statement) {
    const db = new PGlite(url.slice('pglite://'.length));
    try {
      await db.exec(statement);
    } finally {
      await db.close();
    }
  },
};

/** For describe.each: each dialect after the name its suites carry. */
export const DIALECTS: [string, Dialect][] = [
  ['sqlite', sqlite],
  ['postgres (PGlite)', postgres],
];

/** PGlite takes seconds to start and migrate, more on two busy cores. */
export const SLOW_MS = 60_000;

let serial = 0;
export const unique = (name: string) => `${name}-${++serial}`;

export function draft(packId: string, overrides: Partial<StoredPackVersion> = {}): StoredPackVersion {
  return {
    packId,
    version: '1.0.0',
    jurisdictionCode: '510100',
    status: 'draft',
    document: { id: packId, version: '1.0.0', thresholds: { attendees: 1000, emissionsTco2e: '50.00' } },
    contentHash: 'a'.repeat(64),
    effectiveFrom: null,
    createdAt: '2026-03-01T08:00:00.000Z',
    publishedAt: null,
    source: 'api',
    createdBy: 'key-1',
    ...overrides,
  };
}

/** Opens an in-memory store of `dialect` before the suite's tests, hands it to `set`, and closes it after them. */
export function useInMemoryStore(dialect: Dialect, set: (store: Store) => void): void {
  let store: Store | undefined;
  beforeAll(async () => {
    store = await dialect.openInMemory();
    set(store);
  }, SLOW_MS);
  afterAll(async () => {
    await store?.close();
  });
}

/** Makes a fresh folder under the system's temporary one (named from `prefix`) before the suite's tests, hands it to
 * `set`, and removes it with all it holds after them. */
export function useTempDir(prefix: string, set: (dir: string) => void): void {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    set(dir);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
}

/** Applies the committed migrations up to and including the one tagged `last` only, as an older release would have. */
export async function migrateTo(dialect: Dialect, url: string, last: string): Promise<void> {
  const kind = dialect.kind === 'sqlite' ? 'sqlite' : 'postgres';
  const folder = mkdtempSync(join(tmpdir(), `tanzhong-migrations-${kind}-`));
  try {
    cpSync(join('adapters/storage', kind, 'migrations'), folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const through = journal.entries.findIndex((e) => e.tag === last);
    if (through < 0) throw new Error(`no migration tagged ${last}`);
    journal.entries = journal.entries.slice(0, through + 1);
    writeFileSync(journalFile, JSON.stringify(journal));
    if (dialect.kind === 'sqlite') {
      mkdirSync(dirname(url), { recursive: true });
      const db = new Database(url);
      try {
        migrateSqlite(drizzleSqlite({ client: db }), { migrationsFolder: folder });
      } finally {
        db.close();
      }
    } else {
      const dataDir = url.slice('pglite://'.length);
      mkdirSync(dirname(dataDir), { recursive: true });
      const db = new PGlite(dataDir);
      try {
        await migratePglite(drizzlePglite({ client: db }), { migrationsFolder: folder });
      } finally {
        await db.close();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
