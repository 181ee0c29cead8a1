// Who may see and change a case. The organizer who opened it holds it: by the case token returned once when the
// case was opened without a key (only its sha256 is kept, like an API key's), or by the API key that opened it.
// A bureau's key reads the cases of its jurisdiction and of the divisions inside it, and changes none it does not hold.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { regionWithin } from '../../engine/region.js';
import type { CaseRecord } from './case-store.js';

/** A case token: `tzc_` and 32 random bytes, base64url (an API key starts `tz_`). */
export const CASE_TOKEN_PREFIX = 'tzc_';

export type CaseCredential =
  | { kind: 'none' }
  | { kind: 'token'; token: string }
  | { kind: 'key'; keyId: string; jurisdictionCode: string };

export type CaseRight = 'read' | 'write';

/** `ok`, or why not: no credential at all (401), or one that does not give this right on this case (403). */
export type CaseAccess = 'ok' | 'unauthenticated' | 'forbidden';

export function newCaseToken(): { token: string; hash: string } {
  const token = `${CASE_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashCaseToken(token) };
}

export function hashCaseToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

export function caseAccess(record: Pick<CaseRecord, 'tokenHash' | 'ownerKeyId' | 'jurisdictionCode'>, credential: CaseCredential, right: CaseRight): CaseAccess {
  switch (credential.kind) {
    case 'none':
      return 'unauthenticated';
    case 'token':
      return record.tokenHash !== null && sameHash(record.tokenHash, hashCaseToken(credential.token)) ? 'ok' : 'forbidden';
    case 'key':
      if (record.ownerKeyId === credential.keyId) return 'ok';
      return right === 'read' && regionWithin(record.jurisdictionCode, credential.jurisdictionCode) ? 'ok' : 'forbidden';
  }
}
