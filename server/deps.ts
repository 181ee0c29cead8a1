// What the routes need, passed in so tests build the app on any store.
import type { PackRegistry } from '../app/registry.js';
import type { Store } from '../adapters/storage/store.js';

export interface AppDeps {
  /** The packs answered with: a registry over the store (app/store-source.ts). */
  registry: PackRegistry;
  store: Store;
  /** Largest request body accepted, in bytes (413 beyond it). */
  bodyLimitBytes?: number;
  /** Largest body of POST /v1/evaluate/batch, in bytes (default: 8 MiB, or bodyLimitBytes when that is larger). */
  batchBodyLimitBytes?: number;
}
