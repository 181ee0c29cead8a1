// npm start: checks the environment (server/config.ts), opens the store (DATABASE_URL, default
// ./data/tanzhong.db), publishes the shipped packs it does not have yet (and those of the folders in PACK_DIRS),
// starts the decision log's retention policy, and serves the API on PORT (default 8787). Logs are JSON lines on
// stdout. A start that cannot work (a wrong variable, a port in use, a store that does not open) says what is wrong
// and what to do, and exits 1. SIGTERM or SIGINT stop it gracefully (see shutdown below).
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { PackRegistry } from '../app/registry.js';
import { seedShipped, ShippedPacksError } from '../app/seed-shipped.js';
import { StoreSource } from '../app/store-source.js';
import { packFolders } from '../adapters/files/pack-folders.js';
import { openStore } from '../adapters/storage/open-store.js';
import { startRetention } from '../adapters/storage/retention.js';
import type { Store } from '../adapters/storage/store.js';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { createServerLogger } from './logger.js';
import { Metrics } from './metrics.js';

const read = readConfig(process.env);
if (!read.ok) {
  const lines = read.problems.map((problem) => `  ${problem}`).join('\n');
  process.stderr.write(`tanzhong cannot start: ${read.problems.length === 1 ? 'a setting' : `${read.problems.length} settings`} of the environment ${read.problems.length === 1 ? 'is' : 'are'} wrong:\n${lines}\nSee "Configuration" in README.md.\n`);
  process.exit(1);
}
const config = read.config;
const log = createServerLogger(config.logLevel);
const { logger } = log;

/** Exits once the buffered log lines are written. */
function exit(code: number): never {
  log.flush();
  process.exit(code);
}

/** Logs why the start cannot go on (no stack: the message says what to do) and exits 1. */
async function cannotStart(message: string, store?: Store): Promise<never> {
  logger.fatal(message);
  await store?.close().catch(() => undefined);
  exit(1);
}

/** The URL without its password, for messages. */
const shownUrl = (url: string | undefined) => (url ?? './data/tanzhong.db (the default)').replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');

let store: Store;
try {
  store = await openStore(config.databaseUrl);
} catch (error) {
  await cannotStart(`cannot open the store at ${shownUrl(config.databaseUrl)}: ${error instanceof Error ? error.message : String(error)}. Check DATABASE_URL (docs/deploy.md) and that the database is reachable.`);
  throw error;
}
try {
  await seedShipped(store, packFolders(config.packDirs));
} catch (error) {
  if (!(error instanceof ShippedPacksError)) throw error;
  await cannotStart(`the shipped packs cannot be published: ${error.message}`, store);
}
const registry = new PackRegistry(new StoreSource(store), { maxAgeMs: config.registryRefreshSeconds * 1000 });
await registry.refresh();

let stopping = false;
const metrics = config.metrics ? new Metrics({ countDecisions: () => store.countDecisions(), processMetrics: true, logLinesDropped: log.dropped }) : false;
const app = createApp({
  registry,
  store,
  bodyLimitBytes: config.bodyLimitBytes,
  batchBodyLimitBytes: config.batchBodyLimitBytes,
  rateLimit: config.rateLimit,
  trustProxy: config.trustProxy,
  decisionLog: config.decisionLog,
  maxDraftsPerJurisdiction: config.maxDraftsPerJurisdiction,
  logger,
  metrics,
  lifecycle: { stopping: () => stopping },
});

const stopRetention = startRetention(store, config.retention, {
  onRun: ({ deleted, more }) => {
    if (metrics) metrics.retained.inc(deleted);
    if (deleted) logger.info({ deleted, more }, 'decision log: deleted the decisions past the retention policy');
  },
  onError: (error) => logger.error({ err: error }, 'decision log: the retention policy could not run; it runs again at the next interval'),
});

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info(
    { port: info.port, store: store.kind, packs: registry.packIds(), rateLimit: config.rateLimit ?? 'off', decisionLog: config.decisionLog, retention: config.retention },
    `tanzhong listening on http://localhost:${info.port} (store: ${store.kind}; packs: ${registry.packIds().join(', ')}); API reference: http://localhost:${info.port}/docs`,
  );
}) as Server;

server.on('error', (error: NodeJS.ErrnoException) => {
  const port = config.port;
  const why =
    error.code === 'EADDRINUSE'
      ? `port ${port} is already in use by another process: stop that process, or set PORT to a free port (e.g. PORT=${port === 8787 ? 8788 : 8787})`
      : error.code === 'EACCES'
        ? `port ${port} needs privileges this process does not have: set PORT to 1024 or above`
        : error.code === 'EADDRNOTAVAIL'
          ? `HOST=${config.host} is not an address of this machine: leave HOST unset to listen on every interface`
          : `cannot listen on port ${port}: ${error.message}`;
  void cannotStart(why, store);
});

/**
 * Graceful shutdown: stop accepting connections; answer the requests under way, each with `Connection: close`, and
 * close idle keep-alive connections at once; after SHUTDOWN_TIMEOUT_SECONDS, close whatever connection is still
 * open (a client that never finishes sending its body). Then stop the retention policy, commit the decisions
 * queued for a group commit and close the store. Readiness answers 503 meanwhile. A second signal ends at once.
 */
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    logger.warn({ signal }, 'a second signal: exiting now');
    exit(1);
  }
  stopping = true;
  logger.info({ signal, timeoutSeconds: config.shutdownTimeoutSeconds }, 'stopping: no new connections; the requests under way may finish');
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const force = setTimeout(() => {
    logger.warn({ timeoutSeconds: config.shutdownTimeoutSeconds }, 'closing the connections still open after the shutdown timeout');
    server.closeAllConnections();
  }, config.shutdownTimeoutSeconds * 1000);
  server.closeIdleConnections();
  await closed;
  clearInterval(idle);
  clearTimeout(force);
  await stopRetention();
  await store.close();
  logger.info('stopped');
  exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));
