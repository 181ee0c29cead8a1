// npm start: opens the store (DATABASE_URL, default ./data/tanzhong.db), publishes the shipped packs it does not
// have yet (and those of the folders in PACK_DIRS, e.g. policies/examples), and serves the API on PORT (default 8787).
import { serve } from '@hono/node-server';
import { PackRegistry } from '../app/registry.js';
import { seedShipped } from '../app/seed-shipped.js';
import { StoreSource } from '../app/store-source.js';
import { packFolders } from '../adapters/files/pack-folders.js';
import { openStore } from '../adapters/storage/open-store.js';
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 8787);
/** Folders of pack folders seeded beside the shipped packs: `PACK_DIRS=policies/examples` (several: separated by commas). */
const packDirs = (process.env.PACK_DIRS ?? '')
  .split(',')
  .map((dir) => dir.trim())
  .filter(Boolean);
const store = await openStore(process.env.DATABASE_URL);
await seedShipped(store, packFolders(packDirs));
const registry = new PackRegistry(new StoreSource(store));
await registry.refresh();
const bodyLimitBytes = process.env.BODY_LIMIT_BYTES ? Number(process.env.BODY_LIMIT_BYTES) : undefined;
const batchBodyLimitBytes = process.env.BATCH_BODY_LIMIT_BYTES ? Number(process.env.BATCH_BODY_LIMIT_BYTES) : undefined;
const app = createApp({ registry, store, bodyLimitBytes, batchBodyLimitBytes });
const server = serve({ fetch: app.fetch, port }, (info) => {
  console.log(`tanzhong listening on http://localhost:${info.port} (store: ${store.kind}; packs: ${registry.packIds().join(', ')})`);
  console.log(`API reference: http://localhost:${info.port}/docs`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => void store.close().then(() => process.exit(0)));
  });
}
