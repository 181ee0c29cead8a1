// Issue 14: Accept-Language chooses Chinese or English on a first visit; the switch (`lang` in the address) is
// remembered in a cookie and wins over the browser's languages on the next visit; no script does any of it.
import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferredLang } from '../server/pages/page-lang.js';
import { makeApp } from './support/api.js';

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp();
});
afterAll(async () => {
  await api?.store.close();
});

const langOfPage = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];

describe('the first visit', () => {
  it.each([
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['fr-FR, en;q=0.5', 'en'],
    ['zh-TW;q=0.4, en-GB;q=0.9', 'en'],
    ['de-DE', 'zh-CN'],
    ['', 'zh-CN'],
  ])('Accept-Language %j gives the page in %s', async (header, expected) => {
    for (const path of ['/', '/packs', '/reports', '/packs/cn-chongqing']) {
      const res = await api.call('GET', path, undefined, header ? { 'accept-language': header } : {});
      expect(res.status, path).toBe(200);
      expect(langOfPage(res.text), `${path} ${header}`).toBe(expected);
      // The answer depends on the browser's languages and the cookie: caches must know.
      expect(res.headers.get('vary') ?? '', path).toMatch(/Accept-Language/);
      expect(res.headers.get('vary') ?? '', path).toMatch(/Cookie/);
    }
  });
});

describe('the switch is remembered', () => {
  it('a lang in the address sets a cookie for the whole site, with no script', async () => {
    const res = await api.call('GET', '/packs?lang=en', undefined, { 'accept-language': 'zh-CN' });
    expect(langOfPage(res.text)).toBe('en');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lang=en;/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=\d{7,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(res.text).not.toMatch(/<script/i);
  });

  it('the remembered language wins over the browser’s on the next visit, and the address over both', async () => {
    const remembered = await api.call('GET', '/', undefined, { 'accept-language': 'zh-CN', cookie: 'lang=en' });
    expect(langOfPage(remembered.text)).toBe('en');
    expect(remembered.headers.get('set-cookie')).toBeNull();
    const switched = await api.call('GET', '/?lang=zh', undefined, { 'accept-language': 'en', cookie: 'lang=en' });
    expect(langOfPage(switched.text)).toBe('zh-CN');
    expect(switched.headers.get('set-cookie')).toMatch(/^lang=zh;/);
    // A cookie that is not a language is ignored, and the browser's choice stands.
    const odd = await api.call('GET', '/', undefined, { 'accept-language': 'en', cookie: 'lang=xx' });
    expect(langOfPage(odd.text)).toBe('en');
  });

  it('the switch link keeps the page and the query, with the other language', async () => {
    const res = await api.call('GET', '/packs/cn-chongqing?lang=zh&asOf=2026-06-01');
    const href = /<a href="([^"]+)"[^>]*id="lang-switch"/.exec(res.text)?.[1] ?? '';
    expect(href.replace(/&amp;/g, '&')).toBe('/packs/cn-chongqing?lang=en&asOf=2026-06-01');
  });
});

describe('preferredLang', () => {
  const tag = fc.constantFrom('zh', 'zh-CN', 'zh-Hans-CN', 'en', 'en-US', 'fr', 'de-DE', 'ja', '*');
  const q = fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), { nil: undefined });
  const entries = fc.array(fc.tuple(tag, q), { maxLength: 8 });
  const header = (list: [string, number | undefined][]) => list.map(([t, w]) => (w === undefined ? t : `${t};q=${w}`)).join(', ');

  test.prop([entries], { numRuns: 200 })('chooses the language with the highest quality (the first on a tie), or none', (list) => {
    const weighted = list
      .map(([t, w]) => ({ lang: t.toLowerCase().split('-')[0], q: w ?? 1 }))
      .filter((e) => (e.lang === 'zh' || e.lang === 'en') && e.q > 0);
    const best = weighted.reduce<(typeof weighted)[number] | undefined>((b, e) => (!b || e.q > b.q ? e : b), undefined);
    expect(preferredLang(header(list))).toBe(best?.lang);
  });

  test.prop([fc.string({ maxLength: 200 })], { numRuns: 200 })('never throws on any header', (text) => {
    expect([undefined, 'zh', 'en']).toContain(preferredLang(text));
  });
});
