// API keys as the tables keep them and as the Store gives them: a key that does not expire, or whose secret was
// never replaced, has no expiresAt or rotatedAt (the columns hold null), so a key written before migration 0003
// reads as it was written.
import type { ApiKeyRecord } from './store.js';

export interface ApiKeyRow extends Omit<ApiKeyRecord, 'expiresAt' | 'rotatedAt'> {
  expiresAt: string | null;
  rotatedAt: string | null;
}

export function keyOfRow(row: ApiKeyRow): ApiKeyRecord;
export function keyOfRow(row: ApiKeyRow | undefined): ApiKeyRecord | undefined;
export function keyOfRow(row: ApiKeyRow | undefined): ApiKeyRecord | undefined {
  if (!row) return undefined;
  const { expiresAt, rotatedAt, ...rest } = row;
  return { ...rest, ...(expiresAt !== null ? { expiresAt } : {}), ...(rotatedAt !== null ? { rotatedAt } : {}) };
}

export function rowOfKey(key: ApiKeyRecord): ApiKeyRow {
  return { ...key, expiresAt: key.expiresAt ?? null, rotatedAt: key.rotatedAt ?? null };
}
