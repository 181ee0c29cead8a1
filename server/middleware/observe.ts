// One JSON log line per request (info: request id, method, path, route, status, milliseconds) and the request
// metrics. The route is the pattern that answered (e.g. /v1/decisions/:id), never the path as sent, so neither
// the metrics nor a dashboard grow with whatever paths a client makes up.
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';

export const UNMATCHED = '(unmatched)';
const MAX_LOGGED_PATH = 200;

/** The pattern of the route whose handler answers (middleware is registered for every method: 'ALL'). */
export function routeOf(c: Context): string {
  const handlers = matchedRoutes(c).filter((r) => r.method !== 'ALL');
  return handlers.at(-1)?.path ?? UNMATCHED;
}

export function observe(logger: Logger, metrics: Metrics): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = routeOf(c);
    const { method } = c.req;
    const status = c.res.status;
    metrics.requests.inc({ method, route, status: String(status) });
    metrics.duration.observe({ method, route }, seconds);
    const path = c.req.path.length > MAX_LOGGED_PATH ? `${c.req.path.slice(0, MAX_LOGGED_PATH)}…` : c.req.path;
    logger.info({ reqId: c.get('requestId'), method, path, route, status, ms: Math.round(seconds * 10_000) / 10 }, 'request');
  };
}
