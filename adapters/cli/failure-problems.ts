// An answer that could not be given, as the lines the CLI prints: one problem each, naming the option or file.
import type { AnswerFailure } from '../../app/answer.js';
import type { ResolutionFailure } from '../../app/registry.js';
import type { Problem } from '../../engine/index.js';
import { eventProblems } from './event-file.js';

export function resolutionProblems(failure: ResolutionFailure, option: string): Problem[] {
  switch (failure.kind) {
    case 'unknown-pack': {
      const hint = failure.known.length ? `known packs: ${failure.known.join(', ')}` : 'no packs are installed';
      return [{ path: option, message: `unknown pack "${failure.packId}" (${hint})` }];
    }
    case 'unknown-version':
      return [{ path: option, message: `pack "${failure.packId}" has no version ${failure.version} (versions: ${failure.known.join(', ')})` }];
    case 'not-in-effect': {
      const first = failure.firstEffective ? ` (its first version takes effect ${failure.firstEffective})` : '';
      return [{ path: option, message: `pack "${failure.packId}" has no version in effect on ${failure.date}${first}` }];
    }
    case 'invalid': {
      const where = failure.file ?? `pack "${failure.packId}"`;
      return failure.problems.map((p) => ({ path: p.path === '(file)' ? where : `${where}: ${p.path}`, message: p.message }));
    }
  }
}

/** `option` names the flag that chose the pack, `eventFile` the file the event was read from. */
export function failureProblems(failure: AnswerFailure, option: string, eventFile: string): Problem[] {
  if (failure.kind === 'invalid-event') return eventProblems(eventFile, failure.problems);
  if (failure.kind === 'invalid-readings') return failure.problems;
  return resolutionProblems(failure, option);
}
