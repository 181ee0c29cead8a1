// The typed failures of the answer path as the machine-readable error every door gives: `{ code, message, issues }`.
// The API's error bodies (server/answer-errors.ts adds the status) and the failed lines of a batch (./batch-lines.ts)
// take their codes and messages from here only, so one failure reads alike through every door.
import type { BatchFailure } from '../../app/batch.js';
import type { ResolutionFailure } from '../../app/registry.js';
import type { Problem } from '../../engine/index.js';

export type FailureCode = 'unknown_pack' | 'pack_unavailable' | 'invalid_event' | 'invalid_readings' | 'invalid_json' | 'internal';

export interface FailureBody {
  code: FailureCode;
  message: string;
  /** `{ path, message }` each, as the API's `issues`. */
  issues: Problem[];
}

const under = (prefix: string, problems: Problem[]) =>
  problems.map((p) => ({ ...p, path: p.path === '(root)' ? prefix : `${prefix}.${p.path}` }));

/** `path` names the request field that chose the pack (`pack`, `packs[1]`, `id`). */
export function resolutionFailureBody(failure: ResolutionFailure, path: string): FailureBody {
  switch (failure.kind) {
    case 'unknown-pack': {
      const message = `unknown pack "${failure.packId}"`;
      return { code: 'unknown_pack', message, issues: [{ path, message: `${message}; known packs: ${failure.known.join(', ')}` }] };
    }
    case 'unknown-version': {
      const message = `pack "${failure.packId}" has no version ${failure.version}`;
      return { code: 'unknown_pack', message, issues: [{ path: 'version', message: `${message}; versions: ${failure.known.join(', ')}` }] };
    }
    case 'not-in-effect': {
      const first = failure.firstEffective ? ` (its first version takes effect ${failure.firstEffective})` : '';
      const message = `pack "${failure.packId}" has no published version in effect on ${failure.date}${first}`;
      return { code: 'pack_unavailable', message, issues: [{ path, message }] };
    }
    case 'invalid':
      return { code: 'pack_unavailable', message: `pack "${failure.packId}" cannot be compiled`, issues: failure.problems };
  }
}

/** `eventPath` names the request field that holds the event. */
export function answerFailureBody(failure: BatchFailure, packPath = 'pack', eventPath = 'event'): FailureBody {
  if (failure.kind === 'internal') return { code: 'internal', message: 'an internal error occurred while answering this event', issues: [] };
  if (failure.kind === 'unreadable') return { code: 'invalid_json', message: 'the event could not be read', issues: failure.problems };
  if (failure.kind === 'invalid-event') return { code: 'invalid_event', message: 'the event is not valid', issues: under(eventPath, failure.problems) };
  if (failure.kind === 'invalid-readings') return { code: 'invalid_readings', message: 'the readings are not valid', issues: failure.problems };
  return resolutionFailureBody(failure, packPath);
}
