// Issue 10, hole 2: a refused write cannot flood the audit trail. What a row keeps from a request (the pack id, the
// version, the path, the detail) is cut to a bound with a mark saying how much was cut, and control and bidi
// characters are removed, on SQLite and PostgreSQL (PGlite) alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_LIMITS, boundAuditEntry } from '../app/audit-bounds.js';
import { bearer, makeApp } from './support/api.js';

// eslint-disable-next-line no-control-regex -- control characters are what the test looks for
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

for (const url of [':memory:', 'pglite://memory']) {
  describe(`the audit trail keeps bounded, clean text from refused writes (${url})`, () => {
    let api: Awaited<ReturnType<typeof makeApp>>;
    beforeAll(async () => {
      api = await makeApp(url);
    }, 60_000);
    afterAll(async () => {
      await api.store.close();
    });

    it('a refused POST /v1/packs with a 1 MB id keeps at most 100 characters of it, marked as cut', async () => {
      const id = `cn-${'a'.repeat(1_000_000)}`;
      const res = await api.call('POST', '/v1/packs', { id, version: '1.0.0' });
      expect(res.status).toBe(401);
      const [row] = await api.store.listAudit(1);
      expect(row?.action).toBe('refuse');
      expect(row?.packId?.startsWith('cn-aaaa')).toBe(true);
      expect(row?.packId?.length).toBeLessThanOrEqual(AUDIT_LIMITS.id + 20);
      expect(row?.packId).toMatch(/…\[\+\d+ chars\]$/);
      expect(JSON.stringify(row).length).toBeLessThan(AUDIT_LIMITS.detailChars + 2000);
    });

    it('control and bidi characters (NUL, RLO, LRI) are removed from what a refusal keeps', async () => {
      const res = await api.call('POST', '/v1/packs', { id: 'cn-\u202eevil\u0000\u2066x\u001b[31m', version: '1.0.0\u200f\n' });
      expect(res.status).toBe(401);
      const [row] = await api.store.listAudit(1);
      expect(row?.packId).toBe('cn-evilx[31m');
      expect(row?.version).toBe('1.0.0');
      expect(JSON.stringify(row?.detail)).not.toMatch(CONTROL_OR_BIDI);
    });

    it('a refused invalid pack keeps a bounded detail, however many problems it had', async () => {
      const key = await api.keyFor('510000');
      const rules = Array.from({ length: 3000 }, (_, i) => ({ id: `rule-${i}-${'x'.repeat(200)}` }));
      const res = await api.call('POST', '/v1/packs', { id: 'cn-sichuan-flood', version: '1.0.0', rules }, bearer(key));
      expect(res.status).toBe(422);
      const [row] = await api.store.listAudit(1);
      expect(row?.action).toBe('refuse');
      expect(JSON.stringify(row?.detail).length).toBeLessThanOrEqual(AUDIT_LIMITS.detailChars);
    });
  });
}

describe('boundAuditEntry', () => {
  it('keeps what is short and clean as it is', () => {
    const entry = { at: '2026-11-21T00:00:00.000Z', actor: 'k', action: 'draft' as const, packId: 'cn-sichuan-chengdu', version: '1.0.0', outcome: '201', detail: { contentHash: 'ab'.repeat(32), nested: [1, 2, { a: 'b' }] } };
    expect(boundAuditEntry(entry)).toEqual(entry);
  });

  it('cuts long arrays, deep nesting and long keys, never a surrogate pair in half', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 50; i++) deep = { next: deep };
    const bounded = boundAuditEntry({ at: 'x', actor: null, action: 'refuse', packId: '碳'.repeat(50) + '😀'.repeat(100), version: null, outcome: '422', detail: { list: Array.from({ length: 500 }, (_, i) => i), deep, ['k'.repeat(1000)]: 1 } });
    expect(bounded.packId).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    const detail = bounded.detail as { list: unknown[] };
    expect(detail.list.length).toBeLessThanOrEqual(AUDIT_LIMITS.items + 1);
    expect(detail.list.at(-1)).toMatch(/…\[\+\d+ more\]/);
    expect(JSON.stringify(bounded.detail)).toContain('…[nested]');
    expect(Object.keys(bounded.detail as object).every((k) => k.length <= AUDIT_LIMITS.key + 20)).toBe(true);
  });
});
