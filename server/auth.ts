// Bureau endpoints take an API key (Authorization: Bearer tz_...). Who the key belongs to is read here; what the
// key may write (its jurisdiction and the divisions inside it) is the publishing workflow's rule (app/publishing.ts).
import type { Context } from 'hono';
import type { Caller } from '../app/publishing.js';
import { hashApiKey } from '../adapters/storage/api-keys.js';
import type { Store } from '../adapters/storage/store.js';

export async function callerOf(c: Context, store: Store): Promise<Caller> {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return { kind: 'anonymous', reason: 'no-key' };
  const key = await store.findKeyByHash(hashApiKey(match[1] as string));
  if (!key || key.revokedAt) return { kind: 'anonymous', reason: 'unknown-key' };
  return { kind: 'writer', writer: { id: key.id, jurisdictionCode: key.jurisdictionCode } };
}
