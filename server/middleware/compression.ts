// Compression (gzip or deflate, as the client accepts) of answers of 1 KB or more whose type compresses: pages,
// JSON, CSS, the /docs scripts. Not a streamed batch: its lines must reach the client as they are answered, and a
// compressor holds them back. A strong ETag stays strong and names the coding ("<hash>-gzip"): the bytes differ
// from the identity answer's, so the tag must too (hono's compress would weaken it to W/).
import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

export const COMPRESSION_THRESHOLD = 1024;

export function compression(options: { skip: (path: string) => boolean }): MiddlewareHandler {
  const inner = compress({ threshold: COMPRESSION_THRESHOLD });
  return async (c, next) => {
    if (options.skip(c.req.path)) return next();
    let strong: string | undefined;
    await inner(c, async () => {
      await next();
      // hono's compress reads Content-Length to skip small answers; a body made from a string has none yet.
      // Only when it will be compressed: the client accepts a coding hono's compress writes.
      const res = c.res;
      const accepts = /\b(gzip|deflate)\b/i.test(c.req.header('Accept-Encoding') ?? '');
      if (accepts && !res.headers.has('Content-Length') && res.body && !res.headers.has('Transfer-Encoding')) {
        const bytes = await res.arrayBuffer();
        c.res = new Response(bytes, res);
        c.res.headers.set('Content-Length', String(bytes.byteLength));
      }
      const etag = c.res.headers.get('ETag');
      strong = etag && !etag.startsWith('W/') ? etag : undefined;
    });
    const coding = c.res.headers.get('Content-Encoding');
    if (strong && coding) c.res.headers.set('ETag', `${strong.slice(0, -1)}-${coding}"`);
  };
}
