// A child process of `npm run bench`: the app of server/app.ts on a SQLite file (argv[2]), served by
// @hono/node-server on 127.0.0.1 at a free port, which it tells its parent over IPC. It stops when told
// (SIGTERM) or when the parent goes away, so no server outlives the bench.
import { serve } from '@hono/node-server';
import { packFolders } from '../../adapters/files/pack-folders.js';
import { openStore } from '../../adapters/storage/open-store.js';
import { PackRegistry } from '../../app/registry.js';
import { seedShipped } from '../../app/seed-shipped.js';
import { StoreSource } from '../../app/store-source.js';
import { createApp } from '../../server/app.js';

const file = process.argv[2];
if (!file || !process.send) throw new Error('usage: a child of bench/run.ts, given a SQLite file');
const store = await openStore(file);
await seedShipped(store, packFolders());
const registry = new PackRegistry(new StoreSource(store));
await registry.refresh();
const app = createApp({ registry, store });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send!({ port: info.port }));

const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('disconnect', stop);
