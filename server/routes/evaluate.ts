// POST /v1/evaluate and POST /v1/compare: the organizer's question, under one pack or several.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { type Answered, answer, answerAll } from '../../app/answer.js';
import { differences } from '../../adapters/compare/differences.js';
import { fallbackFields } from '../../adapters/render/fallback-notice.js';
import { decisionLog } from '../../adapters/storage/decision-log.js';
import type { Determination as EngineDetermination, Lang } from '../../engine/index.js';
import { explainEvent } from '../../engine/explain/index.js';
import { answerError } from '../answer-errors.js';
import type { AppDeps } from '../deps.js';
import { errorResponse } from '../errors.js';
import { CompareRequest, Determination, Difference, EvaluateRequest, EvaluateResponse } from '../schemas.js';
import { z } from '@hono/zod-openapi';

const evaluateRoute = createRoute({
  method: 'post',
  path: '/v1/evaluate',
  tags: ['Evaluate'],
  summary: 'Must this event be neutralized under a pack, and how?',
  request: {
    body: { required: true, content: { 'application/json': { schema: EvaluateRequest } } },
    query: z.object({
      explain: z.enum(['0', '1']).optional().openapi({ description: '1: also `explain`, for every rule whether it held, failed or was unknown, each condition with the fact\'s value, the operator and the threshold' }),
    }),
  },
  responses: {
    200: {
      description: 'The determination, with the id it is stored under',
      content: { 'application/json': { schema: EvaluateResponse.extend({ explain: z.unknown().optional().openapi({ description: 'with ?explain=1: why each rule held, failed or was unknown' }) }) } },
    },
    400: errorResponse('The body is not JSON'),
    404: errorResponse('Unknown pack'),
    413: errorResponse('The body is too large'),
    422: errorResponse('The request or the event is not valid; every problem is listed'),
  },
});

const compareRoute = createRoute({
  method: 'post',
  path: '/v1/compare',
  tags: ['Evaluate'],
  summary: 'One event under several packs, and where the answers differ',
  request: { body: { required: true, content: { 'application/json': { schema: CompareRequest } } } },
  responses: {
    200: {
      description: 'The determination under each pack, and the fields that differ',
      content: {
        'application/json': {
          schema: z.object({
            determinations: z.record(z.string(), Determination.extend({ decisionId: z.string().optional() })),
            differences: z.array(Difference),
            summary: z.array(z.string()),
          }),
        },
      },
    },
    400: errorResponse('The body is not JSON'),
    404: errorResponse('Unknown pack'),
    422: errorResponse('The request or the event is not valid'),
  },
});

/** The answer as the API gives it: the Determination, its decision id, and the fallback in the request's words. */
export function answerBody(deps: AppDeps, answered: Answered, lang: Lang = 'zh') {
  return {
    ...answered.determination,
    decisionId: answered.decisionId as string,
    ...fallbackFields(answered.fallback, lang, (id) => deps.registry.describe(id)),
  };
}

export function evaluateRoutes(app: OpenAPIHono, deps: AppDeps) {
  const recorder = deps.recorder ?? decisionLog(deps.store);

  app.openapi(evaluateRoute, async (c) => {
    const body = c.req.valid('json');
    const outcome = await answer(deps.registry, body, recorder);
    if (outcome.kind !== 'answered') throw answerError(outcome);
    if (c.req.valid('query').explain !== '1') return c.json(answerBody(deps, outcome, body.lang), 200);
    // Worked out only when asked, with the version that answered, on the answer's evaluation date.
    const explain = explainEvent(outcome.resolved.compiled, body.event, { asOf: outcome.determination.asOf, lang: body.lang, readings: body.readings });
    return c.json({ ...answerBody(deps, outcome, body.lang), explain }, 200);
  });

  app.openapi(compareRoute, async (c) => {
    const body = c.req.valid('json');
    const ids = [...new Set(body.packs)];
    // Every pack answers before any decision is kept: a compare that fails on one pack records none.
    const outcome = await answerAll(deps.registry, ids.map((pack) => ({ ...body, pack })), recorder);
    if (outcome.kind !== 'answered') throw answerError(outcome.failure, `packs[${body.packs.indexOf(ids[outcome.index] as string)}]`);
    const determinations: Record<string, ReturnType<typeof answerBody>> = {};
    outcome.answers.forEach((answered, i) => {
      determinations[ids[i] as string] = answerBody(deps, answered, body.lang);
    });
    const found = differences(determinations as Record<string, EngineDetermination>);
    const summary = found.map((d) => `${d.field}: ${Object.entries(d.values).map(([id, v]) => `${id} ${JSON.stringify(v)}`).join('; ')}`);
    // The engine's types are exact; the response schema is the looser public contract.
    return c.json({ determinations: determinations as unknown as Record<string, z.infer<typeof Determination> & { decisionId: string }>, differences: found, summary }, 200);
  });
}
