// GET /v1/packs, /v1/packs/{id}, /v1/packs/{id}/rules/{ruleId}: what the service answers with, and why.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { PackVersion } from '../../app/pack-source.js';
import type { PackRegistry } from '../../app/registry.js';
import { type PackDocument, todayInChina } from '../../engine/index.js';
import { resolutionError } from '../answer-errors.js';
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

export function packSummary(registry: PackRegistry, id: string) {
  const versions = registry.versionsOf(id);
  const { shown, inEffect: current } = registry.shownVersion(id) as NonNullable<ReturnType<PackRegistry['shownVersion']>>;
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

const listRoute = createRoute({
  method: 'get',
  path: '/v1/packs',
  tags: ['Packs'],
  summary: 'The packs, with their versions and the dates they take effect',
  responses: { 200: { description: 'Every pack', content: { 'application/json': { schema: z.object({ packs: z.array(PackSummary) }) } } } },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/v1/packs/{id}',
  tags: ['Packs'],
  summary: 'One pack: its version history and the rules of the version in effect',
  request: { params: PackId, query: z.object({ asOf: z.string().optional().openapi({ description: 'the date to show the pack as in effect on (default: today, China time)' }) }) },
  responses: {
    200: { description: 'The pack', content: { 'application/json': { schema: PackSummary.extend({ rules: z.array(z.unknown()), offsets: z.unknown(), process: z.array(z.unknown()) }) } } },
    404: errorResponse('Unknown pack'),
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
  const { registry } = deps;
  const inEffect = (id: string, asOf?: string) => {
    const r = registry.resolve(id, asOf ?? todayInChina());
    if (r.kind !== 'ok') throw resolutionError(r, 'id');
    return r.resolved;
  };

  app.openapi(listRoute, (c) => c.json({ packs: registry.packIds().map((id) => packSummary(registry, id)) }, 200));

  app.openapi(oneRoute, (c) => {
    const { id } = c.req.valid('param');
    const { compiled } = inEffect(id, c.req.valid('query').asOf);
    const { pack } = compiled;
    return c.json({ ...packSummary(registry, id), rules: pack.rules.map(({ sourcePath: _s, ...rule }) => rule), offsets: pack.offsets, process: pack.process }, 200);
  });

  app.openapi(ruleRoute, (c) => {
    const { id, ruleId } = c.req.valid('param');
    const { compiled } = inEffect(id);
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
