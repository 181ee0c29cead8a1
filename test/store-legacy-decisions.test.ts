// A database as an older release left it (the first migration only), SQLite and PostgreSQL (PGlite): once the next
// migrations run, its decisions stay readable, the whole Determination of each with them.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { describe, expect, it } from 'vitest';
import { openStore } from '../adapters/storage/open-store.js';
import { type Dialect, DIALECTS, SLOW_MS, useTempDir } from './support/store.js';

describe.each(DIALECTS)('%s: a database from before the lean decision log', (_name, dialect) => {
  let dir: string;
  useTempDir(`tanzhong-legacy-${dialect.kind}-`, (made) => (dir = made));

  it('keeps its decisions readable, Determination and all, once migrated', async () => {
    const url = dialect.urlIn(dir);
    await migrateTo(dialect, url, '0000_init');
    const determination = { obligation: 'required', summary: '须实现碳中和', duties: [{ duty: 'register-event', due: '2026-05-13' }], ratio: 0.5 };
    const request = { pack: 'cn-sichuan', event: { name: '西部博览会', emissionsTco2e: '300.10' }, asOf: '2026-05-20' };
    const chain = [{ id: 'cn-sichuan', version: '1.0.0', contentHash: 'c'.repeat(64) }];
    const json = (value: unknown) => `'${JSON.stringify(value)}'`;
    await dialect.execDirectly(
      url,
      `insert into decisions (id, created_at, pack_id, pack_version, content_hash, chain, as_of, lang, request, determination)
       values ('old-1', '2026-05-01T00:00:00.000Z', 'cn-sichuan', '1.0.0', '${'c'.repeat(64)}', ${json(chain)}, '2026-05-20', 'zh', ${json(request)}, ${json(determination)})`,
    );
    const store = await openStore(url);
    try {
      expect(await store.getDecision('old-1')).toEqual({
        id: 'old-1',
        createdAt: '2026-05-01T00:00:00.000Z',
        packId: 'cn-sichuan',
        packVersion: '1.0.0',
        contentHash: 'c'.repeat(64),
        chain,
        asOf: '2026-05-20',
        lang: 'zh',
        request,
        digest: null,
        outcome: null,
        engineVersion: null,
        determination,
      });
    } finally {
      await store.close();
    }
  }, SLOW_MS);
});

/** Applies the committed migrations up to and including `last` only, as an older release would have. */
async function migrateTo(dialect: Dialect, url: string, last: string): Promise<void> {
  const kind = dialect.kind === 'sqlite' ? 'sqlite' : 'postgres';
  const source = join('adapters/storage', kind, 'migrations');
  const folder = mkdtempSync(join(tmpdir(), `tanzhong-migrations-${kind}-`));
  try {
    cpSync(source, folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === last) + 1);
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
