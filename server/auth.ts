// Bureau endpoints take an API key (Authorization: Bearer tz_...), scoped to a jurisdiction: a key for 510000
// (Sichuan) may write packs of 510000 and of divisions inside it (510100 Chengdu), never of 500000.
import type { Context } from 'hono';
import { regionWithin } from '../engine/region.js';
import { hashApiKey } from '../adapters/storage/api-keys.js';
import type { ApiKeyRecord, Store } from '../adapters/storage/store.js';
import { ApiError } from './errors.js';

export async function requireKey(c: Context, store: Store): Promise<ApiKeyRecord> {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new ApiError(401, 'unauthenticated', 'this endpoint needs an API key: send "Authorization: Bearer <key>"');
  const key = await store.findKeyByHash(hashApiKey(match[1] as string));
  if (!key || key.revokedAt) throw new ApiError(401, 'unauthenticated', 'the API key is unknown or revoked');
  return key;
}

export function mayWrite(key: ApiKeyRecord, jurisdictionCode: string): boolean {
  return regionWithin(jurisdictionCode, key.jurisdictionCode);
}
