// Reading the organizer's event description from a JSON file and checking it before any pack is loaded.
import { type EventInput, InputError, parseEvent } from '../../engine/index.js';
import { readJson } from '../files/pack-files.js';
import { CliError } from './cli-error.js';
import { requireFile } from './input-file.js';

/** The event of `file`, validated; every problem is reported at its field path (the file for the whole event). */
export function readEventFile(file: string): EventInput {
  requireFile(file, 'an event JSON file');
  const raw = readJson(file);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CliError([{ path: file, message: 'must hold a JSON object describing the event, e.g. {"attendees": 1200}' }]);
  }
  try {
    return parseEvent(raw);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CliError(error.problems.map((p) => (p.path && p.path !== '(root)' ? p : { ...p, path: file })));
  }
}
