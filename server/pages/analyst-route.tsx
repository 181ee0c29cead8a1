// GET /reports: the analysts' page, its report shown in the page.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../deps.js';
import { AnalystPage } from './analyst.js';
import { analystState } from './analyst-state.js';
import { t } from './i18n.js';
import { Layout } from './layout.js';
import { pageLang } from './page-lang.js';

export function analystRoute(app: OpenAPIHono, deps: AppDeps) {
  app.get('/reports', async (c) => {
    await deps.registry.refreshIfStale();
    const lang = pageLang(c);
    const state = await analystState(deps.registry, c.req.query(), c.req.queries('packs') ?? [], lang);
    return c.html(
      <Layout lang={lang} title={t('reportsTitle', lang)} path={c.req.path} query={c.req.query()}>
        <AnalystPage state={state} />
      </Layout>,
    );
  });
}
