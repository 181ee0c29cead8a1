// The frame of every page: language, navigation, the language switch. The language comes from the address, the
// remembered switch or the browser (page-lang.ts); Chinese by default.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Lang } from '../../engine/index.js';
import { t, tf } from './i18n.js';

/** The same page in the other language: the query kept, `lang` flipped. */
export function switchHref(path: string, query: Record<string, string>, lang: Lang): string {
  const params = new URLSearchParams({ ...query, lang: lang === 'zh' ? 'en' : 'zh' });
  return `${path}?${params.toString()}`;
}

export function Layout(props: { lang: Lang; title: string; path: string; query: Record<string, string>; children: Child }) {
  const { lang } = props;
  const q = `?lang=${lang}`;
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{`${props.title} · tanzhong 碳中`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        {/* No icon file: an empty one keeps browsers from asking for /favicon.ico (a 404 on every page). */}
        <link rel="icon" href="data:," />
      </head>
      <body>
        <a class="skip" href="#main">
          {t('skip', lang)}
        </a>
        <header class="site">
          <div class="bar">
            <a class="brand" href={`/${q}`}>
              {t('site', lang)}
            </a>
            <nav aria-label={t('mainNav', lang)}>
              <a href={`/${q}`}>{t('navOrganizer', lang)}</a>
              <a href={`/packs${q}`}>{t('navPacks', lang)}</a>
              <a href={`/reports${q}`}>{t('navReports', lang)}</a>
              <a href={switchHref(props.path, props.query, lang)} lang={lang === 'zh' ? 'en' : 'zh'} hreflang={lang === 'zh' ? 'en' : 'zh'} id="lang-switch">
                {t('switchLang', lang)}
              </a>
            </nav>
          </div>
        </header>
        <main id="main">{props.children}</main>
        <footer>{t('footerNote', lang)}</footer>
      </body>
    </html>
  );
}

/** A page's 404: `what` was not found, in the frame of every page. */
export const notFoundPage = (c: Context, lang: Lang, what: string) =>
  c.html(
    <Layout lang={lang} title={what} path={c.req.path} query={c.req.query()}>
      <p class="errors">{tf('notFound', lang, { what })}</p>
    </Layout>,
    404,
  );
