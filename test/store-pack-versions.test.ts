// The Store contract on pack versions, against SQLite and PostgreSQL (PGlite): insert, get and list, a second insert
// of the same version refused, publishing a draft once, the CHECK on status; and each store is the kind it says.
import { describe, expect, it } from 'vitest';
import type { StoredPackVersion, Store } from '../adapters/storage/store.js';
import { DIALECTS, draft, unique, useInMemoryStore } from './support/store.js';

describe.each(DIALECTS)('%s store', (_name, dialect) => {
  let store: Store;
  useInMemoryStore(dialect, (opened) => (store = opened));

  it('is the kind it says', () => {
    expect(store.kind).toBe(dialect.kind);
  });

  describe('pack versions', () => {
    it('inserts versions and gets them back; lists all, or one pack, by pack then creation time', async () => {
      const a = unique('cn-a');
      const b = unique('cn-b');
      const a2 = draft(a, { version: '1.1.0', createdAt: '2026-04-01T00:00:00.000Z' });
      const a1 = draft(a, { version: '1.0.0', createdAt: '2026-03-01T00:00:00.000Z', status: 'published', effectiveFrom: '2026-03-15', publishedAt: '2026-03-02T00:00:00.000Z', source: 'shipped', createdBy: null });
      const b1 = draft(b);
      for (const version of [a2, b1, a1]) expect(await store.insertVersion(version)).toBe('inserted');

      expect(await store.getVersion(a, '1.0.0')).toEqual(a1);
      expect(await store.getVersion(a, '9.9.9')).toBeUndefined();
      expect(await store.getVersion(unique('cn-none'), '1.0.0')).toBeUndefined();
      expect(await store.listVersions(a)).toEqual([a1, a2]);
      expect(await store.listVersions(unique('cn-none'))).toEqual([]);
      const all = await store.listVersions();
      expect(all.filter((v) => v.packId === a || v.packId === b)).toEqual([a1, a2, b1]);
    });

    it('refuses a second version with the same pack id and version: "exists", and the stored row is unchanged', async () => {
      const id = unique('cn-conflict');
      const first = draft(id);
      expect(await store.insertVersion(first)).toBe('inserted');
      const second = draft(id, { document: { changed: true }, contentHash: 'b'.repeat(64), status: 'published', effectiveFrom: '2026-01-01' });
      expect(await store.insertVersion(second)).toBe('exists');
      expect(await store.getVersion(id, '1.0.0')).toEqual(first);
      expect(await store.listVersions(id)).toHaveLength(1);
    });

    it('publishes a draft: sets status, effectiveFrom and publishedAt, and returns the published version', async () => {
      const id = unique('cn-publish');
      const version = draft(id);
      await store.insertVersion(version);
      const published = await store.publishVersion(id, '1.0.0', '2026-07-01', '2026-06-01T10:00:00.000Z');
      const expected = { ...version, status: 'published', effectiveFrom: '2026-07-01', publishedAt: '2026-06-01T10:00:00.000Z' };
      expect(published).toEqual(expected);
      expect(await store.getVersion(id, '1.0.0')).toEqual(expected);
    });

    it('never publishes twice: a published version is not found as a draft and does not change', async () => {
      const id = unique('cn-twice');
      await store.insertVersion(draft(id));
      const published = await store.publishVersion(id, '1.0.0', '2026-07-01', '2026-06-01T10:00:00.000Z');
      expect(await store.publishVersion(id, '1.0.0', '2027-01-01', '2026-12-01T10:00:00.000Z')).toBeUndefined();
      expect(await store.getVersion(id, '1.0.0')).toEqual(published);
      expect(await store.publishVersion(unique('cn-unknown'), '1.0.0', '2026-07-01', '2026-06-01T10:00:00.000Z')).toBeUndefined();
    });

    it('rejects a status outside the CHECK constraint instead of reporting it as "exists"', async () => {
      const bad = draft(unique('cn-bad'), { status: 'withdrawn' as StoredPackVersion['status'] });
      await expect(store.insertVersion(bad)).rejects.toThrow();
      expect(await store.getVersion(bad.packId, bad.version)).toBeUndefined();
    });
  });
});
