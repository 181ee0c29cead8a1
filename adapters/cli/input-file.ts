// Checking that a file named on the command line exists before it is read, with a message that says what was expected.
import { statSync } from 'node:fs';
import { CliError } from './cli-error.js';

/** Throws a CliError unless `file` is an existing file; `what` names what the file should be. */
export function requireFile(file: string, what: string): void {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new CliError([{ path: file, message: `no such file: give the path of ${what}` }]);
  if (stat.isDirectory()) throw new CliError([{ path: file, message: `is a folder, not ${what}` }]);
}
