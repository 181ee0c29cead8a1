// What the routes need, passed in so tests build the app on any store.
import type { DecisionRecorder } from '../app/answer.js';
import type { PackRegistry } from '../app/registry.js';
import type { DecisionLogMode } from '../adapters/storage/decision-log.js';
import type { Store } from '../adapters/storage/store.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

export interface AppDeps {
  /** The packs answered with: a registry over the store (app/store-source.ts). */
  registry: PackRegistry;
  store: Store;
  /** Largest request body accepted, in bytes (413 beyond it). */
  bodyLimitBytes?: number;
  /** Largest body of POST /v1/evaluate/batch, in bytes (default: 8 MiB, or bodyLimitBytes when that is larger). */
  batchBodyLimitBytes?: number;
  /** Requests per client on the routes that evaluate or validate (server/middleware/rate-limit.ts); none if unset. */
  rateLimit?: { perMinute: number; burst: number };
  /** The client is the first X-Forwarded-For hop (behind a proxy that sets it), not the socket's address. */
  trustProxy?: boolean;
  /** Which answers the decision log keeps (default: every one). */
  decisionLog?: DecisionLogMode;
  /** Unpublished drafts a jurisdiction may hold (default 20). */
  maxDraftsPerJurisdiction?: number;
  /** Request and error logs (default: warnings and errors only, on stdout). */
  logger?: Logger;
  /** Prometheus metrics served at /metrics (default: a registry of this app's own; none when `false`). */
  metrics?: Metrics | false;
  /** Whether the server is stopping (readiness answers 503 and connections are not kept alive). */
  lifecycle?: { stopping(): boolean };
  /** The decision log the routes record to: set by createApp from `decisionLog` and the metrics. */
  recorder?: DecisionRecorder;
}
