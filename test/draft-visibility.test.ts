// Issue 10, hole 7: a draft is seen only by keys of its jurisdiction (and of the divisions containing it); published
// versions are public. The API shows a bearer key its drafts; the pages show published versions only. Bidi
// controls and NUL are taken out of what a bureau or an operator names: pack documents and key names.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../adapters/storage/api-keys.js';
import { bearer, makeApp } from './support/api.js';
import { cityPack } from './support/bureau-packs.js';

const MIANYANG = cityPack('cn-sichuan-mianyang', '510700', 'cn-sichuan', { title: { zh: '绵阳草案\u202e标题', en: 'Mianyang draft\u0000 \u2066title\u2069' } });
const SICHUAN_2 = { ...cityPack('cn-sichuan', '510000', 'cn-national'), version: '9.0.0', title: { zh: '四川草案二', en: 'Sichuan draft two' } };

let api: Awaited<ReturnType<typeof makeApp>>;
const keys: Record<string, string> = {};
beforeAll(async () => {
  api = await makeApp();
  for (const code of ['000000', '500000', '510000', '510700', '510100']) keys[code] = await api.keyFor(code);
  expect((await api.call('POST', '/v1/packs', MIANYANG, bearer(keys['510000'] as string))).status).toBe(201);
  expect((await api.call('POST', '/v1/packs', SICHUAN_2, bearer(keys['510000'] as string))).status).toBe(201);
});

const list = async (key?: string) => {
  const res = await api.call('GET', '/v1/packs', undefined, key ? bearer(key) : {});
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.packs as { id: string; title: { en: string }; versions: { version: string; status: string }[] }[];
};

describe('GET /v1/packs', () => {
  it('without a key lists no draft: neither a pack only drafted nor a draft version of a published pack', async () => {
    const packs = await list();
    expect(packs.map((p) => p.id)).not.toContain('cn-sichuan-mianyang');
    const sichuan = packs.find((p) => p.id === 'cn-sichuan');
    expect(sichuan?.versions.map((v) => v.version)).not.toContain('9.0.0');
    expect(sichuan?.title.en).not.toBe('Sichuan draft two');
    expect(JSON.stringify(packs)).not.toMatch(/draft/);
  });

  it('a key of another province sees no draft either', async () => {
    const packs = await list(keys['500000']);
    expect(packs.map((p) => p.id)).not.toContain('cn-sichuan-mianyang');
    expect(JSON.stringify(packs)).not.toContain('9.0.0');
  });

  it('keys of the draft’s jurisdiction, of a division containing it, and the national key see the drafts', async () => {
    for (const code of ['510000', '510700', '000000']) {
      const packs = await list(keys[code]);
      const mianyang = packs.find((p) => p.id === 'cn-sichuan-mianyang');
      expect(mianyang?.versions, code).toEqual([expect.objectContaining({ version: '1.0.0', status: 'draft' })]);
    }
    const sichuan = (await list(keys['510000'])).find((p) => p.id === 'cn-sichuan');
    expect(sichuan?.versions.map((v) => v.version)).toContain('9.0.0');
  });

  it('a Chengdu key sees Sichuan’s published versions but not Sichuan’s or Mianyang’s drafts', async () => {
    const packs = await list(keys['510100']);
    expect(packs.map((p) => p.id)).not.toContain('cn-sichuan-mianyang');
    expect(packs.find((p) => p.id === 'cn-sichuan')?.versions.map((v) => v.version)).not.toContain('9.0.0');
  });

  it('an unknown key is refused (401), not shown the public list as if it were valid', async () => {
    expect((await api.call('GET', '/v1/packs', undefined, bearer('tz_forged'))).status).toBe(401);
  });
});

describe('GET /v1/packs/{id}', () => {
  it('a pack only drafted is unknown to the public (404); draft versions are listed to a key of their jurisdiction only', async () => {
    const res = await api.call('GET', '/v1/packs/cn-sichuan-mianyang');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('Mianyang draft');
    const sichuan = await api.call('GET', '/v1/packs/cn-sichuan');
    expect(sichuan.json.versions.map((v: any) => v.version)).not.toContain('9.0.0');
    const withKey = await api.call('GET', '/v1/packs/cn-sichuan', undefined, bearer(keys['510000'] as string));
    expect(withKey.json.versions.map((v: any) => v.version)).toContain('9.0.0');
  });
});

describe('the pages show published versions only', () => {
  it('/packs lists no pack only drafted', async () => {
    const page = await api.call('GET', '/packs?lang=en');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('cn-sichuan-mianyang');
    expect(page.text).not.toContain('Mianyang draft');
    expect(page.text).not.toContain('Sichuan draft two');
  });

  it('/packs/{id} lists no draft version, and a pack only drafted is not found', async () => {
    const page = await api.call('GET', '/packs/cn-sichuan?lang=en');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('9.0.0');
    expect((await api.call('GET', '/packs/cn-sichuan-mianyang?lang=en')).status).toBe(404);
  });

  it('the organizer’s choice of packs names no pack only drafted', async () => {
    const page = await api.call('GET', '/?lang=en');
    expect(page.text).not.toContain('cn-sichuan-mianyang');
    expect(page.text).not.toContain('Mianyang draft');
  });
});

describe('bidi controls and NUL are taken out of names on input', () => {
  it('a submitted pack is stored without them (its title, and every other string)', async () => {
    const stored = await api.store.getVersion('cn-sichuan-mianyang', '1.0.0');
    const doc = stored?.document as { title: { zh: string; en: string } };
    expect(doc.title).toEqual({ zh: '绵阳草案标题', en: 'Mianyang draft title' });
  });

  it('a key’s name is stored without them', async () => {
    const { record } = await createApiKey(api.store, { name: '\u202eChengdu\u0000 bureau\u200f', jurisdictionCode: '510100' });
    expect(record.name).toBe('Chengdu bureau');
  });
});

describe('cleanStrings', () => {
  it('cleans every string and key however deep, keeps "__proto__" an own key, and never overflows the stack', async () => {
    const { cleanStrings } = await import('../app/safe-text.js');
    const parsed = JSON.parse('{"__proto__": {"a\\u202e": "b\\u0000"}, "list": ["x\\u2066", 1, null, true]}');
    const cleaned = cleanStrings(parsed);
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(cleaned, '__proto__')?.value).toEqual({ a: 'b' });
    expect(cleaned.list).toEqual(['x', 1, null, true]);
    let deep: unknown = 'bottom\u202e';
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { n: deep };
    let inner: any = cleanStrings(deep);
    for (let i = 0; i < 100_000; i++) inner = Array.isArray(inner) ? inner[0] : inner.n;
    expect(inner).toBe('bottom');
  });
});
