// GET /packs/{id}/documents/{number}: a source document of a pack (its number URL-encoded), its clauses beside the
// rules that encode them. The version in effect today (or on `asOf`) is shown, as on the pack's own page.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { isCalendarDate, todayInChina } from '../../engine/index.js';
import type { AppDeps } from '../deps.js';
import { DocumentPage } from './law-beside-rule.js';
import { Layout, notFoundPage } from './layout.js';
import { pageLang } from './page-lang.js';
import { packNamer } from './shown-pack.js';

export function lawRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry } = deps;

  app.get('/packs/:id/documents/:number', async (c) => {
    await registry.refreshIfStale();
    const lang = pageLang(c);
    const { id, number } = c.req.param();
    const asOf = c.req.query('asOf');
    const resolved = registry.resolve(id, asOf && isCalendarDate(asOf) ? asOf : todayInChina());
    if (resolved.kind !== 'ok' || resolved.fallback) return notFoundPage(c, lang, id);
    const { pack } = resolved.resolved.compiled;
    const document = pack.documents.find((d) => d.number === number);
    if (!document) return notFoundPage(c, lang, `${pack.title[lang]} · ${number}`);
    return c.html(
      <Layout lang={lang} title={`${document.number} · ${pack.title[lang]}`} path={c.req.path} query={c.req.query()}>
        <DocumentPage lang={lang} pack={pack} document={document} name={packNamer(registry, lang)} />
      </Layout>,
    );
  });
}
