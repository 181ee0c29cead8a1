// What the route fuzzer (test/fuzz-routes.test.ts) found answering 500, each request as it found it:
// - /docs/assets/__proto__ (and constructor, toString...): the assets were looked up in a plain object, so a name of
//   Object.prototype's found a member and the file was read from disk;
// - /reports?event=... with a field that is an object: String() of {"toString": 1} throws (and JSON text of one
//   nested 10,000 deep overflows the stack);
// - on PostgreSQL, a NUL in an id or a version of the path (GET /v1/decisions/%00, a replay, a publication): text
//   cannot hold NUL, so the query failed instead of finding nothing.
import { describe, expect, it } from 'vitest';
import { bearer, isErrorShape, makeApp } from './support/api.js';
import { SLOW_MS } from './support/store.js';

describe('GET /docs/assets/{file}', () => {
  it('a name of Object.prototype’s is not an asset: 404 with the error shape', async () => {
    const api = await makeApp();
    for (const file of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const res = await api.call('GET', `/docs/assets/${file}`);
      expect(res.status, `${file}: ${res.text}`).toBe(404);
      expect(isErrorShape(res.json)).toBe(true);
    }
    expect((await api.call('GET', '/docs/assets/swagger-ui.css')).status).toBe(200);
  });
});

describe('GET /reports with an event in the address', () => {
  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;

  it('a field that is an object or a list (even 10,000 deep) is left out of the form, not a 500', async () => {
    const api = await makeApp();
    for (const event of ['{"kind":{"toString":1}}', '{"attendees":{"toString":"x","valueOf":"y"}}', '{"organizer":{"type":{"toString":1}}}', `{"kind":${deep}}`]) {
      const res = await api.call('GET', `/reports?kind=compare&packs=cn-chongqing&packs=cn-sichuan&event=${encodeURIComponent(event)}`);
      expect(res.status, event.slice(0, 60)).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
    }
    const kept = await api.call('GET', `/reports?event=${encodeURIComponent('{"kind":"forum","attendees":{"toString":1}}')}`);
    expect(kept.text).toMatch(/<option value="forum" selected/);
  });
});

describe('a NUL in an id or a version of the path, on PostgreSQL', () => {
  it(
    'finds nothing (404), as on SQLite, instead of failing the query (500)',
    async () => {
      const api = await makeApp('pglite://memory');
      const key = await api.keyFor('500000');
      const asked: [string, string, unknown?, Record<string, string>?][] = [
        ['GET', '/v1/decisions/%00'],
        ['GET', '/v1/decisions/a%00b'],
        ['POST', '/v1/decisions/%00/replay', {}],
        ['POST', '/v1/packs/cn-chongqing%00/versions/1.1.0/publish', { effectiveFrom: '2099-01-01' }, bearer(key)],
        ['POST', '/v1/packs/cn-chongqing/versions/1.1.0%00/publish', { effectiveFrom: '2099-01-01' }, bearer(key)],
      ];
      for (const [method, path, body, headers] of asked) {
        const res = await api.call(method, path, body, headers);
        expect(res.status, `${method} ${path}: ${res.text}`).toBe(404);
        expect(isErrorShape(res.json)).toBe(true);
      }
      expect(await api.store.getVersion('cn-chongqing\u0000', '1.1.0')).toBeUndefined();
      expect(await api.store.listVersions('cn-chongqing\u0000')).toEqual([]);
      await api.store.close();
    },
    SLOW_MS,
  );
});
