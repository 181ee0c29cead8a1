// Asking the one `answer` path from the command line: every failure becomes a CliError, one line per problem.
import { type Answered, answer, type Question } from '../../app/answer.js';
import type { Fallback, PackRegistry } from '../../app/registry.js';
import type { Determination, Lang, Problem } from '../../engine/index.js';
import { fallbackFields } from '../render/fallback-notice.js';
import { CliError } from './cli-error.js';
import { failureProblems } from './failure-problems.js';

/** The answer under each pack, in order; every pack that cannot answer is named at once. */
export async function answerEach(registry: PackRegistry, packs: string[], question: Omit<Question, 'pack'>, option: string, eventFile: string): Promise<Answered[]> {
  const answers: Answered[] = [];
  const problems: Problem[] = [];
  for (const pack of packs) {
    const outcome = await answer(registry, { ...question, pack });
    if (outcome.kind === 'answered') answers.push(outcome);
    // The event is the same for every pack: its problems are told once.
    else if (outcome.kind === 'invalid-event') throw new CliError(failureProblems(outcome, option, eventFile));
    else problems.push(...failureProblems(outcome, option, eventFile));
  }
  if (problems.length) throw new CliError(problems);
  return answers;
}

/** The Determination as printed with --json: with `notice` and `fallback` when a base pack answered, as the API gives it. */
export function answerJson(answered: Answered, lang: Lang, registry: PackRegistry): Determination & { notice?: string; fallback?: Fallback } {
  return { ...answered.determination, ...fallbackFields(answered.fallback, lang, (id) => registry.describe(id)) };
}
