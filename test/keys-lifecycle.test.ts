// Issue 10, hole 9: keys can be listed, revoked, rotated (a new secret, the old one stops working) and can expire;
// an expired key is refused with 401 saying so. Every change is audited, and keys stay hashed at rest. On SQLite
// and PostgreSQL (PGlite) alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, expiryOfDate, generateApiKey, hashApiKey, listApiKeys, revokeApiKey, rotateApiKey } from '../adapters/storage/api-keys.js';
import { bearer, makeApp } from './support/api.js';
import { cityPack, dayFromToday } from './support/bureau-packs.js';

for (const url of [':memory:', 'pglite://memory']) {
  describe(`key lifecycle (${url})`, () => {
    let api: Awaited<ReturnType<typeof makeApp>>;
    beforeAll(async () => {
      api = await makeApp(url);
    }, 60_000);
    afterAll(async () => {
      await api.store.close();
    });

    const draft = (key: string, id: string) => api.call('POST', '/v1/packs', cityPack(id, '510700', 'cn-sichuan'), bearer(key));

    it('lists keys with their state, never a key or its hash', async () => {
      const { key, record } = await createApiKey(api.store, { name: 'Mianyang', jurisdictionCode: '510700', expires: dayFromToday(30) });
      expect(record.expiresAt).toBe(expiryOfDate(dayFromToday(30)));
      const listed = (await listApiKeys(api.store)).find((k) => k.id === record.id);
      expect(listed).toMatchObject({ id: record.id, name: 'Mianyang', jurisdictionCode: '510700', prefix: key.slice(0, 10), state: 'active', expiresAt: record.expiresAt });
      expect(JSON.stringify(listed)).not.toContain(key);
      expect(listed).not.toHaveProperty('keyHash');
    });

    it('a revoked key is refused with 401 saying it was revoked; the revocation is audited', async () => {
      const { key, record } = await createApiKey(api.store, { name: 'to revoke', jurisdictionCode: '510000' });
      expect((await draft(key, 'cn-sichuan-mianyang-a')).status).toBe(201);
      const revoked = await revokeApiKey(api.store, record.id, { reason: 'the bureau lost it' });
      expect(revoked.revokedAt).not.toBeNull();
      const res = await draft(key, 'cn-sichuan-mianyang-b');
      expect(res.status).toBe(401);
      expect(res.json.error.message).toMatch(/revoked/);
      const audit = await api.store.listAudit(5);
      expect(audit.find((a) => a.action === 'key-revoke')).toMatchObject({ actor: null, outcome: 'revoked', detail: { keyId: record.id, reason: 'the bureau lost it' } });
      await expect(revokeApiKey(api.store, record.id)).rejects.toThrow(/already revoked/);
      await expect(rotateApiKey(api.store, record.id)).rejects.toThrow(/revoked/);
      await expect(revokeApiKey(api.store, 'no-such-key')).rejects.toThrow(/no key/);
    });

    it('a rotated key: the new secret works, the old one is refused, the id stays; audited, hashed at rest', async () => {
      const { key: old, record } = await createApiKey(api.store, { name: 'to rotate', jurisdictionCode: '510000' });
      const { key: fresh, record: rotated } = await rotateApiKey(api.store, record.id);
      expect(fresh).not.toBe(old);
      expect(rotated.id).toBe(record.id);
      expect(rotated.keyHash).toBe(hashApiKey(fresh));
      expect(await api.store.findKeyByHash(hashApiKey(old))).toBeUndefined();
      expect((await draft(old, 'cn-sichuan-mianyang-c')).status).toBe(401);
      expect((await draft(fresh, 'cn-sichuan-mianyang-c')).status).toBe(201);
      const [row] = (await api.store.listAudit(5)).filter((a) => a.action === 'key-rotate');
      expect(row).toMatchObject({ actor: null, outcome: 'rotated', detail: { keyId: record.id, prefix: fresh.slice(0, 10), previousPrefix: old.slice(0, 10) } });
      expect(JSON.stringify(row)).not.toContain(fresh);
    });

    it('an expired key is refused with 401 saying when it expired, and the refusal is audited', async () => {
      const { key, record } = generateApiKey();
      const expiresAt = expiryOfDate(dayFromToday(-2));
      await api.store.insertKey({ ...record, name: 'expired', jurisdictionCode: '510000', createdAt: new Date(0).toISOString(), revokedAt: null, expiresAt });
      const res = await draft(key, 'cn-sichuan-mianyang-d');
      expect(res.status).toBe(401);
      expect(res.json.error.message).toMatch(/expired/);
      expect(res.json.error.message).toContain(dayFromToday(-2));
      const [row] = await api.store.listAudit(1);
      expect(row).toMatchObject({ action: 'refuse', outcome: '401', detail: { refusal: { reason: 'expired-key', keyId: record.id } } });
      expect((await listApiKeys(api.store)).find((k) => k.id === record.id)?.state).toBe('expired');
      // Rotating gives it a new secret and, with a new date, a new life.
      await expect(rotateApiKey(api.store, record.id)).rejects.toThrow(/expired/);
      const { key: renewed } = await rotateApiKey(api.store, record.id, { expires: dayFromToday(10) });
      expect((await draft(renewed, 'cn-sichuan-mianyang-d')).status).toBe(201);
    });

    it('a key cannot be made to expire before today', async () => {
      await expect(createApiKey(api.store, { name: 'past', jurisdictionCode: '510000', expires: dayFromToday(-1) })).rejects.toThrow(/before today/);
    });
  });
}

describe('expiryOfDate', () => {
  it('a key given a date works through that day, China time: it expires at the next midnight in China', () => {
    expect(expiryOfDate('2027-06-30')).toBe('2027-06-30T16:00:00.000Z');
  });
});
