// /openapi.json (generated from the zod schemas) and /docs, an API reference whose assets the app serves itself:
// no CDN, so it works offline and in mainland China.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { PrecompressedFile } from '../middleware/compression.js';

const require = createRequire(import.meta.url);
const SWAGGER_DIR = (require('swagger-ui-dist') as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();

// A Map, not an object: a file named `__proto__` or `constructor` must not find Object.prototype's members.
const ASSETS = new Map<string, string>([
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
]);

const INIT = `window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>tanzhong API 碳中</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script>
</body>
</html>`;

export function docsRoutes(app: OpenAPIHono) {
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'tanzhong 碳中',
      version: '1.0.0',
      description:
        'Carbon-neutral events in China: which events must be neutralized under a regional policy, the dated duties, the offset instruments in order, the confirmation route, and a check of an offset plan. Every answer cites its clauses.',
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'A bureau API key (tz_...), created with `tanzhong keys create --jurisdiction <code> --name <name>`',
  });
  app.get('/docs', (c) => c.html(PAGE));
  app.get('/docs/assets/init.js', (c) => c.body(INIT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  // Read once and kept gzipped: the script is 1.7 MB, and compressing it again for every reader costs a core 0.1 s.
  const cache = new Map<string, PrecompressedFile>();
  app.get('/docs/assets/:file', async (c) => {
    const file = c.req.param('file');
    const type = ASSETS.get(file);
    if (!type) return c.notFound();
    let content = cache.get(file);
    if (!content) {
      content = new PrecompressedFile(new Uint8Array(readFileSync(join(SWAGGER_DIR, file))), type);
      cache.set(file, content);
    }
    return content.response({ method: c.req.method, acceptEncoding: c.req.header('Accept-Encoding') }, 'public, max-age=86400');
  });
}
