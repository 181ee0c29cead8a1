// What the organizer records on a case: the filed registration, the estimate before the event (from its activity
// data; 422 naming each bad field, as POST /v1/estimate), the accounted emissions, each retired credit (the
// ledger: a second claim of a credit gets 409 naming the case that holds it), the confirmation evidence, and the
// duties met by acts the ledger does not hold. Each answers with the case as it stands after the write.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { CaseContext } from '../../app/cases/case-context.js';
import { recordEstimate } from '../../app/cases/case-estimate.js';
import { markDuty, recordConfirmation, recordEmissions, recordRegistration } from '../../app/cases/case-evidence.js';
import { recordRetirement } from '../../app/cases/retire-credit.js';
import type { AppDeps } from '../deps.js';
import { errorResponse } from '../errors.js';
import { caseCredentialOf, failed } from './case-errors.js';
import {
  CaseEstimateRequest,
  CaseId,
  CaseViewSchema,
  ConfirmationRequest,
  DutyMarkRequest,
  EmissionsRequest,
  RegistrationRequest,
  RetirementRequest,
} from './case-schemas.js';

const security: Record<string, string[]>[] = [{}, { apiKey: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const denied = {
  401: errorResponse('No case token or key, or a key not known, revoked or expired'),
  403: errorResponse('The token or key does not hold this case'),
  404: errorResponse('No such case'),
  422: errorResponse('The request is not valid; every problem is listed and nothing was recorded'),
};

const conflict = { 409: errorResponse('The credit or project is held by another case, the case is certified, or the duty is met by what the case records') };
const recorded = { 200: { description: 'Recorded; the case as it stands', ...json(CaseViewSchema) }, ...denied, ...conflict };
const retired = {
  201: { description: 'Recorded: the retirement with its verdict, and the case as it stands', ...json(z.object({ retirement: z.looseObject({ id: z.string() }), case: CaseViewSchema })) },
  ...denied,
  ...conflict,
};

const post = { method: 'post' as const, tags: ['Cases'], security };

const registrationRoute = createRoute({
  ...post,
  path: '/v1/cases/{id}/registration',
  summary: 'File the registration form (Sichuan 附表1): sets the stage `registered`',
  request: { params: CaseId, body: { required: true, ...json(RegistrationRequest) } },
  responses: recorded,
});
const estimateRoute = createRoute({
  ...post,
  path: '/v1/cases/{id}/estimate',
  summary: "The estimate before the event: the activity data estimated under the case's pack factors (total, factor set, sums by phase and source, what was left out); recording again replaces it, the earlier ones kept as history. An estimate never earns a certificate",
  request: { params: CaseId, body: { required: true, ...json(CaseEstimateRequest) } },
  responses: {
    ...recorded,
    409: errorResponse('The case is certified, or its pack versions cannot be evaluated'),
    422: errorResponse('The activity data are not valid (invalid_activity): every problem is listed with its field, and nothing was recorded'),
  },
});
const emissionsRoute = createRoute({
  ...post,
  path: '/v1/cases/{id}/emissions',
  summary: 'The accounted emissions: a total, or by phase (preparation, holding, closing) and source, and who accounted them',
  request: { params: CaseId, body: { required: true, ...json(EmissionsRequest) } },
  responses: recorded,
});
const retirementRoute = createRoute({
  ...post,
  path: '/v1/cases/{id}/retirements',
  summary: "A retired credit (one serial or a range), checked against the pack's offset policy; a credit already retired for any case gets 409 naming it",
  request: { params: CaseId, body: { required: true, ...json(RetirementRequest) } },
  responses: retired,
});
const confirmationRoute = createRoute({
  ...post,
  path: '/v1/cases/{id}/confirmation',
  summary: "The confirmation evidence the pack's mode needs: a third-party report, a self-commitment with every item, or the platform's certificate number",
  request: { params: CaseId, body: { required: true, ...json(ConfirmationRequest) } },
  responses: recorded,
});
const DutyParams = CaseId.extend({ duty: z.string().min(1).max(100).openapi({ param: { name: 'duty', in: 'path' }, example: 'make-plan' }) });
const dutyRoute = createRoute({
  ...post,
  path: '/v1/cases/{id}/duties/{duty}',
  summary: 'Mark a duty met that the ledger does not hold itself (a plan made or published, information disclosed)',
  request: { params: DutyParams, body: { required: true, ...json(DutyMarkRequest) } },
  responses: recorded,
});

export function caseLedgerRoutes(app: OpenAPIHono, deps: AppDeps, context: CaseContext) {
  const credential = (c: Parameters<typeof caseCredentialOf>[0]) => caseCredentialOf(c, deps.store);

  app.openapi(registrationRoute, async (c) => {
    const written = await recordRegistration(context, c.req.valid('param').id, c.req.valid('json'), await credential(c));
    return written.kind === 'ok' ? c.json(written.view, 200) : failed(c, written);
  });

  app.openapi(estimateRoute, async (c) => {
    const written = await recordEstimate(context, c.req.valid('param').id, c.req.valid('json'), await credential(c));
    return written.kind === 'ok' ? c.json(written.view, 200) : failed(c, written);
  });

  app.openapi(emissionsRoute, async (c) => {
    const written = await recordEmissions(context, c.req.valid('param').id, c.req.valid('json'), await credential(c));
    return written.kind === 'ok' ? c.json(written.view, 200) : failed(c, written);
  });

  app.openapi(retirementRoute, async (c) => {
    const retired = await recordRetirement(context, c.req.valid('param').id, c.req.valid('json'), await credential(c));
    return retired.kind === 'ok' ? c.json({ retirement: retired.retirement, case: retired.view }, 201) : failed(c, retired);
  });

  app.openapi(confirmationRoute, async (c) => {
    const written = await recordConfirmation(context, c.req.valid('param').id, c.req.valid('json'), await credential(c));
    return written.kind === 'ok' ? c.json(written.view, 200) : failed(c, written);
  });

  app.openapi(dutyRoute, async (c) => {
    const { id, duty } = c.req.valid('param');
    const written = await markDuty(context, id, duty, c.req.valid('json'), await credential(c));
    return written.kind === 'ok' ? c.json(written.view, 200) : failed(c, written);
  });
}
