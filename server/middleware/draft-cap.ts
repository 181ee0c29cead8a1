// Drafts are capped per jurisdiction (MAX_DRAFTS_PER_JURISDICTION, default 20): a key may not submit a new draft
// while that many unpublished drafts lie within its jurisdiction (a provincial key counts the drafts of its cities
// too). Each draft can be a full pack of up to the body limit, held in memory by every server, so without a cap
// one key could fill them. The refusal is 409 (too_many_drafts), audited like the workflow's own. The count is
// read from the store at the request (the list of versions without documents), so servers agree on it; two
// drafts submitted at the same instant through two servers may both pass, no more.
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../../adapters/storage/store.js';
import { regionWithin } from '../../engine/region.js';
import { callerOf } from '../auth.js';
import { errorBody } from '../errors.js';
import { oneLine } from './audit-refusals.js';

export const DEFAULT_MAX_DRAFTS = 20;

export function draftCap(store: Store, maxDrafts: number): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST' || c.req.path !== '/v1/packs') return next();
    const caller = await callerOf(c, store);
    // Without a working key the workflow refuses (401) and audits.
    if (caller.kind !== 'writer') return next();
    let body: unknown;
    try {
      body = await c.req.json();
    } catch (error) {
      // Malformed JSON: the route's validator answers 400 from the same (cached) parse. A body over the limit is
      // the body limit's to answer.
      if (error instanceof SyntaxError) return next();
      throw error;
    }
    const doc = (body ?? {}) as { id?: unknown; version?: unknown };
    const packId = typeof doc.id === 'string' ? doc.id : null;
    const version = typeof doc.version === 'string' ? doc.version : null;
    const { writer } = caller;
    const drafts = (await store.listVersionHeads()).filter((v) => v.status === 'draft' && regionWithin(v.jurisdictionCode, writer.jurisdictionCode));
    // Resubmitting a draft that exists is the workflow's 409 (version_exists), not a new draft.
    if (drafts.length < maxDrafts || drafts.some((v) => v.packId === packId && v.version === version)) return next();
    const message = `jurisdiction ${writer.jurisdictionCode} holds ${drafts.length} unpublished drafts, the most allowed is ${maxDrafts}: publish one of them, or ask the operator to remove those no longer wanted`;
    await store.appendAudit({
      at: new Date().toISOString(),
      actor: writer.id,
      action: 'refuse',
      packId: packId === null ? null : oneLine(packId, 100),
      version: version === null ? null : oneLine(version, 40),
      outcome: '409',
      detail: { refusal: { kind: 'too-many-drafts', jurisdiction: writer.jurisdictionCode, drafts: drafts.length, max: maxDrafts }, path: c.req.path, requestId: c.get('requestId') },
    });
    return c.json(
      errorBody('too_many_drafts', message, [{ path: 'version', message: `at most ${maxDrafts} drafts per jurisdiction; ${drafts.length} are waiting: ${drafts.map((d) => `${d.packId} ${d.version}`).slice(0, 20).join(', ')}` }]),
      409,
    );
  };
}
