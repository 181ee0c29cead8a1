// Opens the Store a database URL names: PostgreSQL for postgres://, postgresql:// and pglite:// URLs, SQLite for
// anything else (a path, a file: URL or ':memory:'). No URL means the SQLite file in ./data.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPostgresUrl, openPostgresStore } from './postgres/pg-store.js';
import { IN_MEMORY, openSqliteStore } from './sqlite/sqlite-store.js';
import { DEFAULT_DATABASE_URL } from './database-url.js';
import type { Store } from './store.js';

export { DEFAULT_DATABASE_URL } from './database-url.js';

export async function openStore(url?: string): Promise<Store> {
  const target = url?.trim() || DEFAULT_DATABASE_URL;
  if (isPostgresUrl(target)) return openPostgresStore(target);
  return openSqliteStore(sqliteFile(target));
}

/** `file:///abs/x.db` and `file:rel/x.db` name files like the plain paths do; ':memory:' stays as it is. */
function sqliteFile(target: string): string {
  if (target === IN_MEMORY) return IN_MEMORY;
  if (target.startsWith('file://')) return fileURLToPath(target);
  if (target.startsWith('file:')) return resolve(target.slice('file:'.length));
  return resolve(target);
}
