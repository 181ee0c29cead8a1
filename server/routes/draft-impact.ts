// GET /v1/packs/{id}/versions/{version}/impact: before publishing, what a version (a draft, or a version already
// published) would change against the one that answers now, for the decisions already asked of the pack (replayed
// from the decision log) and for a generated population in its jurisdiction (app/draft-impact.ts). Only for a bureau
// key of the pack's jurisdiction: a draft is private (to anyone else it does not exist), and the decision log holds
// other organizers' events. Bounded whoever asks: at most 1000 decisions and 20,000 generated events.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type DecisionSource, draftImpact, IMPACT_LIMITS } from '../../app/draft-impact.js';
import { visibleTo } from '../../app/publishing.js';
import { regionWithin } from '../../engine/region.js';
import { resolutionError } from '../answer-errors.js';
import { callerOf } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { refusalError } from '../publishing-errors.js';

const Params = z.object({
  id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' }, example: 'cn-sichuan-chengdu' }),
  version: z.string().min(1).max(40).openapi({ param: { name: 'version', in: 'path' }, example: '1.0.0' }),
});

const count = (max: number, fallback: number, description: string) =>
  z.coerce
    .number({ error: () => `must be a whole number from 0 to ${max}` })
    .int(`must be a whole number from 0 to ${max}`)
    .min(0, `must be a whole number from 0 to ${max}`)
    .max(max, `must be at most ${max} (the impact is bounded)`)
    .default(fallback)
    .openapi({ description, example: fallback });

const Query = z.object({
  decisions: count(IMPACT_LIMITS.maxDecisions, IMPACT_LIMITS.defaultDecisions, 'the newest decisions of the log to replay'),
  population: count(IMPACT_LIMITS.maxPopulation, IMPACT_LIMITS.defaultPopulation, 'events to generate in the pack\'s jurisdiction'),
  seed: count(IMPACT_LIMITS.maxSeed, 1, 'the seed of the generated events (the same seed, the same events)'),
});

const Counts = z.looseObject({
  events: z.number(),
  invalid: z.number(),
  changed: z.number(),
  new: z.looseObject({ answered: z.number(), obligations: z.record(z.string(), z.number()) }),
  baseline: z.looseObject({ answered: z.number(), obligations: z.record(z.string(), z.number()) }).optional(),
  transitions: z.record(z.string(), z.number()),
  examples: z.array(z.unknown()),
});

const Problems = z.array(z.looseObject({ path: z.string(), message: z.string() }));
const Incomparable = z.object({
  id: z.string().openapi({ description: 'the decision id' }),
  line: z.number(),
  readings: z.record(z.string(), z.string()).openapi({ description: 'the readings the decision was asked under' }),
  new: Problems.optional().openapi({ description: 'the readings or options this version lacks' }),
  baseline: Problems.optional().openapi({ description: 'the readings or options the baseline lacks' }),
});

const Impact = z
  .object({
    pack: z.object({ id: z.string(), version: z.string(), status: z.string() }),
    baseline: z.object({ id: z.string(), version: z.string() }).nullable(),
    readFrom: z.string().openapi({ description: 'the policies are read no earlier than this day: the later of today and the version\'s first day in force' }),
    decisions: z.object({
      replayed: z.number(),
      limit: z.number(),
      tally: Counts,
      incomparable: z
        .object({ count: z.number(), decisions: z.array(Incomparable) })
        .openapi({ description: 'decisions asked under a reading or option the version or its baseline lacks: not compared, each named with why' }),
      exampleIds: z.record(z.string(), z.string()),
    }),
    population: z.object({ count: z.number(), seed: z.number(), region: z.string(), start: z.string(), days: z.number(), tally: Counts }),
  })
  .openapi('DraftImpact');

const impactRoute = createRoute({
  method: 'get',
  path: '/v1/packs/{id}/versions/{version}/impact',
  tags: ['Bureaus'],
  summary: 'What a version would change before it is published: the decisions already asked of the pack, replayed, and a generated population',
  security: [{ apiKey: [] }],
  request: { params: Params, query: Query },
  responses: {
    200: { description: 'The counts under both versions and the answers that change, with examples', content: { 'application/json': { schema: Impact } } },
    401: errorResponse('No API key, or one not known, revoked or expired'),
    403: errorResponse("A published version of a pack outside the key's jurisdiction"),
    404: errorResponse('No such pack or version (a draft is unknown but to a key of its jurisdiction)'),
    422: errorResponse('A bound exceeded or a parameter not a whole number; or the version no longer compiles against its bases'),
  },
});

export function draftImpactRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry, store } = deps;
  const readDecisions: DecisionSource = async (packId, limit) =>
    limit === 0 ? [] : (await store.recentDecisions(packId, limit)).map((d) => ({ id: d.id, request: d.request }));

  app.openapi(impactRoute, async (c) => {
    const { id, version } = c.req.valid('param');
    const query = c.req.valid('query');
    const caller = await callerOf(c, store);
    if (caller.kind === 'anonymous') {
      const { kind: _kind, ...why } = caller;
      throw refusalError({ kind: 'unauthenticated', ...why });
    }
    const viewer = { jurisdictionCode: caller.writer.jurisdictionCode };
    const found = registry.versionsOf(id).find((v) => v.version === version && visibleTo(v, viewer));
    if (!found) {
      throw new ApiError(404, 'not_found', `pack "${id}" has no version "${version}" that this key may see`, [
        { path: 'version', message: 'GET /v1/packs/{id} with this key lists the versions and drafts it may see' },
      ]);
    }
    if (!regionWithin(found.jurisdictionCode, viewer.jurisdictionCode)) {
      throw refusalError({ kind: 'outside-jurisdiction', packId: id, packJurisdiction: found.jurisdictionCode, keyJurisdiction: viewer.jurisdictionCode });
    }
    const outcome = await draftImpact(registry, readDecisions, { packId: id, version, ...query }, (v) => visibleTo(v, viewer));
    if (outcome.kind !== 'ok') throw resolutionError(outcome, 'version');
    return c.json(outcome.impact, 200);
  });
}
