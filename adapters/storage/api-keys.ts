// API keys: `tz_` and 32 random bytes (base64url). Only the sha256 of a key is stored, so a key is shown once,
// when it is created, and a leaked database does not leak usable keys.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ApiKeyRecord, Store } from './store.js';

const KEY_PREFIX = 'tz_';
const KEY_BYTES = 32;
/** Characters of the key kept in the record to recognise it: `tz_` and 7 more. */
const SHOWN_PREFIX_LENGTH = 10;
const JURISDICTION_CODE = /^\d{6}$/;
export const NAME_HINT = 'who the key is for, e.g. "Chengdu bureau"';

export type GeneratedKeyRecord = Omit<ApiKeyRecord, 'name' | 'jurisdictionCode' | 'createdAt' | 'revokedAt'>;

export interface NewApiKey {
  /** The key itself: give it to the bureau; it cannot be recovered later. */
  key: string;
  record: ApiKeyRecord;
}

/** What is wrong with a jurisdiction code for a key, or undefined when it is a GB/T 2260 code (6 digits). */
export function jurisdictionCodeProblem(code: string): string | undefined {
  return JURISDICTION_CODE.test(code) ? undefined : `must be a GB/T 2260 code of 6 digits (e.g. 510000 for Sichuan), got "${code}"`;
}

/** sha256 of the key, hex: what the store keeps and looks keys up by. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(): { key: string; record: GeneratedKeyRecord } {
  const key = `${KEY_PREFIX}${randomBytes(KEY_BYTES).toString('base64url')}`;
  return { key, record: { id: randomUUID(), keyHash: hashApiKey(key), prefix: key.slice(0, SHOWN_PREFIX_LENGTH) } };
}

/** Creates a key scoped to `jurisdictionCode` (GB/T 2260, 6 digits), stores its hash and audits the creation. */
export async function createApiKey(store: Store, options: { name: string; jurisdictionCode: string }): Promise<NewApiKey> {
  const { name, jurisdictionCode } = options;
  const problem = jurisdictionCodeProblem(jurisdictionCode);
  if (problem) throw new Error(`jurisdiction code ${problem}`);
  if (!name.trim()) throw new Error(`the key needs a name: ${NAME_HINT}`);
  const { key, record: generated } = generateApiKey();
  const createdAt = new Date().toISOString();
  const record: ApiKeyRecord = { ...generated, name, jurisdictionCode, createdAt, revokedAt: null };
  await store.insertKey(record);
  await store.appendAudit({
    at: createdAt,
    actor: null,
    action: 'key-create',
    packId: null,
    version: null,
    outcome: 'created',
    detail: { keyId: record.id, prefix: record.prefix, name, jurisdictionCode },
  });
  return { key, record };
}
