// GET /v1/packs, /v1/packs/{id}, /v1/packs/{id}/rules/{ruleId}: what the service answers with, and why. Published
// versions are public; a draft is shown only to a bearer key of its jurisdiction (app/publishing.ts, visibleTo).
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { PackVersion } from '../../app/pack-source.js';
import type { PackRegistry } from '../../app/registry.js';
import { type PackDocument, todayInChina } from '../../engine/index.js';
import { resolutionError } from '../answer-errors.js';
import { type Viewer, visibleTo } from '../../app/publishing.js';
import { viewerOf } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { RuleDocument } from '../pages/packs.js';
import { PackSummary } from '../schemas.js';

const PackId = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' }, example: 'cn-chongqing' }) });
const RuleParams = PackId.extend({
  ruleId: z.string().min(1).max(200).openapi({ param: { name: 'ruleId', in: 'path' }, example: 'duty.complete-neutralization' }),
});

function versionSummary(v: PackVersion) {
  return { version: v.version, status: v.status, effectiveFrom: v.effectiveFrom, publishedAt: v.publishedAt, contentHash: v.contentHash, source: v.source };
}

/**
 * A pack as `viewer` may see it (published versions, and drafts of the viewer's jurisdiction), named by the version
 * that represents it (the one in effect, else the newest published, else the newest draft it may see); undefined
 * when it may see none.
 */
export function packSummary(registry: PackRegistry, id: string, viewer: Viewer = null) {
  const versions = registry.versionsOf(id).filter((v) => visibleTo(v, viewer));
  const current = registry.shownVersion(id)?.inEffect;
  const shown = current ?? versions.filter((v) => v.status === 'published').at(-1) ?? versions.at(-1);
  if (!shown) return undefined;
  const doc = shown.document as PackDocument;
  return {
    id,
    title: doc.title,
    jurisdiction: doc.jurisdiction,
    ...(doc.extends ? { extends: doc.extends } : {}),
    current: current ? versionSummary(current) : null,
    versions: versions.map(versionSummary),
  };
}

/** The ids of the packs `viewer` may see at least one version of. */
export function visiblePackIds(registry: PackRegistry, viewer: Viewer = null): string[] {
  return registry.packIds().filter((id) => registry.versionsOf(id).some((v) => visibleTo(v, viewer)));
}

/** A bearer key is optional on the reads: with one, a bureau also sees the drafts of its jurisdiction. */
const readSecurity: Record<string, string[]>[] = [{}, { apiKey: [] }];

const listRoute = createRoute({
  method: 'get',
  path: '/v1/packs',
  tags: ['Packs'],
  summary: 'The packs, with their published versions and the dates they take effect (and, to a key, the drafts of its jurisdiction)',
  security: readSecurity,
  responses: {
    200: { description: 'Every pack with a published version, and those with a draft the key may see', content: { 'application/json': { schema: z.object({ packs: z.array(PackSummary) }) } } },
    401: errorResponse('A key was sent that is not known, revoked or expired'),
  },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/v1/packs/{id}',
  tags: ['Packs'],
  summary: 'One pack: its version history (drafts only to a key of its jurisdiction) and the rules of the version in effect',
  security: readSecurity,
  request: { params: PackId, query: z.object({ asOf: z.string().optional().openapi({ description: 'the date to show the pack as in effect on (default: today, China time)' }) }) },
  responses: {
    200: { description: 'The pack', content: { 'application/json': { schema: PackSummary.extend({ rules: z.array(z.unknown()), offsets: z.unknown(), process: z.array(z.unknown()) }) } } },
    401: errorResponse('A key was sent that is not known, revoked or expired'),
    404: errorResponse('Unknown pack (a pack only drafted is unknown but to keys of its jurisdiction)'),
    422: errorResponse('No version in effect'),
  },
});

const ruleRoute = createRoute({
  method: 'get',
  path: '/v1/packs/{id}/rules/{ruleId}',
  tags: ['Packs'],
  summary: 'One rule with its citation (JSON, or a page for a browser)',
  request: { params: RuleParams },
  responses: {
    200: {
      description: 'Every dated version of the rule in the pack in effect today, with where it was written',
      content: { 'application/json': { schema: z.object({ pack: z.object({ id: z.string(), version: z.string() }), rule: z.string(), versions: z.array(z.unknown()) }) }, 'text/html': { schema: z.string() } },
    },
    404: errorResponse('Unknown pack or rule'),
  },
});

export function packRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry, store } = deps;
  /** A pack the viewer may see nothing of is unknown to it, as if it did not exist. */
  const unknownPack = (id: string, viewer: Viewer) =>
    resolutionError({ kind: 'unknown-pack', packId: id, known: visiblePackIds(registry, viewer) }, 'id');
  const inEffect = (id: string, viewer: Viewer, asOf?: string) => {
    if (!visiblePackIds(registry, viewer).includes(id)) throw unknownPack(id, viewer);
    const r = registry.resolve(id, asOf ?? todayInChina(), undefined, { drafts: (v) => visibleTo(v, viewer) });
    if (r.kind === 'unknown-pack') throw unknownPack(id, viewer);
    if (r.kind !== 'ok') throw resolutionError(r, 'id');
    return r.resolved;
  };

  app.openapi(listRoute, async (c) => {
    const viewer = await viewerOf(c, store);
    const packs = visiblePackIds(registry, viewer).flatMap((id) => packSummary(registry, id, viewer) ?? []);
    return c.json({ packs }, 200);
  });

  app.openapi(oneRoute, async (c) => {
    const { id } = c.req.valid('param');
    const viewer = await viewerOf(c, store);
    const { compiled } = inEffect(id, viewer, c.req.valid('query').asOf);
    const { pack } = compiled;
    return c.json({ ...(packSummary(registry, id, viewer) as NonNullable<ReturnType<typeof packSummary>>), rules: pack.rules.map(({ sourcePath: _s, ...rule }) => rule), offsets: pack.offsets, process: pack.process }, 200);
  });

  app.openapi(ruleRoute, (c) => {
    const { id, ruleId } = c.req.valid('param');
    const { compiled } = inEffect(id, null);
    const placed = compiled.pack.rules.filter((r) => r.id === ruleId);
    const versions = placed.map(({ sourcePath: _s, ...rule }) => rule);
    if (!versions.length) throw new ApiError(404, 'unknown_rule', `pack "${id}" has no rule "${ruleId}"`, [{ path: 'ruleId', message: `rules: ${[...new Set(compiled.pack.rules.map((r) => r.id))].join(', ')}` }]);
    const body = { pack: { id: compiled.pack.id, version: compiled.pack.version }, rule: ruleId, versions };
    if ((c.req.header('accept') ?? '').includes('text/html')) {
      const lang = c.req.query('lang') === 'en' ? 'en' : 'zh';
      const page = `/packs/${id}/rules/${ruleId}`;
      return c.html(RuleDocument({ lang, path: page, query: c.req.query(), pack: compiled.pack, ruleId, versions: placed }), 200);
    }
    return c.json(body, 200);
  });
}
