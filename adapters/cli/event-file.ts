// Reading the organizer's event description from a JSON file. The event is validated where every door validates
// it (app/answer.ts); its problems are reported here at their field path (the file for the whole event).
import type { Problem } from '../../engine/index.js';
import { readJson } from '../files/pack-files.js';
import { CliError } from './cli-error.js';
import { requireFile } from './input-file.js';

/** The JSON object of `file`, not yet validated as an event. */
export function readEventFile(file: string): Record<string, unknown> {
  requireFile(file, 'an event JSON file');
  const raw = readJson(file);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CliError([{ path: file, message: 'must hold a JSON object describing the event, e.g. {"attendees": 1200}' }]);
  }
  return raw as Record<string, unknown>;
}

/** The problems of the event in `file`, a problem of the whole event named by the file. */
export function eventProblems(file: string, problems: Problem[]): Problem[] {
  return problems.map((p) => (p.path && p.path !== '(root)' ? p : { ...p, path: file }));
}
