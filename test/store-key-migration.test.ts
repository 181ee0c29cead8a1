// Migration 0003 (issue 10, hole 9) on a database an older release left (migrations through 0002), SQLite and
// PostgreSQL (PGlite): its keys keep working and read as they were written (no expiry, never rotated), its audit
// rows keep their ids and contents (SQLite rebuilds the audit table for the new CHECK), and the new actions are
// accepted.
import { describe, expect, it } from 'vitest';
import { hashApiKey, listApiKeys, revokeApiKey, rotateApiKey } from '../adapters/storage/api-keys.js';
import { openStore } from '../adapters/storage/open-store.js';
import { DIALECTS, migrateTo, SLOW_MS, useTempDir } from './support/store.js';

const OLD_KEY = `tz_${'o'.repeat(43)}`;

describe.each(DIALECTS)('%s: keys and audit rows from before migration 0003', (_name, dialect) => {
  let dir: string;
  useTempDir(`tanzhong-keys-migration-${dialect.kind}-`, (made) => (dir = made));

  it('stay readable and working; the new key actions are then audited', async () => {
    const url = dialect.urlIn(dir);
    await migrateTo(dialect, url, '0002_retention_and_version_heads');
    const detail = JSON.stringify({ keyId: 'old-key', name: 'Sichuan bureau' });
    await dialect.execDirectly(
      url,
      `insert into api_keys (id, name, jurisdiction_code, key_hash, prefix, created_at, revoked_at)
         values ('old-key', 'Sichuan bureau', '510000', '${hashApiKey(OLD_KEY)}', '${OLD_KEY.slice(0, 10)}', '2026-01-01T00:00:00.000Z', null);
       insert into audit (at, actor, action, pack_id, version, outcome, detail)
         values ('2026-01-01T00:00:00.000Z', null, 'key-create', null, null, 'created', '${detail}'),
                ('2026-01-02T00:00:00.000Z', 'old-key', 'draft', 'cn-sichuan-chengdu', '1.0.0', '201', null);`,
    );
    const store = await openStore(url);
    try {
      expect(await store.findKeyByHash(hashApiKey(OLD_KEY))).toEqual({
        id: 'old-key',
        name: 'Sichuan bureau',
        jurisdictionCode: '510000',
        keyHash: hashApiKey(OLD_KEY),
        prefix: OLD_KEY.slice(0, 10),
        createdAt: '2026-01-01T00:00:00.000Z',
        revokedAt: null,
      });
      expect((await listApiKeys(store)).map((k) => k.state)).toEqual(['active']);
      const before = await store.listAudit();
      expect(before.map((a) => [a.id, a.action, a.actor])).toEqual([
        [2, 'draft', 'old-key'],
        [1, 'key-create', null],
      ]);
      expect(before[1]?.detail).toEqual({ keyId: 'old-key', name: 'Sichuan bureau' });
      await rotateApiKey(store, 'old-key');
      await revokeApiKey(store, 'old-key');
      expect((await store.listAudit(2)).map((a) => [a.id, a.action])).toEqual([
        [4, 'key-revoke'],
        [3, 'key-rotate'],
      ]);
    } finally {
      await store.close();
    }
  }, SLOW_MS);
});
