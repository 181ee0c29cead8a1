// Issue 10, hole 11: the registry reloaded every version with its whole document every 5 seconds. Now it reads the
// list of versions without documents (an index-only read), fetches only the documents it has not got, keeps the
// versions it has (and so their compiled chains), and bureaus hold a bounded number of drafts per jurisdiction.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PackRegistry } from '../app/registry.js';
import { seedShipped } from '../app/seed-shipped.js';
import { StoreSource } from '../app/store-source.js';
import { contentHash } from '../app/content-hash.js';
import { packFolders } from '../adapters/files/pack-folders.js';
import { openStore } from '../adapters/storage/open-store.js';
import type { Store, StoredPackVersion } from '../adapters/storage/store.js';
import { bearer } from './support/api.js';
import { hardenedApp } from './support/hardened-app.js';

const CHENGDU = JSON.parse(readFileSync('test/fixtures/city-packs/cn-sichuan-chengdu/pack.json', 'utf8')) as Record<string, unknown>;
const JINING = JSON.parse(readFileSync('policies/cn-shandong-jining/pack.json', 'utf8')) as Record<string, unknown>;

function draftOf(document: Record<string, unknown>, version: string): StoredPackVersion {
  const doc = { ...document, version } as Record<string, unknown>;
  return {
    packId: doc.id as string,
    version,
    jurisdictionCode: (doc.jurisdiction as { code: string }).code,
    status: 'draft',
    document: doc,
    contentHash: contentHash(doc),
    effectiveFrom: null,
    createdAt: new Date().toISOString(),
    publishedAt: null,
    source: 'api',
    createdBy: null,
  };
}

/** The store, counting the reads that return documents. */
async function countingStore() {
  const store = await openStore(':memory:');
  await seedShipped(store, packFolders([]));
  const reads = { listVersions: 0, getVersion: [] as string[] };
  const counting: Store = {
    ...store,
    listVersions: (packId) => {
      reads.listVersions++;
      return store.listVersions(packId);
    },
    getVersion: (packId, version) => {
      reads.getVersion.push(`${packId}@${version}`);
      return store.getVersion(packId, version);
    },
  };
  const reset = () => {
    reads.listVersions = 0;
    reads.getVersion = [];
  };
  return { store, counting, reads, reset };
}

describe('the registry reloads only what changed', () => {
  it('reads no document when nothing changed, and keeps the versions it holds', async () => {
    const { counting, reads, reset } = await countingStore();
    const registry = new PackRegistry(new StoreSource(counting));
    await registry.refresh();
    const before = registry.versionsOf('cn-chongqing');
    reset();
    await registry.refresh();
    await registry.refresh();
    expect(reads).toEqual({ listVersions: 0, getVersion: [] });
    const after = registry.versionsOf('cn-chongqing');
    expect(after).toHaveLength(before.length);
    after.forEach((v, i) => expect(v).toBe(before[i]));
  });

  it('fetches the document of a new draft only, and none when a draft is published', async () => {
    const { store, counting, reads, reset } = await countingStore();
    const registry = new PackRegistry(new StoreSource(counting));
    await registry.refresh();
    await store.insertVersion(draftOf(CHENGDU, '1.0.0'));
    reset();
    await registry.refresh();
    expect(reads).toEqual({ listVersions: 0, getVersion: ['cn-sichuan-chengdu@1.0.0'] });
    expect(registry.versionsOf('cn-sichuan-chengdu').map((v) => v.status)).toEqual(['draft']);
    await store.publishVersion('cn-sichuan-chengdu', '1.0.0', '2027-01-01', new Date().toISOString());
    reset();
    await registry.refresh();
    expect(reads).toEqual({ listVersions: 0, getVersion: [] });
    expect(registry.versionsOf('cn-sichuan-chengdu').map((v) => [v.status, v.effectiveFrom])).toEqual([['published', '2027-01-01']]);
    const resolved = registry.resolve('cn-sichuan-chengdu', '2027-02-01');
    expect(resolved.kind === 'ok' && resolved.resolved.chain.map((l) => l.id)).toEqual(['cn-national', 'cn-sichuan', 'cn-sichuan-chengdu']);
  });

  it('answers concurrent refreshes with at most two reads of the list', async () => {
    const { store } = await countingStore();
    let lists = 0;
    const counting: Store = {
      ...store,
      listVersions: (packId) => (lists++, store.listVersions(packId)),
      listVersionHeads: () => (lists++, store.listVersionHeads()),
    };
    const registry = new PackRegistry(new StoreSource(counting));
    await registry.refresh();
    lists = 0;
    await Promise.all(Array.from({ length: 10 }, () => registry.refresh()));
    expect(lists).toBeLessThanOrEqual(2);
  });
});

describe('drafts per jurisdiction are capped', () => {
  it('refuses a draft past the cap (409, audited); other jurisdictions and publications free a place', async () => {
    const { call, store, keyFor } = await hardenedApp({ maxDraftsPerJurisdiction: 2 });
    const sichuan = bearer(await keyFor('510000'));
    const draft = (doc: Record<string, unknown>, version: string, key: Record<string, string>) => call('POST', '/v1/packs', { body: { ...doc, version }, headers: key });
    expect((await draft(CHENGDU, '1.0.0', sichuan)).status).toBe(201);
    expect((await draft(CHENGDU, '1.0.1', sichuan)).status).toBe(201);
    const third = await draft(CHENGDU, '1.0.2', sichuan);
    expect(third.status).toBe(409);
    expect(third.json.error.code).toBe('too_many_drafts');
    expect(third.json.error.message).toContain('2');
    const [audited] = (await store.listAudit()).filter((a) => a.action === 'refuse');
    expect(audited).toMatchObject({ outcome: '409', packId: 'cn-sichuan-chengdu', version: '1.0.2' });
    expect((await draft(JINING, '9.0.0', bearer(await keyFor('370800')))).status).toBe(201);
    const published = await call('POST', '/v1/packs/cn-sichuan-chengdu/versions/1.0.0/publish', { body: { effectiveFrom: '2027-01-01' }, headers: sichuan });
    expect(published.status).toBe(200);
    expect((await draft(CHENGDU, '1.0.2', sichuan)).status).toBe(201);
  });
});
