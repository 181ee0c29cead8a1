// Every refused write is audited, with the request id its response carries (X-Request-Id). The publishing
// workflow audits the refusals it makes itself (no key, outside the jurisdiction, an invalid pack, ...); this
// audits those made before a write reaches it: malformed JSON (400), a body over the limit (413), the wrong media
// type (415), a request that does not match its route's schema (422), and any internal error (500) of a write.
// The app marks such a refusal on the context (markRefusal) where it makes it. The row keeps the path and the
// error, each bounded and without control or bidi characters, never the body; the store bounds every row again.
import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../../adapters/storage/store.js';
import { callerOf } from '../auth.js';
import type { Logger } from '../logger.js';

export interface Refusal {
  code: string;
  message: string;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Set where a request is refused before its route's handler runs, or by an internal error. */
    refusal: Refusal;
  }
}

export function markRefusal(c: Context, code: string, message: string): void {
  c.set('refusal', { code, message });
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const PUBLISH = /^\/v1\/packs\/([^/]+)\/versions\/([^/]+)\/publish$/;
// C0 and C1 controls, bidi controls, line and paragraph separators, the byte order mark.
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

/** At most `max` characters of `text`, on one line, without control or bidi characters. */
export function oneLine(text: string, max: number): string {
  const clean = text.slice(0, max * 4).replace(UNSAFE, '');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment.slice(0, 1000));
  } catch {
    return segment;
  }
};

/** A bureau's write (a draft, a publication, and whatever write the bureaus' routes add), not the dry run. */
export function isBureauWrite(method: string, path: string): boolean {
  return WRITES.has(method) && (path === '/v1/packs' || path.startsWith('/v1/packs/')) && path !== '/v1/packs/validate';
}

export function auditRefusals(store: Store, logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const refusal = c.get('refusal');
    if (!refusal) return;
    const { method, path } = c.req;
    const status = c.res.status;
    const audited = isBureauWrite(method, path) || (status >= 500 && WRITES.has(method) && path.startsWith('/v1/'));
    if (!audited) return;
    const target = PUBLISH.exec(path);
    try {
      const caller = c.req.header('authorization') ? await callerOf(c, store).catch(() => undefined) : undefined;
      await store.appendAudit({
        at: new Date().toISOString(),
        actor: caller?.kind === 'writer' ? caller.writer.id : null,
        action: 'refuse',
        packId: target ? oneLine(decoded(target[1] as string), 100) : null,
        version: target ? oneLine(decoded(target[2] as string), 40) : null,
        outcome: String(status),
        detail: {
          requestId: c.get('requestId'),
          method,
          path: oneLine(path, 200),
          code: refusal.code,
          message: oneLine(refusal.message, 300),
        },
      });
    } catch (error) {
      logger.error({ reqId: c.get('requestId'), err: error }, 'the refusal could not be audited');
    }
  };
}
