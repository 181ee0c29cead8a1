// Issues 11 and 14: every page the app serves chooses its language the one way (server/pages/page-lang.ts): a first
// visit follows Accept-Language, a `lang` in the address is remembered in a cookie that then wins over the browser's
// languages, and no link on a page switches the language by surprise. The list of pages below is fixed, and checked
// against the routes the app registers, so a new page cannot be left out.
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../engine/index.js';
import { pageRoutes } from '../server/pages/routes.js';
import { makeApp } from './support/api.js';
import { certifyChongqingCase, cookieCredential } from './support/certify-case.js';

const EN_FIRST = 'en-US,en;q=0.9';
const ZH_FIRST = 'zh-CN,zh;q=0.9';

/** A Chongqing event the pack requires (a municipal SOE's meeting of 260), as the organizer page's form gives it. */
const CHONGQING = { kind: 'meeting', attendees: '260', 'organizer.type': 'soe', 'organizer.level': 'provincial', startDate: '2025-06-10', endDate: '2025-06-11' };

interface Fixture {
  ruleId: string;
  documentNumber: string;
  /** A case opened through the page, and its access cookie. */
  openCase: { id: string; cookie: string };
  /** A case carried to its certificate. */
  certifiedCase: { id: string; cookie: string };
}

/** Every GET page route, with an address of it that answers 200 and the case cookie it needs. */
const PAGES: Record<string, (f: Fixture) => { url: string; cookie?: string }> = {
  '/': () => ({ url: `/?${new URLSearchParams({ pack: 'cn-chongqing', ...CHONGQING })}` }),
  '/packs': () => ({ url: '/packs' }),
  '/packs/:id': () => ({ url: '/packs/cn-chongqing' }),
  '/packs/:id/rules/:ruleId': (f) => ({ url: `/packs/cn-chongqing/rules/${encodeURIComponent(f.ruleId)}` }),
  '/packs/:id/documents/:number': (f) => ({ url: `/packs/cn-chongqing/documents/${encodeURIComponent(f.documentNumber)}` }),
  '/reports': () => ({ url: '/reports' }),
  '/explain': () => ({ url: `/explain?${new URLSearchParams({ pack: 'cn-chongqing', ...CHONGQING })}` }),
  '/estimate': () => ({ url: '/estimate?pack=cn-chongqing' }),
  '/cases/:id': (f) => ({ url: `/cases/${f.openCase.id}`, cookie: f.openCase.cookie }),
  '/cases/:id/documents/:kind': (f) => ({ url: `/cases/${f.openCase.id}/documents/chongqing-plan`, cookie: f.openCase.cookie }),
  '/cases/:id/certificate.pdf': (f) => ({ url: `/cases/${f.certifiedCase.id}/certificate.pdf`, cookie: f.certifiedCase.cookie }),
};

/** The GET routes outside the API (/v1/…) that are not pages for people, and why. */
const NOT_PAGES: Record<string, string> = {
  '/livez': 'liveness probe',
  '/readyz': 'readiness probe',
  '/health': 'health probe',
  '/metrics': 'Prometheus metrics',
  '/openapi.json': 'the API description',
  '/docs': 'the API reference for developers (Swagger UI), not one of the pages',
  '/docs/assets/init.js': 'a script of the API reference',
  '/docs/assets/:file': 'the API reference’s files',
  '/assets/site.css': 'the pages’ style sheet',
};

let api: Awaited<ReturnType<typeof makeApp>>;
let fixture: Fixture;

const caseCookieOf = (res: Response) => (res.headers.getSetCookie().find((c) => c.startsWith('tz_case=')) ?? '').split(';')[0] as string;

async function openThroughPage(): Promise<{ id: string; cookie: string }> {
  const body = new URLSearchParams({ lang: 'zh', pack: 'cn-chongqing', ...CHONGQING, 'case.name': '市属国企年度工作会' });
  const res = await api.app.request('/cases', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
  if (res.status !== 201) throw new Error(`opening a case: ${res.status}`);
  const id = /href="\/cases\/([^/?"]+)\//.exec(await res.text())?.[1] ?? '';
  return { id, cookie: caseCookieOf(res) };
}

