// API keys: `tz_` and 32 random bytes (base64url). Only the sha256 of a key is stored, so a key is shown once,
// when it is created or rotated, and a leaked database does not leak usable keys. A key is scoped to a real GB/T
// 2260 division; it can be given an expiry, revoked, or rotated (a new secret under the same id: the old secret
// stops working at once). Every change is audited, by the operator (actor null).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { cleanText } from '../../app/safe-text.js';
import { isKnownRegion } from '../../engine/lexicon/regions.js';
import { todayInChina } from '../../engine/index.js';
import type { ApiKeyRecord, Store } from './store.js';

const KEY_PREFIX = 'tz_';
const KEY_BYTES = 32;
/** Characters of the key kept in the record to recognise it: `tz_` and 7 more. */
const SHOWN_PREFIX_LENGTH = 10;
const JURISDICTION_CODE = /^\d{6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The longest name a key is given. */
export const MAX_KEY_NAME_LENGTH = 200;
export const NAME_HINT = 'who the key is for, e.g. "Chengdu bureau"';

export type GeneratedKeyRecord = Pick<ApiKeyRecord, 'id' | 'keyHash' | 'prefix'>;

export interface NewApiKey {
  /** The key itself: give it to the bureau; it cannot be recovered later. */
  key: string;
  record: ApiKeyRecord;
}

/** Whether a key works now: revoked and expired keys are refused (401, saying which). */
export type KeyState = 'active' | 'revoked' | 'expired';

/** A key as `tanzhong keys list` shows it: never the key, nor its hash. */
export type KeyListing = Omit<ApiKeyRecord, 'keyHash'> & { state: KeyState };

/** What is wrong with a jurisdiction code for a key, or undefined when it is a GB/T 2260 division (or 000000). */
export function jurisdictionCodeProblem(code: string): string | undefined {
  if (!JURISDICTION_CODE.test(code)) return `must be a GB/T 2260 code of 6 digits (e.g. 510000 for Sichuan), got "${code}"`;
  if (!isKnownRegion(code)) return `"${code}" is not a GB/T 2260 division: give the code of a province, prefecture or county (e.g. 510000 Sichuan, 510100 Chengdu), or 000000 for the whole country`;
  return undefined;
}

/** A key's name as it is kept: without bidi controls or NUL, trimmed. */
export function cleanKeyName(name: string): string {
  return cleanText(name).trim();
}

/** What is wrong with a key's name (after cleanKeyName), or undefined. */
export function keyNameProblem(name: string): string | undefined {
  if (!name) return `must not be empty: ${NAME_HINT}`;
  if (name.length > MAX_KEY_NAME_LENGTH) return `is ${name.length} characters long; keep it to ${MAX_KEY_NAME_LENGTH}`;
  return undefined;
}

/**
 * The moment a key given the last day `date` (YYYY-MM-DD) stops working: the next midnight in China (UTC+8), so the
 * key works through that whole day, China time.
 */
export function expiryOfDate(date: string): string {
  const next = new Date(`${date}T00:00:00+08:00`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

/** The last day (YYYY-MM-DD, China time) a key expiring at `expiresAt` works. */
export function lastDayOf(expiresAt: string): string {
  return todayInChina(new Date(Date.parse(expiresAt) - 1));
}

/** What is wrong with an expiry date, or undefined: a real date, today (China time) or later. */
export function expiryProblem(date: string, now: Date = new Date()): string | undefined {
  if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    return `must be a date, YYYY-MM-DD (the last day the key works, China time), got "${date}"`;
  }
  const today = todayInChina(now);
  if (date < today) return `${date} is before today (${today}, China time): give the last day the key should work`;
  return undefined;
}

export function keyState(key: Pick<ApiKeyRecord, 'revokedAt' | 'expiresAt'>, now: Date = new Date()): KeyState {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && Date.parse(key.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

/** sha256 of the key, hex: what the store keeps and looks keys up by. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

function newSecret(): { key: string; keyHash: string; prefix: string } {
  const key = `${KEY_PREFIX}${randomBytes(KEY_BYTES).toString('base64url')}`;
  return { key, keyHash: hashApiKey(key), prefix: key.slice(0, SHOWN_PREFIX_LENGTH) };
}

export function generateApiKey(): { key: string; record: GeneratedKeyRecord } {
  const { key, keyHash, prefix } = newSecret();
  return { key, record: { id: randomUUID(), keyHash, prefix } };
}

/**
 * Creates a key scoped to `jurisdictionCode` (a GB/T 2260 division), stores its hash and audits the creation.
 * `expires`: the last day it works (YYYY-MM-DD, China time); none: it does not expire.
 */
export async function createApiKey(store: Store, options: { name: string; jurisdictionCode: string; expires?: string }): Promise<NewApiKey> {
  const { jurisdictionCode, expires } = options;
  const name = cleanKeyName(options.name);
  const problem = jurisdictionCodeProblem(jurisdictionCode);
  if (problem) throw new Error(`jurisdiction code ${problem}`);
  const nameProblem = keyNameProblem(name);
  if (nameProblem) throw new Error(`the key's name ${nameProblem}`);
  const expiry = expires === undefined ? undefined : expiryProblem(expires);
  if (expiry) throw new Error(`the expiry ${expiry}`);
  const { key, record: generated } = generateApiKey();
  const createdAt = new Date().toISOString();
  const record: ApiKeyRecord = { ...generated, name, jurisdictionCode, createdAt, revokedAt: null, ...(expires !== undefined ? { expiresAt: expiryOfDate(expires) } : {}) };
  await store.insertKey(record);
  await store.appendAudit({
    at: createdAt,
    actor: null,
    action: 'key-create',
    packId: null,
    version: null,
    outcome: 'created',
    detail: { keyId: record.id, prefix: record.prefix, name, jurisdictionCode, ...(record.expiresAt ? { expiresAt: record.expiresAt } : {}) },
  });
  return { key, record };
}

/** Every key, with whether it works now. */
export async function listApiKeys(store: Store, now: Date = new Date()): Promise<KeyListing[]> {
  return (await store.listKeys()).map(({ keyHash: _hash, ...key }) => ({ ...key, state: keyState(key, now) }));
}

/** Revokes a key for good (it is refused from now on) and audits it; throws when there is no such key or it is revoked. */
export async function revokeApiKey(store: Store, id: string, options: { reason?: string } = {}): Promise<ApiKeyRecord> {
  const reason = options.reason === undefined ? undefined : cleanKeyName(options.reason);
  const existing = await store.getKey(id);
  if (!existing) throw new Error(`there is no key "${id}": \`tanzhong keys list\` shows the ids`);
  const at = new Date().toISOString();
  const revoked = await store.revokeKey(id, at);
  if (!revoked) throw new Error(`key ${id} (${existing.name}) was already revoked${existing.revokedAt ? ` on ${existing.revokedAt}` : ''}`);
  await store.appendAudit({
    at,
    actor: null,
    action: 'key-revoke',
    packId: null,
    version: null,
    outcome: 'revoked',
    detail: { keyId: id, prefix: revoked.prefix, name: revoked.name, jurisdictionCode: revoked.jurisdictionCode, ...(reason ? { reason } : {}) },
  });
  return revoked;
}

/**
 * Gives a key a new secret under the same id (the old secret stops working at once), stores its hash and audits
 * it. `expires`: a new last day (YYYY-MM-DD, China time); without it the key keeps its expiry, and an expired key
 * must be given one. A revoked key stays revoked: create a new key instead.
 */
export async function rotateApiKey(store: Store, id: string, options: { expires?: string } = {}): Promise<NewApiKey> {
  const existing = await store.getKey(id);
  if (!existing) throw new Error(`there is no key "${id}": \`tanzhong keys list\` shows the ids`);
  if (existing.revokedAt) throw new Error(`key ${id} (${existing.name}) was revoked on ${existing.revokedAt} and stays revoked: create a new key instead`);
  const { expires } = options;
  const expiry = expires === undefined ? undefined : expiryProblem(expires);
  if (expiry) throw new Error(`the expiry ${expiry}`);
  if (expires === undefined && keyState(existing) === 'expired') {
    throw new Error(`key ${id} (${existing.name}) expired after ${lastDayOf(existing.expiresAt as string)}: give it a new last day with --expires <YYYY-MM-DD>`);
  }
  const { key, keyHash, prefix } = newSecret();
  const rotatedAt = new Date().toISOString();
  const rotated = await store.replaceKeySecret(id, { keyHash, prefix, rotatedAt, ...(expires !== undefined ? { expiresAt: expiryOfDate(expires) } : {}) });
  if (!rotated) throw new Error(`key ${id} was revoked meanwhile: create a new key instead`);
  await store.appendAudit({
    at: rotatedAt,
    actor: null,
    action: 'key-rotate',
    packId: null,
    version: null,
    outcome: 'rotated',
    detail: { keyId: id, prefix, previousPrefix: existing.prefix, name: rotated.name, jurisdictionCode: rotated.jurisdictionCode, ...(rotated.expiresAt ? { expiresAt: rotated.expiresAt } : {}) },
  });
  return { key, record: rotated };
}
