// Bureau endpoints take an API key (Authorization: Bearer tz_...). Who the key belongs to is read here; what the
// key may write (its jurisdiction and the divisions inside it) is the publishing workflow's rule (app/publishing.ts).
// A revoked or expired key is refused as such, so its holder knows to ask for a new one.
import type { Context } from 'hono';
import type { Caller, Viewer } from '../app/publishing.js';
import { hashApiKey, keyState } from '../adapters/storage/api-keys.js';
import type { Store } from '../adapters/storage/store.js';
import { refusalError } from './publishing-errors.js';

export async function callerOf(c: Context, store: Store): Promise<Caller> {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return { kind: 'anonymous', reason: 'no-key' };
  const key = await store.findKeyByHash(hashApiKey(match[1] as string));
  if (!key) return { kind: 'anonymous', reason: 'unknown-key' };
  const state = keyState(key);
  if (state === 'revoked') return { kind: 'anonymous', reason: 'revoked-key', keyId: key.id, at: key.revokedAt as string };
  if (state === 'expired') return { kind: 'anonymous', reason: 'expired-key', keyId: key.id, at: key.expiresAt as string };
  return { kind: 'writer', writer: { id: key.id, jurisdictionCode: key.jurisdictionCode } };
}

/**
 * Who reads the packs: the public, or (with a key) a bureau, who also sees the drafts of its jurisdiction. A key
 * that is sent but does not work is refused (401), rather than silently showing the public view.
 */
export async function viewerOf(c: Context, store: Store): Promise<Viewer> {
  if (!c.req.header('authorization')) return null;
  const caller = await callerOf(c, store);
  if (caller.kind === 'anonymous') {
    const { kind: _kind, ...why } = caller;
    throw refusalError({ kind: 'unauthenticated', ...why });
  }
  return { jurisdictionCode: caller.writer.jurisdictionCode };
}
