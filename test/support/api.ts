// An app on a fresh in-memory store with the shipped packs published, and helpers to call it.
import { PackRegistry } from '../../app/registry.js';
import { seedShipped } from '../../app/seed-shipped.js';
import { StoreSource } from '../../app/store-source.js';
import { packFolders } from '../../adapters/files/pack-folders.js';
import { createApiKey } from '../../adapters/storage/api-keys.js';
import { openStore } from '../../adapters/storage/open-store.js';
import type { Store } from '../../adapters/storage/store.js';
import { createApp } from '../../server/app.js';
import type { AppDeps } from '../../server/deps.js';

/** `packDirs`: folders of pack folders published beside the shipped packs (the server's PACK_DIRS). */
export async function makeApp(url = ':memory:', bodyLimitBytes?: number, packDirs: string[] = []) {
  const built = await testApp(url, packDirs, () => ({ bodyLimitBytes }));
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    built.request(method, path, { body, headers });
  return { ...built, call };
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** The remote address as @hono/node-server gives it (c.env.incoming.socket.remoteAddress). */
  remote?: string;
}

/** The one way tests build an app: a store with the shipped packs (and `packDirs`) published, and `deps` added. */
export async function testApp(url: string, packDirs: string[], deps: (store: Store) => Partial<AppDeps>) {
  const store: Store = await openStore(url);
  await seedShipped(store, packFolders(packDirs));
  const registry = new PackRegistry(new StoreSource(store));
  await registry.refresh();
  const app = createApp({ registry, store, ...deps(store) });
  const request = async (method: string, path: string, options: RequestOptions = {}) => {
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
  return { app, store, registry, request, keyFor };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** The error shape every 4xx answer must have. */
export function isErrorShape(json: any): boolean {
  return (
    typeof json?.error?.code === 'string' &&
    typeof json.error.message === 'string' &&
    Array.isArray(json.error.issues) &&
    json.error.issues.every((i: any) => typeof i.path === 'string' && typeof i.message === 'string')
  );
}
