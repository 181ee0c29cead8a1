// Content-Security-Policy for every answer, chosen by what it is. The pages run no script and have no inline one
// (a test holds them to it), so theirs allows only the app's own files; /docs (Swagger UI) runs the app's own
// copies of its scripts, sets styles through the DOM (which style-src does not govern) and shows data: images, so
// it needs no inline style either (test/browser/csp.test.ts opens it, tries an operation, and sees no violation);
// a report page (/v1/reports/...?format=html, also shown in the analysts' page's frame) is self-contained: inline
// style, SVG, no script at all; JSON allows nothing.
import type { MiddlewareHandler } from 'hono';

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const PAGE_POLICY = policy({
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'frame-src': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'self'",
  'base-uri': "'none'",
  'object-src': "'none'",
});

export const DOCS_POLICY = policy({
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'self'",
  'base-uri': "'none'",
  'object-src': "'none'",
});

export const REPORT_POLICY = policy({
  'default-src': "'none'",
  'style-src': "'unsafe-inline'",
  'img-src': 'data:',
  'form-action': "'none'",
  'frame-ancestors': "'self'",
  'base-uri': "'none'",
});

export const API_POLICY = policy({ 'default-src': "'none'", 'frame-ancestors': "'none'", 'base-uri': "'none'" });

export function contentSecurityPolicy(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.headers.has('Content-Security-Policy')) return;
    const path = c.req.path;
    const html = (c.res.headers.get('Content-Type') ?? '').startsWith('text/html');
    let chosen = API_POLICY;
    if (path === '/docs' || path.startsWith('/docs/')) chosen = DOCS_POLICY;
    else if (html) chosen = path.startsWith('/v1/reports/') ? REPORT_POLICY : PAGE_POLICY;
    c.res.headers.set('Content-Security-Policy', chosen);
  };
}
