// openStore: which store a database URL opens (SQLite for a path, a file: URL and :memory:, PostgreSQL only for
// its schemes), and where it puts the database when given none.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../adapters/storage/open-store.js';

describe('openStore', () => {
  it('opens SQLite for a path, a file: URL and :memory:, and PostgreSQL only for its schemes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanzhong-open-'));
    try {
      for (const url of [':memory:', join(dir, 'a.db'), `file:${join(dir, 'b.db')}`, `file://${join(dir, 'c.db')}`]) {
        const store = await openStore(url);
        expect(store.kind).toBe('sqlite');
        await store.close();
      }
      expect(['a.db', 'b.db', 'c.db'].every((name) => existsSync(join(dir, name)))).toBe(true);
      // Refused by a PostgreSQL client (nothing listens on port 1), not opened as a SQLite file named "postgres:".
      await expect(openStore('postgres://tanzhong@127.0.0.1:1/tanzhong')).rejects.toThrow(/ECONNREFUSED/);
      await expect(openStore('postgresql://tanzhong@127.0.0.1:1/tanzhong')).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses ./data/tanzhong.db under the working directory when no URL is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanzhong-default-'));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const store = await openStore('');
      expect(store.kind).toBe('sqlite');
      await store.close();
      expect(existsSync(join(dir, 'data', 'tanzhong.db'))).toBe(true);
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
