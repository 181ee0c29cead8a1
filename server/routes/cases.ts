// The organizer's journey over HTTP: open a case (POST /v1/cases), read it (GET /v1/cases/{id}: its stage, each
// duty done, open or overdue, what is missing, the ledger), change its event or details (PATCH, or PUT …/event:
// judged again under the same pack versions, with what changed), and its forms (GET …/forms/{form}, filled by the
// documents of app/cases/documents). The ledger's writes are ./case-ledger.ts, certificates ./certificates.ts,
// the bureau's list ./case-list.ts; caseRoutes registers them all.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type CaseContext, caseView, loadCase } from '../../app/cases/case-context.js';
import { DOCUMENT_KINDS, type DocumentKind, documentHtml, documentOf, documentsFor } from '../../app/cases/documents/index.js';
import { markDuty, recordRegistration } from '../../app/cases/case-evidence.js';
import { openCase } from '../../app/cases/open-case.js';
import { updateCase } from '../../app/cases/update-case.js';
import { LANGS } from '../../engine/index.js';
import type { AppDeps } from '../deps.js';
import { errorResponse } from '../errors.js';
import { caseCredentialOf, failed } from './case-errors.js';
import { caseLedgerRoutes } from './case-ledger.js';
import { caseListRoutes } from './case-list.js';
import { CaseId, CaseViewSchema, OpenCaseRequest, Particulars, RegistrationRequest, UpdateCaseRequest, ViewQuery } from './case-schemas.js';
import { certificateRoutes } from './certificates.js';
import { Event } from '../schemas.js';

