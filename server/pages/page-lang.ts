// The language of a page, the one way every page route (server/pages/routes.tsx and the routes it registers) chooses
// it: the address's `lang` when given (and then remembered in a cookie, so the switch holds on the next visit), else
// the remembered one, else the browser's Accept-Language on a first visit; Chinese otherwise.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Lang } from '../../engine/index.js';

export const LANG_COOKIE = 'lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const isLang = (value: unknown): value is Lang => value === 'zh' || value === 'en';

/**
 * The language an Accept-Language header prefers among zh and en (the highest quality; on a tie the first listed),
 * or undefined when it names neither. `zh-CN;q=0.8, en;q=0.9` prefers en.
 */
export function preferredLang(header: string | undefined): Lang | undefined {
  let best: { lang: Lang; q: number } | undefined;
  for (const part of (header ?? '').split(',').slice(0, 50)) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (!isLang(primary)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang;
}

export interface PageLangOptions {
  /** A posted form's `lang` field: the same explicit choice as the address's (the address's wins when both are given). */
  form?: unknown;
  /**
   * False for a download offered in either language (a certificate's PDF): its `lang` chooses the file's language and
   * is not remembered, so fetching the other language's file does not switch the pages that follow.
   */
  remember?: boolean;
}

/** The page's language; a `lang` in the address (or in a posted form) is remembered for a year. */
export function pageLang(c: Context, options: PageLangOptions = {}): Lang {
  const fromAddress = c.req.query('lang');
  const asked = isLang(fromAddress) ? fromAddress : options.form;
  if (isLang(asked)) {
    if (options.remember !== false && getCookie(c, LANG_COOKIE) !== asked) {
      setCookie(c, LANG_COOKIE, asked, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'Lax', httpOnly: true });
    }
    return asked;
  }
  // Without `lang` in the address the answer depends on the cookie and the browser's languages: caches must know.
  c.header('Vary', 'Accept-Language, Cookie', { append: true });
  const remembered = getCookie(c, LANG_COOKIE);
  if (isLang(remembered)) return remembered;
  return preferredLang(c.req.header('Accept-Language')) ?? 'zh';
}
