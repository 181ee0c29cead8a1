// The Hono app, apart from the listener so tests call app.request() without a port.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { problemsFromZod } from '../engine/problems.js';
import type { AppDeps } from './deps.js';
import { ApiError, errorBody } from './errors.js';
import { pageRoutes } from './pages/routes.js';
import { bureauRoutes } from './routes/bureau.js';
import { decisionRoutes } from './routes/decisions.js';
import { docsRoutes } from './routes/docs.js';
import { BATCH_PATH, batchRoutes, DEFAULT_BATCH_BODY_LIMIT } from './routes/batch.js';
import { evaluateRoutes } from './routes/evaluate.js';
import { packRoutes } from './routes/packs.js';
import { reportRoutes } from './routes/reports.js';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({
    // A request that does not match its schema: 422 with every problem, each naming its field.
    defaultHook: (result, c) => {
      if (!result.success) {
        return c.json(errorBody('invalid_request', 'the request is not valid', problemsFromZod(result.error)), 422);
      }
    },
  });

  app.use('*', requestId());
  app.use('*', secureHeaders({ crossOriginEmbedderPolicy: false }));
  const limit = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => c.json(errorBody('too_large', `the body is larger than ${maxSize} bytes`), 413) });
  const bodyLimitBytes = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const generalLimit = limit(bodyLimitBytes);
  // A batch of up to 1000 events has a limit of its own, never below the general one.
  const batchLimit = limit(deps.batchBodyLimitBytes ?? Math.max(DEFAULT_BATCH_BODY_LIMIT, bodyLimitBytes));
  app.use('/v1/*', (c, next) => (c.req.path === BATCH_PATH ? batchLimit(c, next) : generalLimit(c, next)));

  app.use('/v1/*', async (_c, next) => {
    await deps.registry.refreshIfStale();
    await next();
  });

  // Health touches the database, so a load balancer takes a server whose database is gone out of rotation.
  app.get('/health', async (c) => {
    try {
      await deps.store.getVersion('-', '-');
    } catch {
      return c.json(errorBody('store_unavailable', `the ${deps.store.kind} store does not answer`), 503);
    }
    return c.json({ ok: true, store: deps.store.kind, packs: deps.registry.packIds().length });
  });
  packRoutes(app, deps);
  evaluateRoutes(app, deps);
  batchRoutes(app, deps);
  decisionRoutes(app, deps);
  bureauRoutes(app, deps);
  reportRoutes(app, deps);
  docsRoutes(app);
  pageRoutes(app, deps);

  app.notFound((c) => c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}`), 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.message, error.issues), error.status);
    if (error instanceof HTTPException) {
      // Hono's own refusals: malformed JSON bodies and the like.
      const status = error.status >= 400 && error.status < 500 ? error.status : 400;
      return c.json(errorBody(status === 400 ? 'invalid_json' : 'bad_request', error.message || 'the request could not be read'), status as 400);
    }
    console.error(`[${c.get('requestId')}]`, error);
    return c.json(errorBody('internal', 'an internal error occurred; the request id is in the X-Request-Id header'), 500);
  });
  return app;
}
