// Certificates over HTTP: the organizer's (GET /v1/cases/{id}/certificate, JSON or a PDF in Chinese or English,
// issued once the case has earned it, else 409 with what is missing), the public verification by id
// (GET /v1/certificates/{id}, whether revoked too), and the revocation by a bureau of the case's jurisdiction
// (POST /v1/certificates/{id}/revoke), audited whether done or refused.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { CaseContext } from '../../app/cases/case-context.js';
import type { CaseCredential } from '../../app/cases/case-access.js';
import type { CaseFailure } from '../../app/cases/case-outcomes.js';
import { caseCertificate, revokeCertificate, verifyCertificate } from '../../app/cases/certificates.js';
import { certificatePdf, CjkFontMissingError } from '../../adapters/documents/certificate-pdf.js';
import { LANGS } from '../../engine/index.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { caseCredentialOf, caseError, failed } from './case-errors.js';
import { CaseId, CertificateSchema, RevokeRequest } from './case-schemas.js';

/** A case token or a key (Authorization: Bearer …). */
const caseSecurity: Record<string, string[]>[] = [{}, { apiKey: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const VerificationId = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' }, example: 'TZ-7K3M-9QX2-H4WD-A0RE' }) });

const caseCertificateRoute = createRoute({
  method: 'get',
  path: '/v1/cases/{id}/certificate',
  tags: ['Certificates'],
  summary: 'The certificate, once earned: offsets that count ≥ accounted emissions (or a partial share where the pack allows it), every credit counting, the confirmation evidence, and the completion on time or how late',
  security: caseSecurity,
  request: { params: CaseId, query: z.object({ format: z.enum(['json', 'pdf']).optional(), lang: z.enum(LANGS).optional() }) },
  responses: {
    200: { description: 'The certificate', content: { 'application/json': { schema: CertificateSchema }, 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
    401: errorResponse('No case token or key'),
    403: errorResponse('The token or key does not hold this case'),
    404: errorResponse('No such case'),
    409: errorResponse('Not earned yet: `blockers` says what is missing'),
    422: errorResponse('Bad format or lang'),
    503: errorResponse('The PDF cannot be made: the Chinese font is missing on the server'),
  },
});

const verifyRoute = createRoute({
  method: 'get',
  path: '/v1/certificates/{id}',
  tags: ['Certificates'],
  summary: 'Verify a certificate by its verification id (public): what it states, the pack version it was judged under, and whether it was revoked',
  request: { params: VerificationId, query: z.object({ lang: z.enum(LANGS).optional() }) },
  responses: { 200: { description: 'The certificate as issued', ...json(CertificateSchema) }, 404: errorResponse('No certificate with this id') },
});

const revokeRoute = createRoute({
  method: 'post',
  path: '/v1/certificates/{id}/revoke',
  tags: ['Certificates'],
  summary: "Revoke a certificate (a bureau key of the case's jurisdiction), with the reason; audited",
  security: [{ apiKey: [] }],
  request: { params: VerificationId, body: { required: true, ...json(RevokeRequest) }, query: z.object({ lang: z.enum(LANGS).optional() }) },
  responses: {
    200: { description: 'Revoked', ...json(CertificateSchema) },
    401: errorResponse('No API key, or one not known, revoked or expired'),
    403: errorResponse("The case is outside the key's jurisdiction"),
    404: errorResponse('No certificate with this id'),
    409: errorResponse('Revoked already'),
    422: errorResponse('No reason given'),
  },
});

export function certificateRoutes(app: OpenAPIHono, deps: AppDeps, context: CaseContext) {
  app.openapi(caseCertificateRoute, async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const result = await caseCertificate(context, id, await caseCredentialOf(c, deps.store), query.lang);
    if (result.kind !== 'ok') return failed(c, result);
    if (query.format !== 'pdf') return c.json(result.certificate, 200);
    try {
      const pdf = await certificatePdf(result.certificate, query.lang ?? result.certificate.lang);
      const name = `certificate-${result.certificate.verificationId}.pdf`;
      return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${name}"` });
    } catch (error) {
      if (error instanceof CjkFontMissingError) throw new ApiError(503, 'font_missing', error.message);
      throw error;
    }
  });

  app.openapi(verifyRoute, async (c) => {
    const result = await verifyCertificate(context, c.req.valid('param').id, c.req.valid('query').lang ?? 'zh');
    return result.kind === 'ok' ? c.json(result.certificate, 200) : failed(c, result);
  });

  app.openapi(revokeRoute, async (c) => {
    const { id } = c.req.valid('param');
    // The key first: a key that does not work is a refusal too, and audited as one.
    let credential: CaseCredential;
    try {
      credential = await caseCredentialOf(c, deps.store);
    } catch (error) {
      if (error instanceof ApiError) await audit(deps, c, id, null, String(error.status), { code: error.code });
      throw error;
    }
    const result = await revokeCertificate(context, id, c.req.valid('json').reason, credential, c.req.valid('query').lang ?? 'zh');
    const actor = credential.kind === 'key' ? credential.keyId : null;
    if (result.kind !== 'ok') {
      await audit(deps, c, id, actor, String(caseError(result as CaseFailure).status), { code: caseError(result as CaseFailure).code });
      return failed(c, result);
    }
    await audit(deps, c, id, actor, '200', { caseId: result.caseId, reason: result.certificate.revokedReason }, 'certificate-revoke');
    return c.json(result.certificate, 200);
  });
}

async function audit(deps: AppDeps, c: Context, verificationId: string, actor: string | null, outcome: string, detail: Record<string, unknown>, action: 'certificate-revoke' | 'refuse' = 'refuse') {
  await deps.store.appendAudit({
    at: new Date().toISOString(),
    actor,
    action,
    packId: null,
    version: null,
    outcome,
    detail: { requestId: c.get('requestId'), method: c.req.method, path: c.req.path.slice(0, 200), verificationId: verificationId.slice(0, 100), ...detail },
  });
}
