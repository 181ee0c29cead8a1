// Health: /livez (the process answers: no I/O, for a liveness probe), /readyz (it can serve: the store answers a
// query and the server is not stopping; for a readiness probe and the load balancer) and /health (the same check
// as /readyz, with the store's kind and the number of packs; kept for the load balancers configured with it).
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps } from '../deps.js';
import { errorBody, errorResponse } from '../errors.js';

const Live = z.object({ ok: z.literal(true) }).openapi('Live');
const Ready = z.object({ ok: z.literal(true), store: z.enum(['sqlite', 'postgres']) }).openapi('Ready');

const livez = createRoute({
  method: 'get',
  path: '/livez',
  tags: ['Health'],
  summary: 'Liveness: the process answers (touches nothing else)',
  responses: { 200: { description: 'Alive', content: { 'application/json': { schema: Live } } } },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['Health'],
  summary: 'Readiness: the store answers a query and the server is not shutting down',
  responses: {
    200: { description: 'Ready to serve', content: { 'application/json': { schema: Ready } } },
    503: errorResponse('The store does not answer (store_unavailable), or the server is stopping (shutting_down)'),
  },
});

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Health'],
  summary: 'The readiness check with the store kind and the number of packs',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: Ready.extend({ packs: z.number().int() }) } } },
    503: errorResponse('The store does not answer, or the server is stopping'),
  },
});

/**
 * /livez, registered before every middleware: under a flood it costs one route match and a constant body, with no
 * request id, metrics, headers or compression in its way.
 */
export function livenessRoute(app: OpenAPIHono) {
  app.openapi(livez, (c) => c.json({ ok: true as const }, 200, { 'Cache-Control': 'no-store' }));
}

export function healthRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { store } = deps;
  /** undefined when ready, else the refusal. */
  const notReady = async () => {
    if (deps.lifecycle?.stopping()) return errorBody('shutting_down', 'the server is stopping; send the request to another');
    try {
      await store.getVersion('-', '-');
      return undefined;
    } catch {
      return errorBody('store_unavailable', `the ${store.kind} store does not answer`);
    }
  };
  app.openapi(readyz, async (c) => {
    const refusal = await notReady();
    if (refusal) return c.json(refusal, 503);
    return c.json({ ok: true as const, store: store.kind }, 200);
  });
  app.openapi(health, async (c) => {
    const refusal = await notReady();
    if (refusal) return c.json(refusal, 503);
    return c.json({ ok: true as const, store: store.kind, packs: deps.registry.publishedPackIds().length }, 200);
  });
}
