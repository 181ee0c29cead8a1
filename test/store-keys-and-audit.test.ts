// The Store contract on API keys and the audit log, against SQLite and PostgreSQL (PGlite): a key is found by its
// hash only and created with an audit entry; the audit lists entries newest first, with their detail as written.
import { describe, expect, it } from 'vitest';
import { createApiKey, generateApiKey, hashApiKey } from '../adapters/storage/api-keys.js';
import type { AuditEntry, Store } from '../adapters/storage/store.js';
import { DIALECTS, unique, useInMemoryStore } from './support/store.js';

describe.each(DIALECTS)('%s store', (_name, dialect) => {
  let store: Store;
  useInMemoryStore(dialect, (opened) => (store = opened));

  describe('API keys', () => {
    it('finds a key by the hash of the key, and nothing for another hash', async () => {
      const { key, record } = generateApiKey();
      const stored = { ...record, name: 'Chengdu', jurisdictionCode: '510100', createdAt: '2026-01-01T00:00:00.000Z', revokedAt: null };
      await store.insertKey(stored);
      expect(await store.findKeyByHash(hashApiKey(key))).toEqual(stored);
      expect(await store.findKeyByHash(hashApiKey(`${key}x`))).toBeUndefined();
    });

    it('refuses a second key with the same hash', async () => {
      const { record } = generateApiKey();
      const stored = { ...record, name: 'one', jurisdictionCode: '500000', createdAt: '2026-01-01T00:00:00.000Z', revokedAt: null };
      await store.insertKey(stored);
      await expect(store.insertKey({ ...stored, id: unique('key') })).rejects.toThrow();
    });

    it('createApiKey stores the hash (never the key) and audits the creation', async () => {
      const { key, record } = await createApiKey(store, { name: 'Sichuan bureau', jurisdictionCode: '510000' });
      expect(key).toMatch(/^tz_[A-Za-z0-9_-]{43}$/);
      expect(record.keyHash).toBe(hashApiKey(key));
      expect(record.keyHash).toMatch(/^[0-9a-f]{64}$/);
      expect(record.prefix).toBe(key.slice(0, 10));
      expect(await store.findKeyByHash(record.keyHash)).toEqual(record);
      const [latest] = await store.listAudit(1);
      expect(latest).toMatchObject({ action: 'key-create', actor: null, outcome: 'created', packId: null, version: null });
      expect(JSON.stringify(latest)).not.toContain(key);
    });

    it('createApiKey refuses a jurisdiction code that is not 6 digits, and stores nothing', async () => {
      const before = await store.listAudit(1);
      await expect(createApiKey(store, { name: 'x', jurisdictionCode: '5100' })).rejects.toThrow(/6 digits.*"5100"/);
      await expect(createApiKey(store, { name: 'x', jurisdictionCode: '51000a' })).rejects.toThrow(/6 digits/);
      expect(await store.listAudit(1)).toEqual(before);
    });
  });

  describe('audit', () => {
    it('lists entries newest first, up to the limit, with their detail as written', async () => {
      const entries: AuditEntry[] = ['201', '403', '409'].map((outcome, i) => ({
        at: `2026-05-01T00:00:0${i}.000Z`,
        actor: i === 1 ? null : 'key-1',
        action: i === 1 ? 'refuse' : 'draft',
        packId: 'cn-sichuan',
        version: `1.0.${i}`,
        outcome,
        detail: { reason: `第${i}条`, amount: '1.50' },
      }));
      for (const entry of entries) await store.appendAudit(entry);
      const listed = await store.listAudit(3);
      expect(listed.map(({ id: _id, ...entry }) => entry)).toEqual([...entries].reverse());
      const ids = listed.map((entry) => entry.id as number);
      expect(ids).toEqual([...ids].sort((x, y) => y - x));
      expect(await store.listAudit(1)).toHaveLength(1);
    });

    it('keeps an entry without detail as null', async () => {
      await store.appendAudit({ at: '2026-05-02T00:00:00.000Z', actor: null, action: 'publish', packId: null, version: null, outcome: '404', detail: undefined });
      const [latest] = await store.listAudit(1);
      expect(latest).toMatchObject({ action: 'publish', outcome: '404', detail: null });
    });
  });
});
