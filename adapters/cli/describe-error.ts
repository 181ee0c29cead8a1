// Turns any error into the lines printed on stderr: one per problem, never a stack trace.
import { InputError, type Problem } from '../../engine/index.js';
import { FileError } from '../files/pack-files.js';
import { CliError } from './cli-error.js';

const line = (p: Problem) => `${p.path || '(root)'}: ${p.message}`;

export function describeError(error: unknown): string[] {
  if (error instanceof CliError || error instanceof InputError) return error.problems.map(line);
  if (error instanceof FileError) {
    return error.problems.map((p) => (p.path === '(file)' ? `${error.file}: ${p.message}` : `${error.file}: ${line(p)}`));
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((text) => `error: ${text}`);
}