beforeAll(async () => {
  api = await makeApp();
  const shown = api.registry.resolve('cn-chongqing', todayInChina());
  if (shown.kind !== 'ok') throw new Error('cn-chongqing has no version in effect');
  const { pack } = shown.resolved.compiled;
  const openCase = await openThroughPage();
  const certifiedCase = await openThroughPage();
  await certifyChongqingCase({ registry: api.registry, store: api.store }, certifiedCase.id, cookieCredential(certifiedCase.cookie));
  fixture = { ruleId: pack.rules[0]?.id as string, documentNumber: pack.documents[0]?.number as string, openCase, certifiedCase };
});
afterAll(async () => {
  await api?.store.close();
});

interface Visit {
  status: number;
  /** The page's language: `<html lang>`, or the language in a certificate file's name. */
  lang: string | undefined;
  langCookie: string | undefined;
  vary: string;
  html: string;
}

const withLang = (url: string, lang: string) => `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;

async function visit(path: string, options: { lang?: string; acceptLanguage?: string; cookie?: string } = {}): Promise<Visit> {
  const { url, cookie: caseCookie } = PAGES[path]?.(fixture) ?? { url: path };
  const cookie = [caseCookie, options.cookie].filter(Boolean).join('; ');
  const headers: Record<string, string> = { ...(options.acceptLanguage ? { 'accept-language': options.acceptLanguage } : {}), ...(cookie ? { cookie } : {}) };
  const res = await api.app.request(options.lang ? withLang(url, options.lang) : url, { headers });
  const isPdf = (res.headers.get('content-type') ?? '').startsWith('application/pdf');
  const html = isPdf ? '' : await res.text();
  const lang = isPdf ? /filename="[^"]*-(zh|en)\.pdf"/.exec(res.headers.get('content-disposition') ?? '')?.[1] : /<html lang="([^"]+)"/.exec(html)?.[1];
  const langCookie = res.headers.getSetCookie().find((c) => c.startsWith('lang='));
  return { status: res.status, lang, langCookie, vary: res.headers.get('vary') ?? '', html };
}

const decode = (href: string) => href.replace(/&amp;/g, '&');

describe('the list of pages', () => {
  it('covers every GET route the app serves outside the API, and the page routes register no other', () => {
    const served = [...new Set(api.app.routes.filter((r) => r.method === 'GET').map((r) => r.path))].filter((p) => !p.startsWith('/v1/'));
    expect(served.sort()).toEqual([...Object.keys(PAGES), ...Object.keys(NOT_PAGES)].sort());
    const pagesOnly = new OpenAPIHono();
    pageRoutes(pagesOnly, { registry: api.registry, store: api.store });
    const registered = new Set(pagesOnly.routes.filter((r) => r.method === 'GET').map((r) => r.path));
    expect([...registered].sort()).toEqual([...Object.keys(PAGES), '/assets/site.css'].sort());
  });
});

describe.each(Object.keys(PAGES))('%s', (path) => {
  it('a first visit follows Accept-Language (English first → en, Chinese first → zh), remembering nothing', async () => {
    const en = await visit(path, { acceptLanguage: EN_FIRST });
    expect(en.status).toBe(200);
    expect(en.lang).toBe('en');
    expect(en.langCookie).toBeUndefined();
    // The answer depends on the browser's languages and the cookie: caches must know.
    expect(en.vary).toMatch(/Accept-Language/);
    expect(en.vary).toMatch(/Cookie/);
    const zh = await visit(path, { acceptLanguage: ZH_FIRST });
    expect(zh.status).toBe(200);
    expect(zh.lang).toMatch(/^zh/);
  });

  it('a ?lang= switch is remembered, and the remembered language wins over Accept-Language', async () => {
    for (const [asked, browser] of [
      ['zh', EN_FIRST],
      ['en', ZH_FIRST],
    ] as const) {
      // The certificate's file does not remember its language (see below): the switch is made on any page.
      const switched = path.endsWith('.pdf') ? await visit('/packs', { lang: asked, acceptLanguage: browser }) : await visit(path, { lang: asked, acceptLanguage: browser });
      expect(switched.lang).toMatch(new RegExp(`^${asked}`));
      expect(switched.langCookie).toMatch(new RegExp(`^lang=${asked};.*Path=/`));
      const remembered = await visit(path, { acceptLanguage: browser, cookie: (switched.langCookie as string).split(';')[0] });
      expect(remembered.status).toBe(200);
      expect(remembered.lang, `${path} remembered ${asked} against ${browser}`).toMatch(new RegExp(`^${asked}`));
    }
  });
});

/** The pages that are HTML (the certificate is a file). */
const HTML_PAGES = Object.keys(PAGES).filter((path) => !path.endsWith('.pdf'));

describe.each(HTML_PAGES)('the links of %s', (path) => {
  it('keep the page’s language, but for the switch and a file offered in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const page = await visit(path, { acceptLanguage: lang === 'en' ? EN_FIRST : ZH_FIRST });
      const anchors = [...page.html.matchAll(/<(a|form)\b([^>]*)>/g)].map((m) => m[2] as string);
      const targets = anchors.flatMap((attrs) => {
        const target = /\b(?:href|action)="([^"]*)"/.exec(attrs)?.[1];
        return target && target.startsWith('/') ? [{ target: decode(target), isSwitch: /id="lang-switch"/.test(attrs) }] : [];
      });
      // The site's pages offer the switch once; a printable form has no links.
      expect(targets.filter((t) => t.isSwitch).length).toBe(path === '/cases/:id/documents/:kind' ? 0 : 1);
      for (const { target, isSwitch } of targets) {
        const linked = new URL(target, 'http://x').searchParams.get('lang');
        if (linked === null || isSwitch || new URL(target, 'http://x').pathname.endsWith('/certificate.pdf')) continue;
        expect(linked, `${path} (${lang}) → ${target}`).toBe(lang);
      }
      for (const hidden of page.html.matchAll(/<input type="hidden" name="lang" value="([^"]*)"/g)) expect(hidden[1]).toBe(lang);
    }
  });
});

describe('a language chosen once holds across the pages', () => {
  it('the certificate in the other language is a file: fetching it does not switch the pages that follow', async () => {
    const { id, cookie } = fixture.certifiedCase;
    const page = await api.app.request(`/cases/${id}`, { headers: { cookie: `${cookie}; lang=zh`, 'accept-language': EN_FIRST } });
    const html = await page.text();
    expect(/<html lang="([^"]+)"/.exec(html)?.[1]).toBe('zh-CN');
    const english = /href="([^"]*certificate\.pdf\?lang=en)"/.exec(html)?.[1];
    expect(english).toBeDefined();
    const pdf = await api.app.request(decode(english as string), { headers: { cookie: `${cookie}; lang=zh` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toMatch(/-en\.pdf"/);
    expect(pdf.headers.getSetCookie().some((c) => c.startsWith('lang='))).toBe(false);
  });

  it('opening a case from the answer card: the form’s language, else the remembered one, else the browser’s', async () => {
    const open = (fields: Record<string, string>, headers: Record<string, string>) =>
      api.app.request('/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ pack: 'cn-chongqing', ...CHONGQING, ...fields }).toString(),
      });
    const langOf = async (res: Response) => /<html lang="([^"]+)"/.exec(await res.text())?.[1];
    const browser = await open({}, { 'accept-language': EN_FIRST });
    expect(browser.status).toBe(201);
    expect(await langOf(browser)).toBe('en');
    expect(await langOf(await open({}, { 'accept-language': EN_FIRST, cookie: 'lang=zh' }))).toBe('zh-CN');
    const form = await open({ lang: 'en' }, { 'accept-language': ZH_FIRST, cookie: 'lang=zh' });
    expect(await langOf(form)).toBe('en');
    expect(form.headers.getSetCookie().find((c) => c.startsWith('lang='))).toMatch(/^lang=en;/);
  });
});
