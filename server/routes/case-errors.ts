// The case operations' typed failures as the API's errors (the statuses are decided here only), and who is asking:
// a case token (Authorization: Bearer tzc_…), an API key (Bearer tz_…), or nobody.
import type { Context } from 'hono';
import { CASE_TOKEN_PREFIX, type CaseCredential } from '../../app/cases/case-access.js';
import type { CaseFailure } from '../../app/cases/case-outcomes.js';
import type { Store } from '../../adapters/storage/store.js';
import { answerError } from '../answer-errors.js';
import { callerOf } from '../auth.js';
import { ApiError, errorBody } from '../errors.js';
import { refusalError } from '../publishing-errors.js';

/** An error whose body carries more than code, message and issues: the case that holds a credit, the blockers. */
export class CaseApiError extends ApiError {
  constructor(
    status: ApiError['status'],
    code: string,
    message: string,
    issues: ApiError['issues'],
    readonly extra: Record<string, unknown>,
  ) {
    super(status, code, message, issues);
  }
}

/** The caller of a case route. A key that is sent but does not work is refused (401), never taken for nobody. */
export async function caseCredentialOf(c: Context, store: Store): Promise<CaseCredential> {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!header) return { kind: 'none' };
  if (!match) throw new ApiError(401, 'unauthenticated', 'send the case token or an API key as "Authorization: Bearer <token>"', [{ path: 'authorization', message: 'not a bearer token' }]);
  const secret = match[1] as string;
  if (secret.startsWith(CASE_TOKEN_PREFIX)) return { kind: 'token', token: secret };
  const caller = await callerOf(c, store);
  if (caller.kind === 'anonymous') {
    const { kind: _kind, ...why } = caller;
    throw refusalError({ kind: 'unauthenticated', ...why });
  }
  return { kind: 'key', keyId: caller.writer.id, jurisdictionCode: caller.writer.jurisdictionCode };
}

export function caseError(failure: CaseFailure): ApiError {
  switch (failure.kind) {
    case 'no-case':
      return new ApiError(404, 'not_found', 'no case with this id', [{ path: 'id', message: 'unknown case id' }]);
    case 'no-certificate':
      return new ApiError(404, 'not_found', 'no certificate with this verification id', [{ path: 'id', message: 'unknown verification id' }]);
    case 'unauthenticated':
      return new ApiError(401, 'unauthenticated', 'this case is private: send its case token, or the API key that opened it, as "Authorization: Bearer <token>"', [
        { path: 'authorization', message: 'missing' },
      ]);
    case 'forbidden':
      return new ApiError(403, 'forbidden', 'this token or key does not hold this case (a bureau key reads the cases of its jurisdiction, and changes none)', [
        { path: 'authorization', message: 'not the case token, nor the key that opened the case or of its jurisdiction' },
      ]);
    case 'invalid':
      return new ApiError(422, 'invalid_request', 'the request is not valid; nothing was recorded', failure.problems);
    case 'invalid-activity':
      return new ApiError(422, 'invalid_activity', 'the activity data are not valid', failure.problems);
    case 'serial-taken': {
      const { holder } = failure;
      return new CaseApiError(409, 'serial_taken', `credit ${holder.serial} is retired for case ${holder.caseId} already: a credit is never counted twice`, [
        { path: 'serialFirst', message: `overlaps ${holder.serial}, held by case ${holder.caseId}` },
      ], { holder });
    }
    case 'project-taken': {
      const { holder } = failure;
      return new CaseApiError(409, 'project_taken', `the new sink project "${holder.projectId}" serves case ${holder.caseId} already: it can never serve another event`, [
        { path: 'projectId', message: `used by case ${holder.caseId}` },
      ], { holder });
    }
    case 'conflict':
      return new ApiError(409, failure.code === 'certified' ? 'case_certified' : failure.code === 'changed' ? 'case_changed' : failure.code === 'too-many' ? 'too_many' : 'not_markable', failure.message);
    case 'not-earned':
      return new CaseApiError(409, 'certificate_not_earned', `the case has not earned its certificate yet: ${failure.blockers.map((b) => b.text).join('; ')}`, failure.blockers.map((b) => ({ path: 'certificate', message: b.text })), { blockers: failure.blockers });
    case 'unjudgeable':
      return new ApiError(409, 'not_judgeable', `the pack versions the case was opened under cannot be evaluated: ${failure.problem}`);
    default:
      return answerError(failure);
  }
}

/**
 * The failure as the API answers it, with its extra fields (the holder of a credit, the blockers) beside the usual
 * ones. Typed `never` for the routes' handlers: each route declares its error responses, and the type system cannot
 * tie a status computed here to one of them.
 */
export function failed(c: Context, failure: CaseFailure): never {
  const error = caseError(failure);
  const body = errorBody(error.code, error.message, error.issues);
  const extra = error instanceof CaseApiError ? error.extra : {};
  return c.json({ error: { ...body.error, ...extra } }, error.status) as never;
}
