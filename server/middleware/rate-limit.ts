// Rate limits per client on the routes anyone may call that evaluate, validate or keep a decision: a token bucket
// per client (a burst at once, then a steady rate per minute), 429 with Retry-After past it. A client is the
// remote address (an IPv6 client by its /64, what one host is usually given); behind a proxy (TRUST_PROXY), the
// first X-Forwarded-For hop, which the proxy must set itself rather than pass on from the client. The limit is
// per server process: N servers behind a load balancer allow N times as much.
import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from '../errors.js';

export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  /** Clients remembered at once; the least recently seen are forgotten first (default 100,000). */
  maxClients?: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

const DEFAULT_MAX_CLIENTS = 100_000;

/** One token bucket per client key, in a Map kept in least-recently-used order and bounded in size. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly maxClients: number;

  constructor(private readonly options: RateLimitOptions) {
    this.perMs = options.perMinute / 60_000;
    this.maxClients = options.maxClients ?? DEFAULT_MAX_CLIENTS;
  }

  get size(): number {
    return this.buckets.size;
  }

  take(key: string, now = Date.now()): Take {
    const { burst } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    this.buckets.delete(key);
    bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }
}

/** The socket's address as @hono/node-server passes it (c.env.incoming); undefined in app.request() without one. */
function remoteAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/** An IPv4 address as it is (also when IPv4-mapped), an IPv6 address by its first 64 bits. */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Who the request is from, as the rate limit counts it. */
export function clientOf(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const first = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return clientKey(first.slice(0, 64));
  }
  const address = remoteAddress(c);
  return address ? clientKey(address) : 'unknown';
}

const LIMITED = new Set(['/v1/evaluate', '/v1/evaluate/batch', '/v1/compare', '/v1/packs/validate', '/v1/packs/lint', '/v1/estimate', '/v1/estimate/participant', '/v1/cases', '/cases']);
/** A case's own writes (emissions, retirements, confirmation, forms, duties), its page's access code, a replay. */
const LIMITED_UNDER = /^\/(?:v1\/(?:decisions\/[^/]+\/replay|cases\/[^/]+(?:\/.*)?)|cases\/[^/]+\/access)$/;

/**
 * The requests the limit applies to: every write anyone may make that evaluates, validates, estimates or keeps
 * something (a decision, a case and what is recorded on it); a case's owner holds a token, not a bureau's key.
 */
export function isLimited(method: string, path: string): boolean {
  if (method !== 'POST' && method !== 'PATCH' && method !== 'PUT') return false;
  return LIMITED.has(path) || LIMITED_UNDER.test(path);
}

export function rateLimit(options: RateLimitOptions & { trustProxy?: boolean }): MiddlewareHandler {
  const buckets = new TokenBuckets(options);
  return async (c, next) => {
    if (!isLimited(c.req.method, c.req.path)) return next();
    const taken = buckets.take(clientOf(c, options.trustProxy ?? false));
    if (taken.ok) return next();
    c.header('Retry-After', String(taken.retryAfterSeconds));
    const message = `too many requests from this client: at most ${options.burst} at once and ${options.perMinute} a minute; try again in ${taken.retryAfterSeconds} s`;
    return c.json(errorBody('rate_limited', message), 429);
  };
}
