// Bureaus: validate a pack (dry run), submit a version as a draft, publish it with the date it takes effect.
// Writing needs an API key scoped to the pack's jurisdiction; every draft, publication and refusal is audited.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { contentHash } from '../../adapters/registry/content-hash.js';
import type { ApiKeyRecord } from '../../adapters/storage/store.js';
import type { PackDocument } from '../../engine/index.js';
import { mayWrite, requireKey } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
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
  summary: 'Submit a new pack, or a new version of one, as a draft',
  security,
  request: { body: { required: true, content: { 'application/json': { schema: PackDocumentBody } } } },
  responses: {
    201: { description: 'Stored as a draft', content: { 'application/json': { schema: PackVersionSummary.extend({ id: z.string() }) } } },
    401: errorResponse('No or unknown API key'),
    403: errorResponse("The pack's jurisdiction is outside the key's"),
    409: errorResponse('This version exists already'),
    422: errorResponse('The pack is not valid; every problem is listed'),
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
    401: errorResponse('No or unknown API key'),
    403: errorResponse("The pack's jurisdiction is outside the key's"),
    404: errorResponse('No such version'),
    409: errorResponse('Already published'),
    422: errorResponse('The draft no longer validates against its base'),
  },
});

export function bureauRoutes(app: OpenAPIHono, deps: AppDeps) {
  const { registry, store } = deps;

  /** Audits a refusal and gives the error back to throw: `throw await refusal(...)`. */
  async function refusal(c: Context, error: ApiError, actor: ApiKeyRecord | null, packId: string | null, version: string | null): Promise<ApiError> {
    await store.appendAudit({
      at: new Date().toISOString(),
      actor: actor?.id ?? null,
      action: 'refuse',
      packId,
      version,
      outcome: String(error.status),
      detail: { code: error.code, message: error.message, issues: error.issues, path: c.req.path },
    });
    return error;
  }

  async function authenticate(c: Context, packId: string | null, version: string | null): Promise<ApiKeyRecord> {
    try {
      return await requireKey(c, store);
    } catch (error) {
      if (error instanceof ApiError) throw await refusal(c, error, null, packId, version);
      throw error;
    }
  }

  async function assertScope(c: Context, key: ApiKeyRecord, jurisdiction: string, packId: string, version: string | null) {
    if (mayWrite(key, jurisdiction)) return;
    const error = new ApiError(403, 'forbidden', `this key is for jurisdiction ${key.jurisdictionCode}; pack "${packId}" is of ${jurisdiction}`, [
      { path: 'jurisdiction.code', message: `outside ${key.jurisdictionCode}: use a key of that jurisdiction` },
    ]);
    throw await refusal(c, error, key, packId, version);
  }

  app.openapi(validateRoute, (c) => {
    const problems = registry.validate(c.req.valid('json'));
    return c.json({ valid: problems.length === 0, issues: problems }, 200);
  });

  app.openapi(draftRoute, async (c) => {
    const doc = c.req.valid('json') as unknown as PackDocument;
    const packId = typeof doc.id === 'string' ? doc.id : null;
    const version = typeof doc.version === 'string' ? doc.version : null;
    const key = await authenticate(c, packId, version);
    // Scope first: a key learns nothing about packs outside its jurisdiction, not even whether they validate.
    const claimed = (doc.jurisdiction as { code?: unknown } | undefined)?.code;
    if (packId && typeof claimed === 'string') await assertScope(c, key, claimed, packId, version);
    // A new version must keep the pack's jurisdiction: a key cannot move another bureau's pack into its own.
    for (const v of packId ? registry.versionsOf(packId) : []) await assertScope(c, key, v.jurisdictionCode, v.packId, version);
    const problems = registry.validate(doc);
    if (problems.length) throw await refusal(c, new ApiError(422, 'invalid_pack', `the pack has ${problems.length} problem(s); nothing was stored`, problems), key, packId, version);
    const id = doc.id;
    const existing = registry.versionsOf(id);
    if (existing.some((v) => v.jurisdictionCode !== doc.jurisdiction.code)) {
      throw await refusal(c, new ApiError(409, 'jurisdiction_changed', `pack "${id}" belongs to ${existing[0]?.jurisdictionCode}; a version cannot change it`, [{ path: 'jurisdiction.code', message: 'keep the jurisdiction of the earlier versions' }]), key, id, doc.version);
    }
    const now = new Date().toISOString();
    const record = {
      packId: id,
      version: doc.version,
      jurisdictionCode: doc.jurisdiction.code,
      status: 'draft' as const,
      document: doc,
      contentHash: contentHash(doc),
      effectiveFrom: null,
      createdAt: now,
      publishedAt: null,
      source: 'api' as const,
      createdBy: key.id,
    };
    if ((await store.insertVersion(record)) === 'exists') {
      throw await refusal(c, new ApiError(409, 'version_exists', `pack "${id}" already has version ${doc.version}; give the pack a new version`, [{ path: 'version', message: 'already exists' }]), key, id, doc.version);
    }
    await store.appendAudit({ at: now, actor: key.id, action: 'draft', packId: id, version: doc.version, outcome: '201', detail: { contentHash: record.contentHash } });
    await registry.refresh();
    return c.json({ id, version: record.version, status: record.status, effectiveFrom: null, publishedAt: null, contentHash: record.contentHash, source: record.source }, 201);
  });

  app.openapi(publishRoute, async (c) => {
    const { id, version } = c.req.valid('param');
    const { effectiveFrom } = c.req.valid('json');
    const key = await authenticate(c, id, version);
    const stored = await store.getVersion(id, version);
    if (!stored) throw await refusal(c, new ApiError(404, 'not_found', `pack "${id}" has no version ${version}`, [{ path: 'version', message: 'submit it as a draft first (POST /v1/packs)' }]), key, id, version);
    const draft = stored;
    await assertScope(c, key, draft.jurisdictionCode, id, version);
    if (draft.status === 'published') {
      throw await refusal(c, new ApiError(409, 'already_published', `${id} ${version} is published (effective ${draft.effectiveFrom}); published versions never change`, [{ path: 'version', message: 'publish a new version instead' }]), key, id, version);
    }
    const problems = registry.validate(draft.document);
    if (problems.length) throw await refusal(c, new ApiError(422, 'invalid_pack', 'the draft no longer validates against the published base packs', problems), key, id, version);
    const published = await store.publishVersion(id, version, effectiveFrom, new Date().toISOString());
    if (!published) throw await refusal(c, new ApiError(409, 'already_published', `${id} ${version} was published meanwhile`), key, id, version);
    const done = published;
    await store.appendAudit({ at: done.publishedAt ?? '', actor: key.id, action: 'publish', packId: id, version, outcome: '200', detail: { effectiveFrom, contentHash: done.contentHash } });
    await registry.refresh();
    return c.json({ id, version, status: done.status, effectiveFrom: done.effectiveFrom, publishedAt: done.publishedAt, contentHash: done.contentHash, source: done.source }, 200);
  });
}
