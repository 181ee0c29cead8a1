// An app on a fresh store with the shipped packs published, built with whatever deps a test gives (rate limits,
// the decision log's mode, a logger...), and a caller that can pretend to be a remote client.
import { PackRegistry } from '../../app/registry.js';
import { seedShipped } from '../../app/seed-shipped.js';
import { StoreSource } from '../../app/store-source.js';
import { packFolders } from '../../adapters/files/pack-folders.js';
import { createApiKey } from '../../adapters/storage/api-keys.js';
import { openStore } from '../../adapters/storage/open-store.js';
import type { Store } from '../../adapters/storage/store.js';
import { createApp } from '../../server/app.js';
import type { AppDeps } from '../../server/deps.js';

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** The remote address as @hono/node-server gives it (c.env.incoming.socket.remoteAddress). */
  remote?: string;
}

export async function hardenedApp(extra: Partial<AppDeps> | ((store: Store) => Partial<AppDeps>) = {}, url = ':memory:') {
  const store: Store = await openStore(url);
  await seedShipped(store, packFolders([]));
  const registry = new PackRegistry(new StoreSource(store));
  await registry.refresh();
  const deps = typeof extra === 'function' ? extra(store) : extra;
  const app = createApp({ registry, store, ...deps });
  const call = async (method: string, path: string, options: CallOptions = {}) => {
    const { body, headers = {}, remote } = options;
    const init: RequestInit = { method, headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers } };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const env = remote ? { incoming: { socket: { remoteAddress: remote, remotePort: 40000, remoteFamily: 'IPv4' } } } : undefined;
    const res = await app.request(path, init, env);
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, headers: res.headers };
  };
  const keyFor = async (jurisdictionCode: string) => (await createApiKey(store, { name: `test ${jurisdictionCode}`, jurisdictionCode })).key;
  return { app, store, registry, call, keyFor };
}

/** The README's small event, under cn-chongqing. */
export const SMALL_EVALUATION = {
  pack: 'cn-chongqing',
  lang: 'en',
  event: { kind: 'meeting', attendees: 200, startDate: '2026-01-30', endDate: '2026-01-31', organizer: { type: 'soe', level: 'provincial' } },
};
