// GET /v1/decisions/{id} and POST /v1/decisions/{id}/replay: every answer is kept as its request, the exact pack
// versions it came from, its outcome and the digest of its Determination (app/decision-record.ts). Reading it
// derives the Determination again under those versions and says whether it still has the recorded digest; a
// difference is reported in `verification`, never hidden. Replay asks the same again under another pack or version.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { answer } from '../../app/answer.js';
import { type CheckedDecision, checkDecision } from '../../app/decision-record.js';
import { differences } from '../../adapters/compare/differences.js';
import { decisionLog } from '../../adapters/storage/decision-log.js';
import { engineVersion } from '../../adapters/storage/engine-version.js';
import type { StoredDecision as Kept } from '../../adapters/storage/store.js';
import type { PackVersion } from '../../app/pack-source.js';
import { visibleTo } from '../../app/publishing.js';
import { answerError } from '../answer-errors.js';
import { viewerOf } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { DecisionOutcome, DecisionVerification, Determination, Difference, ReplayRequest } from '../schemas.js';

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
    request: z.unknown().openapi({ description: 'the request as asked: pack, event, asOf, lang, version, readings' }),
    outcome: DecisionOutcome.nullable(),
    determination: Determination.nullable().openapi({
      description: 'derived again from the request under exactly these versions (a decision kept before the lean log: the one kept); null when it cannot be',
    }),
    verification: DecisionVerification,
  })
  .openapi('Decision');

const getRoute = createRoute({
  method: 'get',
  path: '/v1/decisions/{id}',
  tags: ['Decisions'],
  summary: 'A stored decision: the input, the exact pack versions (content hashes), the outcome, and the Determination derived again and checked against its digest',
  request: { params: Id },
  responses: { 200: { description: 'The decision', content: { 'application/json': { schema: StoredDecision } } }, 404: errorResponse('No such decision') },
});

/** A key is optional: with one, a bureau may replay under a draft of its jurisdiction. */
const replaySecurity: Record<string, string[]>[] = [{}, { apiKey: [] }];

const replayRoute = createRoute({
  method: 'post',
  path: '/v1/decisions/{id}/replay',
  tags: ['Decisions'],
  summary: 'The same event under another pack or published version (a draft: with a key of its jurisdiction), with the differences',
  security: replaySecurity,
  request: { params: Id, body: { required: false, content: { 'application/json': { schema: ReplayRequest } } } },
  responses: {
    200: {
      description: 'The new answer and what differs from the stored one',
      content: {
        'application/json': {
          schema: z.object({
            decisionId: z.string().optional(),
            original: z.object({ decisionId: z.string(), pack: z.string(), version: z.string(), verification: DecisionVerification }),
            replay: z.object({ pack: z.string(), version: z.string(), determination: z.unknown() }),
            differences: z.array(Difference),
          }),
        },
      },
    },
    401: errorResponse('A key was sent that is not known, revoked or expired'),
    404: errorResponse('No such decision, pack or version (a draft is unknown but to a key of its jurisdiction)'),
    409: errorResponse('The original Determination cannot be derived again (see GET: verification.problem)'),
    422: errorResponse('The request is not valid'),
  },
});

const notFound = () => new ApiError(404, 'not_found', 'no decision with this id', [{ path: 'id', message: 'unknown decision id' }]);

export function decisionRoutes(app: OpenAPIHono, deps: AppDeps) {
  const recorder = deps.recorder ?? decisionLog(deps.store);
  const check = (kept: Kept): Promise<CheckedDecision> => checkDecision(deps.registry, kept, engineVersion());

  app.openapi(getRoute, async (c) => {
    const kept = await deps.store.getDecision(c.req.valid('param').id);
    if (!kept) throw notFound();
    const checked = await check(kept);
    return c.json(
      {
        id: kept.id,
        createdAt: kept.createdAt,
        pack: { id: kept.packId, version: kept.packVersion, contentHash: kept.contentHash, chain: kept.chain },
        request: kept.request,
        outcome: checked.outcome,
        // The engine's types are exact; the response schema is the looser public contract.
        determination: checked.determination as z.infer<typeof Determination> | null,
        verification: checked.verification,
      },
      200,
    );
  });

  app.openapi(replayRoute, async (c) => {
    const { id } = c.req.valid('param');
    // The body is optional: with none, the decision is asked again of the pack versions now published, on its own date.
    const choice: z.infer<typeof ReplayRequest> = c.req.valid('json') ?? {};
    const kept = await deps.store.getDecision(id);
    if (!kept) throw notFound();
    const original = await check(kept);
    if (!original.determination) {
      throw new ApiError(409, 'not_rederivable', `the original answer cannot be derived again: ${original.verification.problem ?? 'unknown reason'}`, [
        { path: 'id', message: original.verification.problem ?? 'cannot be derived again' },
      ]);
    }
    const { request } = kept;
    const pack = choice.pack ?? kept.packId;
    // Published versions are public; a draft is answered under only for a key of its jurisdiction (401 for a key
    // sent that does not work), and is otherwise unknown.
    const viewer = await viewerOf(c, deps.store);
    const drafts = (v: PackVersion) => visibleTo(v, viewer);
    const question = { pack, version: choice.version, event: request.event, asOf: request.asOf, lang: request.lang, readings: request.readings, drafts };
    const outcome = await answer(deps.registry, question, recorder);
    if (outcome.kind !== 'answered') throw answerError(outcome);
    const replayed = { ...outcome, decisionId: outcome.decisionId as string };
    const stateful = replayed.determination.pack;
    return c.json(
      {
        decisionId: replayed.decisionId,
        original: { decisionId: kept.id, pack: kept.packId, version: kept.packVersion, verification: original.verification },
        replay: { pack: stateful.id, version: stateful.version, determination: replayed.determination },
        differences: differences({ original: original.determination, replay: replayed.determination }),
      },
      200,
    );
  });
}
