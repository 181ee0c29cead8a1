// GET /v1/decisions/{id} and POST /v1/decisions/{id}/replay: every answer is kept with the exact pack version it
// came from, and can be asked again under another version to see what changed.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { answer } from '../../app/answer.js';
import { differences } from '../../adapters/compare/differences.js';
import { decisionLog } from '../../adapters/storage/decision-log.js';
import type { Determination, Lang } from '../../engine/index.js';
import { answerError } from '../answer-errors.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { Difference, ReplayRequest } from '../schemas.js';

const Id = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) });

const StoredDecision = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    pack: z.object({
      id: z.string(),
      version: z.string(),
      contentHash: z.string(),
      chain: z.array(z.object({ id: z.string(), version: z.string(), contentHash: z.string() })),
    }),
    request: z.unknown(),
    determination: z.unknown(),
  })
  .openapi('Decision');

const getRoute = createRoute({
  method: 'get',
  path: '/v1/decisions/{id}',
  tags: ['Decisions'],
  summary: 'A stored decision: the input, the answer, and the exact pack version (content hash) used',
  request: { params: Id },
  responses: { 200: { description: 'The decision', content: { 'application/json': { schema: StoredDecision } } }, 404: errorResponse('No such decision') },
});

const replayRoute = createRoute({
  method: 'post',
  path: '/v1/decisions/{id}/replay',
  tags: ['Decisions'],
  summary: 'The same event under another pack or version, with the differences',
  request: { params: Id, body: { required: false, content: { 'application/json': { schema: ReplayRequest } } } },
  responses: {
    200: {
      description: 'The new answer and what differs from the stored one',
      content: {
        'application/json': {
          schema: z.object({
            decisionId: z.string(),
            original: z.object({ decisionId: z.string(), pack: z.string(), version: z.string() }),
            replay: z.object({ pack: z.string(), version: z.string(), determination: z.unknown() }),
            differences: z.array(Difference),
          }),
        },
      },
    },
    404: errorResponse('No such decision, pack or version'),
    422: errorResponse('The request is not valid'),
  },
});

export function decisionRoutes(app: OpenAPIHono, deps: AppDeps) {
  const recorder = decisionLog(deps.store);

  app.openapi(getRoute, async (c) => {
    const stored = await deps.store.getDecision(c.req.valid('param').id);
    if (!stored) throw new ApiError(404, 'not_found', 'no decision with this id', [{ path: 'id', message: 'unknown decision id' }]);
    return c.json(
      {
        id: stored.id,
        createdAt: stored.createdAt,
        pack: { id: stored.packId, version: stored.packVersion, contentHash: stored.contentHash, chain: stored.chain },
        request: stored.request,
        determination: stored.determination,
      },
      200,
    );
  });

  app.openapi(replayRoute, async (c) => {
    const { id } = c.req.valid('param');
    // The body is optional: with none, the decision is asked again of the pack versions now published, on its own date.
    const choice: z.infer<typeof ReplayRequest> = c.req.valid('json') ?? {};
    const stored = await deps.store.getDecision(id);
    if (!stored) throw new ApiError(404, 'not_found', 'no decision with this id', [{ path: 'id', message: 'unknown decision id' }]);
    const request = stored.request as { event: unknown; asOf?: string; lang?: Lang; readings?: Record<string, string> };
    const pack = choice.pack ?? stored.packId;
    const outcome = await answer(deps.registry, { pack, version: choice.version, event: request.event, asOf: request.asOf, lang: request.lang, readings: request.readings }, recorder);
    if (outcome.kind !== 'answered') throw answerError(outcome);
    const replayed = { ...outcome, decisionId: outcome.decisionId as string };
    const stateful = replayed.determination.pack;
    return c.json(
      {
        decisionId: replayed.decisionId,
        original: { decisionId: stored.id, pack: stored.packId, version: stored.packVersion },
        replay: { pack: stateful.id, version: stateful.version, determination: replayed.determination },
        differences: differences({ original: stored.determination as Determination, replay: replayed.determination }),
      },
      200,
    );
  });
}
