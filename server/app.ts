// The Hono app, apart from the listener so tests call app.request() without a port.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { decisionLog } from '../adapters/storage/decision-log.js';
import { problemsFromZod } from '../engine/problems.js';
import type { AppDeps } from './deps.js';
import { ApiError, errorBody } from './errors.js';
import { createLogger } from './logger.js';
import { Metrics } from './metrics.js';
import { auditRefusals, markRefusal } from './middleware/audit-refusals.js';
import { compression } from './middleware/compression.js';
import { DEFAULT_MAX_DRAFTS, draftCap } from './middleware/draft-cap.js';
import { observe } from './middleware/observe.js';
import { rateLimit } from './middleware/rate-limit.js';
import { contentSecurityPolicy } from './middleware/security.js';
import { pageRoutes } from './pages/routes.js';
import { bureauRoutes } from './routes/bureau.js';
import { decisionRoutes } from './routes/decisions.js';
import { docsRoutes } from './routes/docs.js';
import { draftImpactRoutes } from './routes/draft-impact.js';
import { BATCH_PATH, batchRoutes, DEFAULT_BATCH_BODY_LIMIT } from './routes/batch.js';
import { caseRoutes } from './routes/cases.js';
import { estimateRoutes } from './routes/estimate.js';
import { evaluateRoutes } from './routes/evaluate.js';
import { healthRoutes, livenessRoute } from './routes/health.js';
import { packDiffRoutes } from './routes/pack-diff.js';
import { packVersionRoutes } from './routes/pack-versions.js';
import { packLintRoutes } from './routes/pack-lint.js';
import { packRoutes } from './routes/packs.js';
import { reportRoutes } from './routes/reports.js';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function createApp(deps: AppDeps) {
  const logger = deps.logger ?? createLogger('warn');
  const metrics = deps.metrics === false ? undefined : (deps.metrics ?? new Metrics({ countDecisions: () => deps.store.countDecisions() }));
  const recorder = decisionLog(deps.store, {
    mode: deps.decisionLog,
    onAnswered: metrics ? (pack, obligation) => metrics.evaluations.inc({ pack, obligation }) : undefined,
  });
  const routeDeps: AppDeps = { ...deps, recorder };

  const app = new OpenAPIHono({
    // A request that does not match its schema: 422 with every problem, each naming its field.
    defaultHook: (result, c) => {
      if (!result.success) {
        markRefusal(c, 'invalid_request', 'the request is not valid');
        return c.json(errorBody('invalid_request', 'the request is not valid', problemsFromZod(result.error)), 422);
      }
    },
  });

  livenessRoute(app);
  app.use('*', requestId());
  if (metrics) app.use('*', observe(logger, metrics));
  // A stopping server asks each client to close its connection after this answer.
  app.use('*', async (c, next) => {
    await next();
    if (deps.lifecycle?.stopping()) c.header('Connection', 'close');
  });
  app.use('*', secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.use('*', contentSecurityPolicy());
  app.use('*', compression({ skip: (path) => path === BATCH_PATH }));
  app.use('/v1/*', auditRefusals(deps.store, logger));
  // On every path: the page that opens a case (POST /cases) writes as its API route does.
  if (deps.rateLimit) app.use('*', rateLimit({ ...deps.rateLimit, trustProxy: deps.trustProxy }));
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => {
        markRefusal(c, 'too_large', `the body is larger than ${maxSize} bytes`);
        return c.json(errorBody('too_large', `the body is larger than ${maxSize} bytes`), 413);
      },
    });
  const bodyLimitBytes = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const generalLimit = limit(bodyLimitBytes);
  // A batch of up to 1000 events has a limit of its own, never below the general one.
  const batchLimit = limit(deps.batchBodyLimitBytes ?? Math.max(DEFAULT_BATCH_BODY_LIMIT, bodyLimitBytes));
  app.use('/v1/*', (c, next) => (c.req.path === BATCH_PATH ? batchLimit(c, next) : generalLimit(c, next)));

  app.use('/v1/*', async (_c, next) => {
    await deps.registry.refreshIfStale();
    await next();
  });
  app.use('/v1/packs', draftCap(deps.store, deps.maxDraftsPerJurisdiction ?? DEFAULT_MAX_DRAFTS));

  healthRoutes(app, routeDeps);
  if (metrics) {
    app.get('/metrics', async (c) => {
      const { text, contentType } = await metrics.scrape();
      return c.body(text, 200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
    });
  }
  packVersionRoutes(app, routeDeps);
  packRoutes(app, routeDeps);
  packDiffRoutes(app, routeDeps);
  evaluateRoutes(app, routeDeps);
  estimateRoutes(app, routeDeps);
  batchRoutes(app, routeDeps);
  decisionRoutes(app, routeDeps);
  bureauRoutes(app, routeDeps);
  draftImpactRoutes(app, routeDeps);
  packLintRoutes(app, routeDeps);
  caseRoutes(app, routeDeps); // before reportRoutes: /v1/reports/cases is not a report kind
  reportRoutes(app, routeDeps);
  docsRoutes(app);
  pageRoutes(app, routeDeps);

  app.notFound((c) => c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path.slice(0, 200)}`), 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.message, error.issues), error.status);
    if (error instanceof HTTPException) {
      // Hono's own refusals: malformed JSON bodies (400), a media type the route does not read (415), and the like.
      const status = error.status >= 400 && error.status < 500 ? error.status : 400;
      const code = status === 400 ? 'invalid_json' : status === 415 ? 'unsupported_media_type' : 'bad_request';
      const message = status === 415 ? `send the body as application/json (Content-Type), not ${c.req.header('content-type') ?? 'without one'}` : error.message || 'the request could not be read';
      markRefusal(c, code, message);
      return c.json(errorBody(code, message.slice(0, 300)), status as 400);
    }
    logger.error({ reqId: c.get('requestId'), method: c.req.method, path: c.req.path.slice(0, 200), err: error }, 'internal error');
    markRefusal(c, 'internal', error instanceof Error ? error.message : String(error));
    return c.json(errorBody('internal', 'an internal error occurred; the request id is in the X-Request-Id header'), 500);
  });
  return app;
}
