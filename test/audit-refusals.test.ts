// Issue 10, hole 10: every refused write is audited, with the request id the response carries: malformed JSON
// (400), a body over the limit (413), the wrong media type (415), a request that does not match the route's
// schema (422) and an internal error (500). What an audit row keeps of the request is bounded and sanitized.
import { describe, expect, it } from 'vitest';
import type { AuditEntry, Store } from '../adapters/storage/store.js';
import { bearer } from './support/api.js';
import { hardenedApp } from './support/hardened-app.js';

const refusalsOf = async (store: Store) => (await store.listAudit(1000)).filter((a) => a.action === 'refuse');
const detailOf = (entry: AuditEntry | undefined) => entry?.detail as Record<string, unknown> | undefined;
const PUBLISH = '/v1/packs/cn-sichuan-chengdu/versions/1.0.0/publish';

describe('refused writes are audited with the request id', () => {
  it('malformed JSON on POST /v1/packs (400), with the key that sent it', async () => {
    const { call, store, keyFor } = await hardenedApp();
    const key = await keyFor('510000');
    const res = await call('POST', '/v1/packs', { body: '{"id": "cn-sichuan-x", ', headers: bearer(key) });
    expect(res.status).toBe(400);
    const [entry] = await refusalsOf(store);
    expect(entry).toMatchObject({ action: 'refuse', outcome: '400' });
    expect(entry?.actor).toEqual(expect.any(String));
    expect(detailOf(entry)).toMatchObject({ requestId: res.headers.get('x-request-id'), method: 'POST', path: '/v1/packs', code: 'invalid_json' });
  });

  it('a body over the limit (413) and the wrong media type (415)', async () => {
    const { call, store } = await hardenedApp({ bodyLimitBytes: 2048 });
    const big = await call('POST', '/v1/packs', { body: JSON.stringify({ id: 'x'.repeat(5000) }) });
    expect(big.status).toBe(413);
    const text = await call('POST', PUBLISH, { body: 'effectiveFrom=2027-01-01', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    const [unsupported, tooLarge] = await refusalsOf(store);
    expect(tooLarge).toMatchObject({ outcome: '413', actor: null, packId: null });
    expect(detailOf(tooLarge)).toMatchObject({ requestId: big.headers.get('x-request-id'), code: 'too_large' });
    expect(unsupported).toMatchObject({ outcome: '415', packId: 'cn-sichuan-chengdu', version: '1.0.0' });
    expect(detailOf(unsupported)).toMatchObject({ requestId: text.headers.get('x-request-id') });
  });

  it('a publication whose body does not match the schema (422)', async () => {
    const { call, store, keyFor } = await hardenedApp();
    const res = await call('POST', PUBLISH, { body: { effectiveFrom: 'next tuesday' }, headers: bearer(await keyFor('510000')) });
    expect(res.status).toBe(422);
    const [entry] = await refusalsOf(store);
    expect(entry).toMatchObject({ outcome: '422', packId: 'cn-sichuan-chengdu', version: '1.0.0' });
    expect(detailOf(entry)).toMatchObject({ requestId: res.headers.get('x-request-id'), code: 'invalid_request' });
  });

  it('an internal error (500) on a write', async () => {
    const { call, store, keyFor } = await hardenedApp((store) => ({
      store: { ...store, getVersion: async () => Promise.reject(new Error('the disk caught fire')) } as Store,
    }));
    const res = await call('POST', PUBLISH, { body: { effectiveFrom: '2027-01-01' }, headers: bearer(await keyFor('510000')) });
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('disk');
    const [entry] = await refusalsOf(store);
    expect(entry).toMatchObject({ outcome: '500', packId: 'cn-sichuan-chengdu' });
    expect(detailOf(entry)).toMatchObject({ requestId: res.headers.get('x-request-id'), code: 'internal' });
  });

  it('keeps a bounded, sanitized trace of what an unauthenticated request sent', async () => {
    const { call, store } = await hardenedApp();
    const id = encodeURIComponent(`\u202e\u0000${'a'.repeat(20_000)}`);
    const res = await call('POST', `/v1/packs/${id}/versions/${'9'.repeat(5000)}/publish`, { body: { effectiveFrom: 'x' } });
    expect(res.status).toBe(422);
    const [entry] = await refusalsOf(store);
    expect(entry?.outcome).toBe('422');
    const row = JSON.stringify(entry);
    expect(row.length).toBeLessThan(3000);
    for (const unsafe of ['\u202e', '\u0000', '\\u0000', '\\u202e']) expect(row).not.toContain(unsafe);
    expect((entry?.packId ?? '').length).toBeLessThanOrEqual(100);
  });

  it('a refusal the publishing workflow audits is audited once; dry runs and answers are not audited', async () => {
    const { call, store } = await hardenedApp();
    expect((await call('POST', '/v1/packs', { body: { id: 'cn-sichuan-x' } })).status).toBe(401);
    expect((await call('POST', '/v1/packs/validate', { body: '{nope' })).status).toBe(400);
    expect((await call('POST', '/v1/evaluate', { body: '{nope' })).status).toBe(400);
    expect((await refusalsOf(store)).map((a) => a.outcome)).toEqual(['401']);
  });
});
