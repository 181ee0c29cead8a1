// GET /packs/{id}/documents/{number}: a source document of a pack (its number URL-encoded), its clauses beside the
// rules that encode them. The version in effect today (or on `asOf`) is shown, as on the pack's own page.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { visibleTo } from '../../app/publishing.js';
import { isCalendarDate, type Lang, type PackDocument, todayInChina } from '../../engine/index.js';
import type { AppDeps } from '../deps.js';
import { tf } from './i18n.js';
import { DocumentPage } from './law-beside-rule.js';
import { Layout } from './layout.js';
import { pageLang } from './page-lang.js';

export function lawRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry } = deps;
  const packName = (lang: Lang) => (id: string) => {
    const shown = registry.shownVersion(id)?.inEffect ?? registry.versionsOf(id).filter((v) => visibleTo(v, null)).at(-1);
    return (shown?.document as PackDocument | undefined)?.title?.[lang] ?? id;
  };
  const notFound = (c: Context, lang: Lang, what: string) =>
    c.html(
      <Layout lang={lang} title={what} path={c.req.path} query={c.req.query()}>
        <p class="errors">{tf('notFound', lang, { what })}</p>
      </Layout>,
      404,
    );

  app.get('/packs/:id/documents/:number', async (c) => {
    await registry.refreshIfStale();
    const lang = pageLang(c);
    const { id, number } = c.req.param();
    const asOf = c.req.query('asOf');
    const resolved = registry.resolve(id, asOf && isCalendarDate(asOf) ? asOf : todayInChina());
    if (resolved.kind !== 'ok' || resolved.fallback) return notFound(c, lang, id);
    const { pack } = resolved.resolved.compiled;
    const document = pack.documents.find((d) => d.number === number);
    if (!document) return notFound(c, lang, `${pack.title[lang]} · ${number}`);
    return c.html(
      <Layout lang={lang} title={`${document.number} · ${pack.title[lang]}`} path={c.req.path} query={c.req.query()}>
        <DocumentPage lang={lang} pack={pack} document={document} name={packName(lang)} />
      </Layout>,
    );
  });
}
