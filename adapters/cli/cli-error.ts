// An error the user can fix: one problem per line, `<file, option or field>: <message>`.
import type { Problem } from '../../engine/index.js';

export class CliError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    this.name = 'CliError';
  }
}
