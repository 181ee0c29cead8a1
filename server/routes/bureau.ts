// Bureaus: validate a pack (dry run), submit a version as a draft, publish it with the date it takes effect (within
// the pack's period, not before today unless the request corrects history).
// The rules (key scope, validation, drafts, publication, audit) are app/publishing.ts; here they meet HTTP.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { PackVersion } from '../../app/pack-source.js';
import { Publishing } from '../../app/publishing.js';
import { plainProblem } from '../../engine/index.js';
import { callerOf } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { errorResponse } from '../errors.js';
import { auditCode, refusalError } from '../publishing-errors.js';
import { PackDocumentBody, PackVersionSummary, PublishRequest, ValidateResponse } from '../schemas.js';

const security = [{ apiKey: [] }];

const validateRoute = createRoute({
  method: 'post',
  path: '/v1/packs/validate',
  tags: ['Bureaus'],
  summary: 'Validate a pack without storing it: every problem, with its path and what to do',
  request: { body: { required: true, content: { 'application/json': { schema: PackDocumentBody } } } },
  responses: {
    200: { description: 'valid, or the list of problems', content: { 'application/json': { schema: ValidateResponse } } },
    400: errorResponse('The body is not JSON'),
    413: errorResponse('The body is too large'),
    422: errorResponse('The body is not a JSON object'),
  },
});

const draftRoute = createRoute({
  method: 'post',
  path: '/v1/packs',
  tags: ['Bureaus'],
  summary: 'Submit a new pack, or a new version of one, as a draft (seen only by keys of its jurisdiction)',
  security,
  request: { body: { required: true, content: { 'application/json': { schema: PackDocumentBody } } } },
  responses: {
    201: { description: 'Stored as a draft', content: { 'application/json': { schema: PackVersionSummary.extend({ id: z.string() }) } } },
    401: errorResponse('No API key, or one not known, revoked or expired'),
    403: errorResponse("The pack's jurisdiction is outside the key's, or its id is in another province's namespace"),
    409: errorResponse('This version exists already'),
    422: errorResponse("The pack is not valid, or its id, jurisdiction and base disagree; every problem is listed"),
  },
});

const publishRoute = createRoute({
  method: 'post',
  path: '/v1/packs/{id}/versions/{version}/publish',
  tags: ['Bureaus'],
  summary: 'Publish a draft, in effect from a date; published versions never change',
  security,
  request: {
    params: z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }), version: z.string().min(1).max(40).openapi({ param: { name: 'version', in: 'path' } }) }),
    body: { required: true, content: { 'application/json': { schema: PublishRequest } } },
  },
  responses: {
    200: { description: 'Published', content: { 'application/json': { schema: PackVersionSummary.extend({ id: z.string() }) } } },
    401: errorResponse('No API key, or one not known, revoked or expired'),
    403: errorResponse("The pack's jurisdiction is outside the key's"),
    404: errorResponse('No such version'),
    409: errorResponse('Already published'),
    422: errorResponse("The draft no longer validates against its base, or effectiveFrom is outside the pack's period or before today without correctsHistory"),
  },
});

const summary = (v: PackVersion) => ({
  id: v.packId,
  version: v.version,
  status: v.status,
  effectiveFrom: v.effectiveFrom,
  publishedAt: v.publishedAt,
  contentHash: v.contentHash,
  source: v.source,
});

export function bureauRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry, store } = deps;
  const publishing = new Publishing(store, registry, { auditCode });

  app.openapi(validateRoute, (c) => {
    const problems = publishing.validate(c.req.valid('json'));
    return c.json({ valid: problems.length === 0, issues: problems.map(plainProblem) }, 200);
  });

  app.openapi(draftRoute, async (c) => {
    const outcome = await publishing.draft(await callerOf(c, store), c.req.valid('json'), c.req.path);
    if (outcome.kind !== 'drafted') throw refusalError(outcome);
    return c.json(summary(outcome.version), 201);
  });

  app.openapi(publishRoute, async (c) => {
    const { id, version } = c.req.valid('param');
    const outcome = await publishing.publish(await callerOf(c, store), id, version, c.req.valid('json'), c.req.path);
    if (outcome.kind !== 'published') throw refusalError(outcome);
    return c.json(summary(outcome.version), 200);
  });
}
