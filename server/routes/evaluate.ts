// POST /v1/evaluate and POST /v1/compare: the organizer's question, under one pack or several.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { differences } from '../../adapters/compare/differences.js';
import type { Determination as EngineDetermination } from '../../engine/index.js';
import { answer } from '../answer.js';
import type { AppDeps } from '../deps.js';
import { errorResponse } from '../errors.js';
import { CompareRequest, Determination, Difference, EvaluateRequest, EvaluateResponse } from '../schemas.js';
import { z } from '@hono/zod-openapi';

const evaluateRoute = createRoute({
  method: 'post',
  path: '/v1/evaluate',
  tags: ['Evaluate'],
  summary: 'Must this event be neutralized under a pack, and how?',
  request: { body: { required: true, content: { 'application/json': { schema: EvaluateRequest } } } },
  responses: {
    200: { description: 'The determination, with the id it is stored under', content: { 'application/json': { schema: EvaluateResponse } } },
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
            determinations: z.record(z.string(), Determination.extend({ decisionId: z.string() })),
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

export function evaluateRoutes(app: OpenAPIHono, deps: AppDeps) {
  app.openapi(evaluateRoute, async (c) => {
    const body = c.req.valid('json');
    const result = await answer(deps, body);
    return c.json({ ...result.determination, decisionId: result.decisionId, ...(result.notice ? { notice: result.notice } : {}) }, 200);
  });

  app.openapi(compareRoute, async (c) => {
    const body = c.req.valid('json');
    const ids = [...new Set(body.packs)];
    const determinations: Record<string, EngineDetermination & { decisionId: string }> = {};
    for (const pack of ids) {
      const result = await answer(deps, { ...body, pack }, `packs[${body.packs.indexOf(pack)}]`);
      determinations[pack] = { ...result.determination, decisionId: result.decisionId };
    }
    const found = differences(determinations);
    const summary = found.map((d) => `${d.field}: ${Object.entries(d.values).map(([id, v]) => `${id} ${JSON.stringify(v)}`).join('; ')}`);
    // The engine's types are exact; the response schema is the looser public contract.
    return c.json({ determinations: determinations as unknown as Record<string, z.infer<typeof Determination> & { decisionId: string }>, differences: found, summary }, 200);
  });
}
