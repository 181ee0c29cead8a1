// The typed outcomes of the app layer as the API's errors: statuses and error codes are decided here only.
import type { AnswerFailure } from '../app/answer.js';
import type { ResolutionFailure } from '../app/registry.js';
import type { Problem } from '../engine/index.js';
import { ApiError } from './errors.js';

const under = (prefix: string, problems: Problem[]) =>
  problems.map((p) => ({ ...p, path: p.path === '(root)' ? prefix : `${prefix}.${p.path}` }));

/** `path` names the request field that chose the pack (`pack`, `packs[1]`, `id`). */
export function resolutionError(failure: ResolutionFailure, path: string): ApiError {
  switch (failure.kind) {
    case 'unknown-pack': {
      const message = `unknown pack "${failure.packId}"`;
      return new ApiError(404, 'unknown_pack', message, [{ path, message: `${message}; known packs: ${failure.known.join(', ')}` }]);
    }
    case 'unknown-version': {
      const message = `pack "${failure.packId}" has no version ${failure.version}`;
      return new ApiError(404, 'unknown_pack', message, [{ path: 'version', message: `${message}; versions: ${failure.known.join(', ')}` }]);
    }
    case 'not-in-effect': {
      const first = failure.firstEffective ? ` (its first version takes effect ${failure.firstEffective})` : '';
      const message = `pack "${failure.packId}" has no published version in effect on ${failure.date}${first}`;
      return new ApiError(422, 'pack_unavailable', message, [{ path, message }]);
    }
    case 'invalid':
      return new ApiError(422, 'pack_unavailable', `pack "${failure.packId}" cannot be compiled`, failure.problems);
  }
}

/** `eventPath` names the request field that holds the event. */
export function answerError(failure: AnswerFailure, packPath = 'pack', eventPath = 'event'): ApiError {
  if (failure.kind === 'invalid-event') return new ApiError(422, 'invalid_event', 'the event is not valid', under(eventPath, failure.problems));
  if (failure.kind === 'invalid-readings') return new ApiError(422, 'invalid_readings', 'the readings are not valid', failure.problems);
  return resolutionError(failure, packPath);
}
