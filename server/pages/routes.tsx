// The pages: server-rendered with hono/jsx; the only style sheet is served by the app itself.
import { readFileSync } from 'node:fs';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type Lang, type PackDocument, todayInChina } from '../../engine/index.js';
import type { AppDeps } from '../deps.js';
import { Layout, notFoundPage } from './layout.js';
import { OrganizerPage } from './organizer.js';
import { organizerState } from './organizer-state.js';
import { PackListPage, PackPage, RuleDocument } from './packs.js';
import { analystRoute } from './analyst-route.js';
import { packHistory } from './history-rows.js';
import { lawRoutes } from './law-route.js';
import { explainPageRoutes } from './explain-route.js';
import { estimatePageRoutes } from './estimate-route.js';
import { casePageRoutes } from './case-routes.js';
import { pageLang } from './page-lang.js';
import { packNamer, publishedVersions } from './shown-pack.js';
import { projectPath } from '../../adapters/files/project-root.js';
import { PrecompressedFile } from '../middleware/compression.js';

/** The style sheet, read once and kept gzipped (as the /docs assets are). */
const CSS = new PrecompressedFile(new Uint8Array(readFileSync(projectPath('server/assets/site.css'))), 'text/css; charset=utf-8');

export function pageRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry } = deps;
  analystRoute(app, deps);
  lawRoutes(app, deps);
  explainPageRoutes(app, deps);
  estimatePageRoutes(app, deps);
  casePageRoutes(app, deps);

  app.get('/assets/site.css', (c) => CSS.response({ method: c.req.method, acceptEncoding: c.req.header('Accept-Encoding') }, 'public, max-age=3600'));

  const render = (c: Context, lang: Lang, title: string, body: unknown, status: 200 | 404 = 200) =>
    c.html(
      <Layout lang={lang} title={title} path={c.req.path} query={c.req.query()}>
        {body as never}
      </Layout>,
      status,
    );

  const packName = (lang: Lang) => packNamer(registry, lang);

  app.get('/', async (c) => {
    await registry.refreshIfStale();
    const lang = pageLang(c);
    const state = await organizerState(registry, c.req.query(), lang);
    return render(c, lang, lang === 'zh' ? '活动碳中和查询' : 'Carbon-neutral events', <OrganizerPage state={state} />);
  });

  app.get('/packs', async (c) => {
    await registry.refreshIfStale();
    const lang = pageLang(c);
    // The pages show published versions only: a draft is seen through the API, with a key of its jurisdiction.
    const items = registry.packIds().flatMap((id) => {
      const published = publishedVersions(registry, id);
      const inEffect = registry.shownVersion(id)?.inEffect;
      const shown = inEffect ?? published.at(-1);
      if (!shown) return [];
      const doc = shown.document as PackDocument;
      return [{ id, title: doc.title, jurisdiction: doc.jurisdiction, current: inEffect, versions: published.length }];
    });
    return render(c, lang, lang === 'zh' ? '政策包' : 'Policy packs', <PackListPage lang={lang} packs={items} />);
  });

  app.get('/packs/:id', async (c) => {
    await registry.refreshIfStale();
    const lang = pageLang(c);
    const id = c.req.param('id');
    const resolved = registry.resolve(id, c.req.query('asOf') ?? todayInChina());
    if (resolved.kind !== 'ok' || resolved.fallback) return notFoundPage(c, lang, id);
    const { pack } = resolved.resolved.compiled;
    const published = publishedVersions(registry, id);
    return render(c, lang, pack.title[lang], <PackPage lang={lang} pack={pack} versions={published} name={packName(lang)} history={packHistory(registry, id, published, lang)} />);
  });

  app.get('/packs/:id/rules/:ruleId', async (c) => {
    await registry.refreshIfStale();
    const lang = pageLang(c);
    const { id, ruleId } = c.req.param();
    const resolved = registry.resolve(id, c.req.query('asOf') ?? todayInChina());
    if (resolved.kind !== 'ok' || resolved.fallback) return notFoundPage(c, lang, id);
    const { pack } = resolved.resolved.compiled;
    const versions = pack.rules.filter((r) => r.id === ruleId);
    if (!versions.length) return notFoundPage(c, lang, `${id} / ${ruleId}`);
    return c.html(<RuleDocument lang={lang} path={c.req.path} query={c.req.query()} pack={pack} ruleId={ruleId} versions={versions} name={packName(lang)} />);
  });
}
