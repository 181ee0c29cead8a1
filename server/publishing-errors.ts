// The publishing workflow's refusals as the API's errors, and the status each outcome is audited with.
import type { DraftOutcome, PublishOutcome, Refusal } from '../app/publishing.js';
import { ApiError, type ErrorStatus } from './errors.js';

const STATUS: Record<DraftOutcome['kind'] | PublishOutcome['kind'], 200 | 201 | ErrorStatus> = {
  drafted: 201,
  published: 200,
  unauthenticated: 401,
  'outside-jurisdiction': 403,
  'invalid-pack': 422,
  'jurisdiction-changed': 409,
  'version-exists': 409,
  'no-such-version': 404,
  'already-published': 409,
};

/** The audit trail keeps the status the API answered with. */
export const auditCode = (kind: keyof typeof STATUS) => String(STATUS[kind]);

export function refusalError(refusal: Refusal): ApiError {
  const status = STATUS[refusal.kind] as ErrorStatus;
  switch (refusal.kind) {
    case 'unauthenticated':
      return refusal.reason === 'no-key'
        ? new ApiError(status, 'unauthenticated', 'this endpoint needs an API key: send "Authorization: Bearer <key>"')
        : new ApiError(status, 'unauthenticated', 'the API key is unknown or revoked');
    case 'outside-jurisdiction':
      return new ApiError(status, 'forbidden', `this key is for jurisdiction ${refusal.keyJurisdiction}; pack "${refusal.packId}" is of ${refusal.packJurisdiction}`, [
        { path: 'jurisdiction.code', message: `outside ${refusal.keyJurisdiction}: use a key of that jurisdiction` },
      ]);
    case 'invalid-pack':
      return refusal.stage === 'draft'
        ? new ApiError(status, 'invalid_pack', `the pack has ${refusal.problems.length} problem(s); nothing was stored`, refusal.problems)
        : new ApiError(status, 'invalid_pack', 'the draft no longer validates against the published base packs', refusal.problems);
    case 'jurisdiction-changed':
      return new ApiError(status, 'jurisdiction_changed', `pack "${refusal.packId}" belongs to ${refusal.jurisdiction}; a version cannot change it`, [
        { path: 'jurisdiction.code', message: 'keep the jurisdiction of the earlier versions' },
      ]);
    case 'version-exists':
      return new ApiError(status, 'version_exists', `pack "${refusal.packId}" already has version ${refusal.version}; give the pack a new version`, [
        { path: 'version', message: 'already exists' },
      ]);
    case 'no-such-version':
      return new ApiError(status, 'not_found', `pack "${refusal.packId}" has no version ${refusal.version}`, [
        { path: 'version', message: 'submit it as a draft first (POST /v1/packs)' },
      ]);
    case 'already-published':
      return refusal.meanwhile
        ? new ApiError(status, 'already_published', `${refusal.packId} ${refusal.version} was published meanwhile`)
        : new ApiError(status, 'already_published', `${refusal.packId} ${refusal.version} is published (effective ${refusal.effectiveFrom}); published versions never change`, [
            { path: 'version', message: 'publish a new version instead' },
          ]);
  }
}
