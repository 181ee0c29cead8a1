// Compression (gzip or deflate, as the client accepts) of answers of 1 KB or more whose type compresses: pages,
// JSON, CSS, the /docs scripts. Not a streamed batch: its lines must reach the client as they are answered, and a
// compressor holds them back. A strong ETag stays strong and names the coding ("<hash>-gzip"): the bytes differ
// from the identity answer's, so the tag must too (hono's compress would weaken it to W/). Large static files (the
// /docs scripts) are gzipped once and kept (PrecompressedFile).
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

const gzip = promisify(zlib.gzip);

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

/** Whether the client accepts gzip (`q=0` refuses it; `*` stands for it when it is not named). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  let gzipQ: number | undefined;
  let wildcardQ: number | undefined;
  for (const part of (acceptEncoding ?? '').split(',').slice(0, 20)) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) || 0 : 1;
    if (name.trim() === 'gzip') gzipQ = quality;
    else if (name.trim() === '*') wildcardQ = quality;
  }
  return (gzipQ ?? wildcardQ ?? 0) > 0;
}

/**
 * A static file kept gzipped once, off the event loop (the first request waits for it; every later one is sent the
 * kept bytes), rather than compressed again on every request: the /docs script is 1.7 MB as it is, 0.46 MB gzipped,
 * about 0.1 s of a core's time each time.
 */
export class PrecompressedFile {
  private gzipped: Promise<Uint8Array<ArrayBuffer>> | undefined;

  constructor(
    readonly bytes: Uint8Array<ArrayBuffer>,
    readonly type: string,
  ) {}

  /**
   * The answer to a request for the file: gzipped when the client accepts it, with its length and `Vary`. A HEAD
   * request is answered as it is, as the compression middleware answers one (it has no body to decode).
   */
  async response(request: { method: string; acceptEncoding: string | undefined }, cacheControl: string): Promise<Response> {
    const coded = request.method !== 'HEAD' && this.bytes.byteLength >= COMPRESSION_THRESHOLD && acceptsGzip(request.acceptEncoding);
    if (coded) this.gzipped ??= gzip(this.bytes, { level: 9 }).then((b) => new Uint8Array(b));
    const body = coded ? await (this.gzipped as Promise<Uint8Array<ArrayBuffer>>) : this.bytes;
    const headers: Record<string, string> = {
      'Content-Type': this.type,
      'Cache-Control': cacheControl,
      'Content-Length': String(body.byteLength),
      Vary: 'Accept-Encoding',
    };
    if (coded) headers['Content-Encoding'] = 'gzip';
    return new Response(body, { status: 200, headers });
  }
}
