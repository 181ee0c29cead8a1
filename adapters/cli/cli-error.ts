// An error the user can fix: one problem per line, `<file, option or field>: <message>`.
import type { DeclaredFacts, Lang, Problem, ProblemContext } from '../../engine/index.js';

/** How the problems of an event are put into words (adapters/cli/describe-error.ts): the language asked (`--lang`), and
 * the pack's facts and readings that name its custom facts and readings. */
export interface ProblemWords {
  lang: Lang;
  facts?: DeclaredFacts;
  context?: ProblemContext;
}

export class CliError extends Error {
  /** `words`: the problems are about an event (or readings) and are said in `words.lang`; without, in English. */
  constructor(
    readonly problems: Problem[],
    readonly words?: ProblemWords,
  ) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    this.name = 'CliError';
  }
}