/** A case token or a key (Authorization: Bearer …). */
const security: Record<string, string[]>[] = [{}, { apiKey: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const CaseUpdateSchema = z.object({ case: CaseViewSchema, changes: z.array(z.object({ field: z.string(), text: z.string(), before: z.string().nullable(), after: z.string().nullable() })) });
const denied = { 401: errorResponse('No case token or key, or a key not known, revoked or expired'), 403: errorResponse('The token or key does not hold this case'), 404: errorResponse('No such case') };

const openRoute = createRoute({
  method: 'post',
  path: '/v1/cases',
  tags: ['Cases'],
  summary: 'Open a case: the event, its answer under the exact pack versions, and the duties with their due dates. Without a key, a case token is returned, once',
  security,
  request: { body: { required: true, ...json(OpenCaseRequest) } },
  responses: {
    201: { description: 'Opened; `token` (only when opened without a key) is shown this once', ...json(z.object({ case: CaseViewSchema, token: z.string().optional() })) },
    401: errorResponse('A key was sent that is not known, revoked or expired'),
    404: errorResponse('Unknown pack'),
    422: errorResponse('The event, the readings or the details are not valid; every problem is listed'),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/v1/cases/{id}',
  tags: ['Cases'],
  summary: "A case: its stage, each duty done, open or overdue as of today (or asOf), what is still missing in words, the ledger and the certificate's status",
  security,
  request: { params: CaseId, query: ViewQuery },
  responses: { 200: { description: 'The case', ...json(CaseViewSchema) }, ...denied, 409: errorResponse('The case’s pack versions cannot be evaluated'), 422: errorResponse('Bad asOf or lang') },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/v1/cases/{id}',
  tags: ['Cases'],
  summary: 'Change facts of the event (merge patch) or details of the case: judged again under the same pack versions, answered with what changed',
  security,
  request: { params: CaseId, body: { required: true, ...json(UpdateCaseRequest) } },
  responses: { 200: { description: 'The case and what changed', ...json(CaseUpdateSchema) }, ...denied, 409: errorResponse('Certified, or changed meanwhile'), 422: errorResponse('The event or details are not valid') },
});

const putEventRoute = createRoute({
  method: 'put',
  path: '/v1/cases/{id}/event',
  tags: ['Cases'],
  summary: 'Replace the event: judged again under the same pack versions, answered with what changed',
  security,
  request: { params: CaseId, body: { required: true, ...json(Event) } },
  responses: { 200: { description: 'The case and what changed', ...json(CaseUpdateSchema) }, ...denied, 409: errorResponse('Certified, or changed meanwhile'), 422: errorResponse('The event is not valid') },
});

const putRoute = createRoute({
  method: 'put',
  path: '/v1/cases/{id}',
  tags: ['Cases'],
  summary: 'Replace the event (and the details, when given): judged again under the same pack versions, answered with what changed',
  security,
  request: { params: CaseId, body: { required: true, ...json(z.object({ event: Event, particulars: Particulars.optional(), lang: z.enum(LANGS).optional() }).strict()) } },
  responses: { 200: { description: 'The case and what changed', ...json(CaseUpdateSchema) }, ...denied, 409: errorResponse('Certified, or changed meanwhile'), 422: errorResponse('The event or details are not valid') },
});

const formRoute = createRoute({
  method: 'get',
  path: '/v1/cases/{id}/forms/{form}',
  tags: ['Cases'],
  summary: "A form of the case filled from it: Sichuan's 附表1, Jining's self-commitment, Chongqing's 计划书 (JSON, or a printable page); unknown fields are left blank",
  security,
  request: {
    params: CaseId.extend({ form: z.enum(DOCUMENT_KINDS).openapi({ param: { name: 'form', in: 'path' } }) }),
    query: z.object({ format: z.enum(['json', 'html']).optional(), lang: z.enum(LANGS).optional() }),
  },
  responses: {
    200: { description: 'The form', content: { 'application/json': { schema: z.looseObject({}) }, 'text/html': { schema: z.string() } } },
    ...denied,
    409: errorResponse('The case’s pack versions cannot be evaluated'),
    422: errorResponse('Unknown form or format'),
  },
});

const filedRoute = createRoute({
  method: 'post',
  path: '/v1/cases/{id}/forms/{form}/filed',
  tags: ['Cases'],
  summary: "Mark a form filed: Sichuan's 附表1 files the registration (stage `registered`), Chongqing's 计划书 meets the plan duty",
  security,
  request: {
    params: CaseId.extend({ form: z.enum(DOCUMENT_KINDS).openapi({ param: { name: 'form', in: 'path' } }) }),
    body: { required: true, ...json(RegistrationRequest) },
  },
  responses: { 200: { description: 'Recorded; the case as it stands', ...json(CaseViewSchema) }, ...denied, 409: errorResponse('The case is certified'), 422: errorResponse('A form that is not filed (the self-commitment is confirmation evidence), or a bad date') },
});

export function caseRoutes(app: OpenAPIHono, deps: AppDeps) {
  const context: CaseContext = { registry: deps.registry, store: deps.store, recorder: deps.recorder };

  app.openapi(openRoute, async (c) => {
    const body = c.req.valid('json');
    const credential = await caseCredentialOf(c, deps.store);
    const opened = await openCase(context, body, credential);
    if (opened.kind !== 'ok') return failed(c, opened);
    return c.json({ case: opened.view, ...(opened.token ? { token: opened.token } : {}) }, 201);
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const loaded = await loadCase(context, id, await caseCredentialOf(c, deps.store), 'read');
    if (loaded.kind !== 'ok') return failed(c, loaded);
    const viewed = await caseView(context, loaded.bundle, query);
    return viewed.kind === 'ok' ? c.json(viewed.view, 200) : failed(c, viewed);
  });

  app.openapi(patchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const edit = { ...(body.event ? { eventPatch: body.event } : {}), ...(body.particulars ? { particulars: body.particulars } : {}), ...(body.lang ? { lang: body.lang } : {}) };
    const updated = await updateCase(context, id, edit, await caseCredentialOf(c, deps.store));
    return updated.kind === 'ok' ? c.json({ case: updated.case, changes: updated.changes }, 200) : failed(c, updated);
  });

  app.openapi(putEventRoute, async (c) => {
    const { id } = c.req.valid('param');
    const updated = await updateCase(context, id, { event: c.req.valid('json') }, await caseCredentialOf(c, deps.store));
    return updated.kind === 'ok' ? c.json({ case: updated.case, changes: updated.changes }, 200) : failed(c, updated);
  });

  app.openapi(putRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const edit = { event: body.event, ...(body.particulars ? { particularsWhole: body.particulars } : {}), ...(body.lang ? { lang: body.lang } : {}) };
    const updated = await updateCase(context, id, edit, await caseCredentialOf(c, deps.store));
    return updated.kind === 'ok' ? c.json({ case: updated.case, changes: updated.changes }, 200) : failed(c, updated);
  });

  app.openapi(formRoute, async (c) => {
    const { id, form } = c.req.valid('param');
    const query = c.req.valid('query');
    const loaded = await loadCase(context, id, await caseCredentialOf(c, deps.store), 'read');
    if (loaded.kind !== 'ok') return failed(c, loaded);
    const viewed = await caseView(context, loaded.bundle, query.lang ? { lang: query.lang } : {});
    if (viewed.kind !== 'ok') return failed(c, viewed);
    const forms: DocumentKind[] = documentsFor(viewed.view);
    if (!forms.includes(form)) {
      const message = `this case's policy does not use this form; its forms: ${forms.join(', ') || 'none'}`;
      return failed(c, { kind: 'invalid', problems: [{ path: 'form', message, kind: 'one-of', values: { options: forms } }] });
    }
    const doc = documentOf(viewed.view, form, viewed.view.lang);
    if (query.format === 'html') return c.html(documentHtml(doc), 200);
    return c.json(doc, 200);
  });

  app.openapi(filedRoute, async (c) => {
    const { id, form } = c.req.valid('param');
    const body = c.req.valid('json');
    const credential = await caseCredentialOf(c, deps.store);
    if (form === 'jining-self-commitment') {
      const message = 'a self-commitment is not filed: record it as the confirmation evidence (POST /v1/cases/{id}/confirmation, mode self-commitment)';
      return failed(c, { kind: 'invalid', problems: [{ path: 'form', message }] });
    }
    const written =
      form === 'sichuan-registration'
        ? await recordRegistration(context, id, body, credential)
        : await markDuty(context, id, 'make-plan', { doneOn: body.filedOn, ...(body.reference ? { reference: body.reference } : {}) }, credential);
    return written.kind === 'ok' ? c.json(written.view, 200) : failed(c, written);
  });

  caseLedgerRoutes(app, deps, context);
  certificateRoutes(app, deps, context);
  caseListRoutes(app, deps, context);
}
