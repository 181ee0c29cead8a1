// Issue 10, hole 1: the routes that evaluate or validate are limited per client (a token bucket: a burst, then a
// steady rate), 429 with Retry-After past the limit. A client is the remote address, or the first X-Forwarded-For
// hop when the server is told it sits behind a proxy (TRUST_PROXY).
import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../server/middleware/rate-limit.js';
import { hardenedApp, SMALL_EVALUATION } from './support/hardened-app.js';
import { isErrorShape } from './support/api.js';

const VALIDATE_BODY = { id: 'x' };
const COMPARE_BODY = { packs: ['cn-chongqing', 'cn-sichuan'], event: SMALL_EVALUATION.event };

describe('rate limit per client', () => {
  it('answers 429 with Retry-After past the burst; another client and the read routes are not affected', async () => {
    const { call } = await hardenedApp({ rateLimit: { perMinute: 60, burst: 3 } });
    const from = (remote: string) => () => call('POST', '/v1/evaluate', { body: SMALL_EVALUATION, remote });
    const first = from('198.51.100.1');
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await first()).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await first();
    expect(refused.status).toBe(429);
    expect(isErrorShape(refused.json)).toBe(true);
    expect(refused.json.error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await from('198.51.100.2')()).status).toBe(200);
    expect((await call('GET', '/v1/packs', { remote: '198.51.100.1' })).status).toBe(200);
  });

  it('limits POST /v1/packs/validate, /v1/compare and /v1/evaluate/batch from the same bucket', async () => {
    const { call } = await hardenedApp({ rateLimit: { perMinute: 60, burst: 2 } });
    const remote = '198.51.100.3';
    // The pack is not valid (its problems are the answer): what counts is that it was not refused.
    expect((await call('POST', '/v1/packs/validate', { body: VALIDATE_BODY, remote })).status).not.toBe(429);
    expect((await call('POST', '/v1/compare', { body: COMPARE_BODY, remote })).status).toBe(200);
    const batch = await call('POST', '/v1/evaluate/batch', { body: { pack: 'cn-chongqing', events: [SMALL_EVALUATION.event] }, remote });
    expect(batch.status).toBe(429);
    expect((await call('POST', '/v1/packs/validate', { body: VALIDATE_BODY, remote })).status).toBe(429);
  });

  it('limits what a stranger can keep or compute without a key: opening cases (API and page), writes on a case, estimates, lint', async () => {
    const { call } = await hardenedApp({ rateLimit: { perMinute: 60, burst: 1 } });
    const opened = await call('POST', '/v1/cases', { body: { pack: 'cn-chongqing', event: SMALL_EVALUATION.event }, remote: '198.51.100.20' });
    expect(opened.status).toBe(201);
    // The bucket is spent: the next opening, through the API or the page's form, is refused before anything is kept.
    const again = await call('POST', '/v1/cases', { body: { pack: 'cn-chongqing', event: SMALL_EVALUATION.event }, remote: '198.51.100.20' });
    expect(again.status).toBe(429);
    expect(again.json.error.code).toBe('rate_limited');
    const page = await call('POST', '/cases', { body: 'pack=cn-chongqing', headers: { 'content-type': 'application/x-www-form-urlencoded' }, remote: '198.51.100.20' });
    expect(page.status).toBe(429);
    const caseWrite = await call('POST', `/v1/cases/${opened.json.case.id}/emissions`, { body: {}, remote: '198.51.100.20', headers: { authorization: `Bearer ${opened.json.token}` } });
    expect(caseWrite.status).toBe(429);
    for (const [path, remote] of [['/v1/estimate', '198.51.100.21'], ['/v1/packs/lint', '198.51.100.22'], ['/v1/estimate/participant', '198.51.100.23']] as const) {
      expect((await call('POST', path, { body: {}, remote })).status).not.toBe(429);
      expect((await call('POST', path, { body: {}, remote })).status).toBe(429);
    }
    // The case stays readable by its owner: reads are not limited.
    expect((await call('GET', `/v1/cases/${opened.json.case.id}`, { remote: '198.51.100.20', headers: { authorization: `Bearer ${opened.json.token}` } })).status).toBe(200);
  });

  it('does not believe X-Forwarded-For unless TRUST_PROXY is set: one socket address is one client', async () => {
    const { call } = await hardenedApp({ rateLimit: { perMinute: 60, burst: 2 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await call('POST', '/v1/evaluate', { body: SMALL_EVALUATION, remote: '198.51.100.4', headers: { 'x-forwarded-for': `203.0.113.${i}` } })).status);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it('with TRUST_PROXY, the first X-Forwarded-For hop is the client', async () => {
    const { call } = await hardenedApp({ rateLimit: { perMinute: 60, burst: 1 }, trustProxy: true });
    const proxy = '10.0.0.9';
    const as = (xff: string) => call('POST', '/v1/evaluate', { body: SMALL_EVALUATION, remote: proxy, headers: { 'x-forwarded-for': xff } });
    expect((await as('203.0.113.10, 10.0.0.1')).status).toBe(200);
    expect((await as('203.0.113.10')).status).toBe(429);
    expect((await as('203.0.113.11, 203.0.113.10')).status).toBe(200);
  });
});

describe('the token buckets', () => {
  it('refill at the steady rate and say when the next request would be accepted', () => {
    const buckets = new TokenBuckets({ perMinute: 30, burst: 2 });
    expect(buckets.take('a', 0)).toEqual({ ok: true });
    expect(buckets.take('a', 0)).toEqual({ ok: true });
    expect(buckets.take('a', 0)).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(buckets.take('a', 1000)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take('a', 2000)).toEqual({ ok: true });
    expect(buckets.take('a', 2000)).toMatchObject({ ok: false });
    // A long pause refills up to the burst, never beyond.
    expect([0, 1, 2].map(() => buckets.take('a', 600_000).ok)).toEqual([true, true, false]);
  });

  it('keeps a bounded number of clients: the least recently seen are forgotten first', () => {
    const buckets = new TokenBuckets({ perMinute: 60, burst: 1, maxClients: 100 });
    for (let i = 0; i < 1000; i++) buckets.take(`client-${i}`, 0);
    expect(buckets.size).toBeLessThanOrEqual(100);
    expect(buckets.take('client-999', 0).ok).toBe(false);
  });
});
