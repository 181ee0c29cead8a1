// GET /v1/packs/{id}/versions/{version}: one published version with its document, exactly as published. Published
// versions never change, so the answer carries a strong ETag (the version's content hash) and may be cached for
// good; If-None-Match with that tag gets 304 and no body. Drafts are not served here.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { PackVersionSummary } from '../schemas.js';

const Params = z.object({
  id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' }, example: 'cn-chongqing' }),
  version: z.string().min(1).max(40).openapi({ param: { name: 'version', in: 'path' }, example: '1.1.0' }),
});

const versionRoute = createRoute({
  method: 'get',
  path: '/v1/packs/{id}/versions/{version}',
  tags: ['Packs'],
  summary: 'One published pack version with its document; it never changes (strong ETag, 304 on If-None-Match)',
  request: { params: Params },
  responses: {
    200: {
      description: 'The version and its document as published',
      headers: z.object({ ETag: z.string().openapi({ description: 'the content hash, quoted; "<hash>-gzip" when the answer is gzip-compressed' }) }),
      content: { 'application/json': { schema: PackVersionSummary.extend({ id: z.string(), document: z.unknown() }) } },
    },
    304: { description: 'Not modified: If-None-Match named this version' },
    404: errorResponse('No such published version'),
  },
});

/** If-None-Match names this content hash, as it is or with the coding the compression appended. */
export function matchesTag(ifNoneMatch: string | undefined, hash: string): string | undefined {
  if (!ifNoneMatch) return undefined;
  for (const raw of ifNoneMatch.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag === '*' || tag === `"${hash}"` || tag === `"${hash}-gzip"` || tag === `"${hash}-deflate"`) return tag === '*' ? `"${hash}"` : tag;
  }
  return undefined;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

export function packVersionRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry } = deps;
  app.openapi(versionRoute, (c) => {
    const { id, version } = c.req.valid('param');
    const found = registry.versionsOf(id).find((v) => v.version === version && v.status === 'published');
    if (!found) {
      throw new ApiError(404, 'not_found', `pack "${id}" has no published version "${version}"`, [{ path: 'version', message: 'GET /v1/packs/{id} lists the versions' }]);
    }
    const matched = matchesTag(c.req.header('If-None-Match'), found.contentHash);
    if (matched) return c.body(null, 304, { ETag: matched, 'Cache-Control': IMMUTABLE });
    const body = {
      id: found.packId,
      version: found.version,
      status: found.status,
      effectiveFrom: found.effectiveFrom,
      publishedAt: found.publishedAt,
      contentHash: found.contentHash,
      source: found.source,
      document: found.document,
    };
    return c.json(body, 200, { ETag: `"${found.contentHash}"`, 'Cache-Control': IMMUTABLE });
  });
}
