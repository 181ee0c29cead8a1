// GET /v1/packs/{id}/diff?from=&to=: what changed between two versions of one pack in the store (each read with the
// versions of its bases in effect on the day it takes effect): thresholds, duties and deadlines, offset ranking and
// eligibility, confirmation, readings, each side with its citation, as data and in words (zh and en). Published
// versions are public; a draft is seen by a bearer key of its jurisdiction only, as on the other reads.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type Viewer, visibleTo } from '../../app/publishing.js';
import { type ResolvedPack, todayInChina } from '../../engine/index.js';
import { diffCount, diffHeading, diffPacks } from '../../engine/pack-diff/index.js';
import { resolutionError } from '../answer-errors.js';
import { viewerOf } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { visiblePackIds } from './packs.js';

const Params = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' }, example: 'cn-chongqing' }) });
const Query = z.object({
  from: z.string().min(1).max(40).openapi({ example: '1.0.0', description: 'the version before (GET /v1/packs/{id} lists them)' }),
  to: z.string().min(1).max(40).openapi({ example: '1.1.0', description: 'the version after' }),
});

const Words = z.object({ zh: z.string(), en: z.string() });
const Side = z.object({ id: z.string(), version: z.string(), title: Words, chain: z.array(z.object({ id: z.string(), version: z.string() })), inForce: z.object({ from: z.string(), until: z.string().optional() }) });
const Change = z
  .object({
    area: z.string().openapi({ example: 'duties', description: 'scope, duties, confirmation, offsets, readings, assumptions or citations' }),
    kind: z.string().openapi({ example: 'threshold', description: 'threshold, conditions, rule-added, deadline, rank, eligibility-changed …' }),
    rule: z.string().optional(),
    instrument: z.string().optional(),
    reading: z.string().optional(),
    fact: z.string().optional(),
    path: z.string().optional().openapi({ description: 'where a threshold is in the rule\'s condition tree' }),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    direction: z.enum(['wider', 'narrower', 'later', 'earlier']).optional().openapi({ description: 'a threshold reaches more (wider) or fewer events; a deadline moves later or earlier' }),
    citations: z.object({ before: z.unknown().optional(), after: z.unknown().optional() }),
    text: Words,
  })
  .openapi('PackChange');

/** A bearer key is optional: with one, a bureau also compares the drafts of its jurisdiction. */
const readSecurity: Record<string, string[]>[] = [{}, { apiKey: [] }];

const diffRoute = createRoute({
  method: 'get',
  path: '/v1/packs/{id}/diff',
  tags: ['Packs'],
  summary: 'What changed between two versions of a pack, each change with each side\'s citation, in words (zh, en) and as data',
  security: readSecurity,
  request: { params: Params, query: Query },
  responses: {
    200: {
      description: 'The changes, by area',
      content: { 'application/json': { schema: z.object({ pack: z.string(), from: Side, to: Side, summary: Words, changes: z.array(Change) }) } },
    },
    401: errorResponse('A key was sent that is not known, revoked or expired'),
    404: errorResponse('Unknown pack, or no such version of it (the issue names `from` or `to`)'),
    422: errorResponse('`from` or `to` missing, or a version that cannot be compiled'),
  },
});

export function packDiffRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry, store } = deps;

  /** The version `version` of pack `id`, resolved with its bases; `field` names the query parameter that asked for it. */
  const versionPack = (id: string, version: string, field: 'from' | 'to', viewer: Viewer): ResolvedPack => {
    const versions = registry.versionsOf(id).filter((v) => visibleTo(v, viewer));
    const found = versions.find((v) => v.version === version);
    if (!found) {
      throw new ApiError(404, 'unknown_version', `pack "${id}" has no version "${version}"`, [
        { path: field, message: `pack "${id}" has no version "${version}"; versions: ${versions.map((v) => v.version).join(', ')}` },
      ]);
    }
    const resolution = registry.resolve(id, found.effectiveFrom ?? todayInChina(), version, { drafts: (v) => visibleTo(v, viewer) });
    if (resolution.kind !== 'ok') throw resolutionError(resolution, field);
    return resolution.resolved.compiled.pack;
  };

  app.openapi(diffRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    const viewer = await viewerOf(c, store);
    if (!visiblePackIds(registry, viewer).includes(id)) {
      throw resolutionError({ kind: 'unknown-pack', packId: id, known: visiblePackIds(registry, viewer) }, 'id');
    }
    const diff = diffPacks(versionPack(id, from, 'from', viewer), versionPack(id, to, 'to', viewer));
    const summary = { zh: `${diffHeading(diff, 'zh')}：${diffCount(diff, 'zh')}`, en: `${diffHeading(diff, 'en')}: ${diffCount(diff, 'en')}` };
    return c.json({ pack: id, from: diff.before, to: diff.after, summary, changes: diff.changes }, 200);
  });
}
