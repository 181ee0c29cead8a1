// npm start: loads the shipped packs and serves the API on PORT (default 8787).
import { serve } from '@hono/node-server';
import { loadPackLibrary } from '../adapters/files/pack-files.js';
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 8787);
const app = createApp(loadPackLibrary());
serve({ fetch: app.fetch, port }, (info) => console.log(`tanzhong listening on http://localhost:${info.port}`));
