// A store on disk, SQLite and PostgreSQL (PGlite): its folder and tables are created, its data kept when reopened,
// and its CHECK constraints hold below drizzle and the Store (the database opened a second time through the driver).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../adapters/storage/open-store.js';
import { DIALECTS, draft, SLOW_MS, useTempDir } from './support/store.js';

describe.each(DIALECTS)('%s store', (_name, dialect) => {
  describe('on disk', () => {
    let dir: string;
    useTempDir(`tanzhong-store-${dialect.kind}-`, (made) => (dir = made));

    it('creates the folder and the tables, keeps the data when reopened, and enforces CHECK below the Store', async () => {
      const url = dialect.urlIn(dir);
      const first = await openStore(url);
      const version = draft('cn-disk');
      await first.insertVersion(version);
      await first.close();
      expect(existsSync(join(dir, 'nested'))).toBe(true);

      const insert = (status: string) =>
        `insert into pack_versions (pack_id, version, jurisdiction_code, status, document, content_hash, created_at, source)
         values ('cn-raw', '${status}', '510000', '${status}', '{}', 'h', '2026-01-01T00:00:00.000Z', 'api')`;
      await expect(dialect.execDirectly(url, insert('retired'))).rejects.toThrow(/check constraint/i);
      await expect(
        dialect.execDirectly(url, `insert into audit (at, action, outcome) values ('2026-01-01', 'delete', '200')`),
      ).rejects.toThrow(/check constraint/i);
      await dialect.execDirectly(url, insert('draft'));
      // A decision row is either lean (digest, outcome and engine version) or whole (an old row's Determination).
      const decision = (extra: string, values: string) =>
        `insert into decisions (id, created_at, pack_id, pack_version, content_hash, chain, lang, request${extra})
         values ('half', '2026-01-01', 'p', '1.0.0', 'h', '[]', 'zh', '{}'${values})`;
      await expect(dialect.execDirectly(url, decision(', digest', `, '${'e'.repeat(64)}'`))).rejects.toThrow(/check constraint/i);
      await expect(dialect.execDirectly(url, decision('', ''))).rejects.toThrow(/check constraint/i);

      const second = await openStore(url);
      try {
        expect(await second.getVersion('cn-disk', '1.0.0')).toEqual(version);
        expect((await second.listVersions()).map((v) => v.packId)).toEqual(['cn-disk', 'cn-raw']);
      } finally {
        await second.close();
      }
    }, SLOW_MS);
  });
});
