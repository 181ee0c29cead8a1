// The typed outcomes of the app layer as the API's errors: the statuses are decided here only, the codes and
// messages by adapters/render/answer-failure.ts (which the failed lines of a batch share).
import type { AnswerFailure } from '../app/answer.js';
import type { ResolutionFailure } from '../app/registry.js';
import { answerFailureBody, type FailureBody, resolutionFailureBody } from '../adapters/render/answer-failure.js';
import { ApiError } from './errors.js';

const toApiError = (body: FailureBody) => new ApiError(body.code === 'unknown_pack' ? 404 : 422, body.code, body.message, body.issues);

/** `path` names the request field that chose the pack (`pack`, `packs[1]`, `id`). */
export function resolutionError(failure: ResolutionFailure, path: string): ApiError {
  return toApiError(resolutionFailureBody(failure, path));
}

/** `eventPath` names the request field that holds the event. */
export function answerError(failure: AnswerFailure, packPath = 'pack', eventPath = 'event'): ApiError {
  return toApiError(answerFailureBody(failure, packPath, eventPath));
}
