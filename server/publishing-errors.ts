// The publishing workflow's refusals as the API's errors, and the status each outcome is audited with.
import type { DraftOutcome, PublishOutcome, Refusal } from '../app/publishing.js';
import { regionName } from '../engine/index.js';
import { lastDayOf } from '../adapters/storage/api-keys.js';
import { ApiError, type ErrorStatus } from './errors.js';

const STATUS: Record<DraftOutcome['kind'] | PublishOutcome['kind'], 200 | 201 | ErrorStatus> = {
  drafted: 201,
  published: 200,
  unauthenticated: 401,
  'outside-jurisdiction': 403,
  'outside-namespace': 403,
  'invalid-pack': 422,
  'jurisdiction-changed': 409,
  'version-exists': 409,
  'no-such-version': 404,
  'already-published': 409,
  'effective-date': 422,
};

/** The audit trail keeps the status the API answered with. */
export const auditCode = (kind: keyof typeof STATUS) => String(STATUS[kind]);

export function refusalError(refusal: Refusal): ApiError {
  const status = STATUS[refusal.kind] as ErrorStatus;
  switch (refusal.kind) {
    case 'unauthenticated':
      return unauthenticatedError(status, refusal);
    case 'outside-jurisdiction':
      return new ApiError(status, 'forbidden', `this key is for jurisdiction ${refusal.keyJurisdiction}; pack "${refusal.packId}" is of ${refusal.packJurisdiction}`, [
        { path: 'jurisdiction.code', message: `outside ${refusal.keyJurisdiction}: use a key of that jurisdiction` },
      ]);
    case 'outside-namespace': {
      const name = refusal.idStart ? (refusal.idStart.endsWith('-') ? `${refusal.idStart}<place>` : `${refusal.idStart} or ${refusal.idStart}-<name>`) : 'the namespace of your jurisdiction';
      return new ApiError(status, 'forbidden', `"${refusal.packId}" is named in the namespace of ${refusal.namespaceJurisdiction} (${regionName(refusal.namespaceJurisdiction, 'en')}), outside this key's jurisdiction ${refusal.keyJurisdiction} (${regionName(refusal.keyJurisdiction, 'en')}): name the pack ${name}`, [
        { path: 'id', message: `the id names the province of the pack's jurisdiction (docs/pack-format.md, Identity): use ${name}` },
      ]);
    }
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
    case 'effective-date':
      return effectiveDateError(status, refusal);
  }
}

function unauthenticatedError(status: ErrorStatus, refusal: Extract<Refusal, { kind: 'unauthenticated' }>): ApiError {
  switch (refusal.reason) {
    case 'no-key':
      return new ApiError(status, 'unauthenticated', 'this endpoint needs an API key: send "Authorization: Bearer <key>"');
    case 'unknown-key':
      return new ApiError(status, 'unauthenticated', 'the API key is not known: check that it was copied whole, or ask the operator for a key');
    case 'revoked-key':
      return new ApiError(status, 'key_revoked', `the API key was revoked on ${refusal.at}: ask the operator for a new key`);
    case 'expired-key':
      return new ApiError(
        status,
        'key_expired',
        `the API key expired after ${lastDayOf(refusal.at)} (China time): ask the operator to rotate it with a new expiry (tanzhong keys rotate <id> --expires <date>)`,
      );
  }
}

function effectiveDateError(status: ErrorStatus, refusal: Extract<Refusal, { kind: 'effective-date' }>): ApiError {
  const { packId, version, effectiveFrom } = refusal;
  const subject = `${packId} ${version}`;
  switch (refusal.problem) {
    case 'before-period':
      return new ApiError(status, 'invalid_effective_date', `effectiveFrom ${effectiveFrom} is before ${subject}'s own period, which begins ${refusal.from} (inForce.from)`, [
        { path: 'effectiveFrom', message: `give ${refusal.from} or a later day within the pack's period` },
      ]);
    case 'after-period':
      return new ApiError(status, 'invalid_effective_date', `effectiveFrom ${effectiveFrom} is after ${subject}'s own period, which ends ${refusal.until} (inForce.until)`, [
        { path: 'effectiveFrom', message: `give a day on or before ${refusal.until}, or publish a version with a longer period` },
      ]);
    case 'in-the-past':
      return new ApiError(
        status,
        'invalid_effective_date',
        `effectiveFrom ${effectiveFrom} is before today (${refusal.today}, China time): it would change answers for days already past`,
        [
          { path: 'effectiveFrom', message: `give ${refusal.today} or a later day` },
          { path: 'correctsHistory', message: 'or, to correct what applied on past days, send "correctsHistory": true with a "reason"; the audit trail keeps both' },
        ],
      );
    case 'no-reason':
      return new ApiError(status, 'invalid_effective_date', `a publication that corrects history needs a reason: say why ${subject} applies from ${effectiveFrom}`, [
        { path: 'reason', message: 'say why the correction is made (e.g. the document and clause that apply from that day)' },
      ]);
  }
}
