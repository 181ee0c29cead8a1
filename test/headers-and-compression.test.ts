// Issue 10, hole 12: a Content-Security-Policy on every answer (the pages have no inline script and may run
// none; /docs gets the policy Swagger UI needs; the self-contained report pages their own), strong ETags for
// published pack versions (304 on If-None-Match), and compression of answers over 1 KB except streamed batches.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hardenedApp, SMALL_EVALUATION } from './support/hardened-app.js';

const directives = (csp: string | null) => new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe('Content-Security-Policy', () => {
  it('the pages may run no inline script, and have none', async () => {
    const { call } = await hardenedApp();
    for (const path of ['/', '/?lang=en&pack=cn-chongqing', '/packs', '/packs/cn-chongqing', '/reports', '/packs/cn-chongqing/rules/duty.complete-neutralization']) {
      const res = await call('GET', path);
      expect(res.status, path).toBe(200);
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('default-src'), path).toEqual(["'self'"]);
      expect(csp.get('script-src'), path).toEqual(["'self'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), path).toEqual(["'self'"]);
      expect(res.text, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(res.text, path).not.toMatch(/\son[a-z]+\s*=/i);
      expect(res.text, path).not.toMatch(/javascript:/i);
    }
  });

  it('/docs allows its own scripts and styles, data: images (Swagger UI\'s icons), and nothing from elsewhere', async () => {
    const { call } = await hardenedApp();
    const csp = directives((await call('GET', '/docs')).headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('a report page (inline style, no script) and the JSON API have policies of their own', async () => {
    const { call } = await hardenedApp();
    const report = await call('GET', '/v1/reports/matrix?packs=cn-chongqing&format=html');
    expect(report.status).toBe(200);
    const csp = directives(report.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(csp.get('script-src')).toBeUndefined();
    const json = await call('GET', '/v1/packs');
    expect(directives(json.headers.get('content-security-policy')).get('default-src')).toEqual(["'none'"]);
  });
});

describe('published pack versions', () => {
  it('are served with a strong ETag (their content hash) and answer 304 to If-None-Match', async () => {
    const { call, registry } = await hardenedApp();
    const version = registry.versionsOf('cn-chongqing').find((v) => v.version === '1.1.0');
    const path = '/v1/packs/cn-chongqing/versions/1.1.0';
    const res = await call('GET', path);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: 'cn-chongqing', version: '1.1.0', status: 'published', contentHash: version?.contentHash });
    expect(res.json.document).toEqual(version?.document);
    const etag = res.headers.get('etag');
    expect(etag).toBe(`"${version?.contentHash}"`);
    expect(res.headers.get('cache-control')).toContain('immutable');
    const again = await call('GET', path, { headers: { 'if-none-match': etag as string } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await call('GET', path, { headers: { 'if-none-match': '"something-else"' } })).status).toBe(200);
    expect((await call('GET', '/v1/packs/cn-chongqing/versions/0.0.9')).status).toBe(404);
  });

  it('compressed, keep a strong ETag of their own that If-None-Match also matches', async () => {
    const { call } = await hardenedApp();
    const path = '/v1/packs/cn-chongqing/versions/1.1.0';
    const res = await hardenedResponse(call, path, { 'accept-encoding': 'gzip' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const etag = res.headers.get('etag') as string;
    expect(etag).toMatch(/^"[0-9a-f]{64}-gzip"$/);
    expect((await call('GET', path, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } })).status).toBe(304);
  });
});

async function hardenedResponse(call: Awaited<ReturnType<typeof hardenedApp>>['call'], path: string, headers: Record<string, string>) {
  return call('GET', path, { headers });
}

describe('compression', () => {
  it('compresses pages, JSON and the /docs assets over 1 KB for a client that accepts gzip', async () => {
    const { app } = await hardenedApp();
    for (const path of ['/', '/packs', '/v1/packs', '/docs/assets/swagger-ui-bundle.js', '/docs/assets/swagger-ui.css', '/assets/site.css', '/openapi.json']) {
      const res = await app.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      expect(res.headers.get('vary'), path).toMatch(/accept-encoding/i);
      const body = gunzipSync(Buffer.from(await res.arrayBuffer()));
      expect(body.length, path).toBeGreaterThan(1024);
    }
    const plain = await app.request('/v1/packs');
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('leaves small answers and streamed batches as they are', async () => {
    const { app } = await hardenedApp();
    const small = await app.request('/livez', { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    const events = Array.from({ length: 50 }, () => SMALL_EVALUATION.event);
    const batch = await app.request('/v1/evaluate/batch', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ pack: 'cn-chongqing', events }),
    });
    expect(batch.status).toBe(200);
    expect(batch.headers.get('content-encoding')).toBeNull();
    expect((await batch.text()).trim().split('\n')).toHaveLength(50);
  });
});
