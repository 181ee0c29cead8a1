// Asking the one `answer` path from the command line: every failure becomes a CliError, one line per problem.
import { type Answered, answer, type AnswerFailure, type Question } from '../../app/answer.js';
import type { Fallback, PackRegistry } from '../../app/registry.js';
import { type CompiledPack, type Determination, isCalendarDate, type Lang, type Problem, todayInChina } from '../../engine/index.js';
import { fallbackFields } from '../render/fallback-notice.js';
import { CliError, type ProblemWords } from './cli-error.js';
import { failureProblems } from './failure-problems.js';

/** The pack that the event's problems are about: the version for its start date (today before one is valid). */
function packOf(registry: PackRegistry, pack: string, event: unknown): CompiledPack | undefined {
  const start = (event as { startDate?: unknown } | null)?.startDate;
  const resolution = registry.resolve(pack, typeof start === 'string' && isCalendarDate(start) ? start : todayInChina());
  return resolution.kind === 'ok' ? resolution.resolved.compiled : undefined;
}

/** The words the problems of an event are said in: the language asked, the pack's custom facts and readings. */
export function problemWords(registry: PackRegistry, pack: string, question: Pick<Question, 'event' | 'lang'>, failure?: AnswerFailure): ProblemWords {
  const compiled = failure?.kind === 'invalid-readings' ? failure.resolved.compiled : packOf(registry, pack, question.event);
  return {
    lang: question.lang ?? 'zh',
    facts: compiled?.pack.facts,
    context: { readings: compiled?.pack.readings, packName: (id, lang) => registry.describe(id)?.title[lang] },
  };
}

/** The answer under each pack, in order; every pack that cannot answer is named at once. */
export async function answerEach(registry: PackRegistry, packs: string[], question: Omit<Question, 'pack'>, option: string, eventFile: string): Promise<Answered[]> {
  const answers: Answered[] = [];
  const problems: Problem[] = [];
  let words: ProblemWords | undefined;
  for (const pack of packs) {
    const outcome = await answer(registry, { ...question, pack });
    if (outcome.kind === 'answered') answers.push(outcome);
    // The event is the same for every pack: its problems are told once.
    else if (outcome.kind === 'invalid-event') throw new CliError(failureProblems(outcome, option, eventFile), problemWords(registry, pack, question, outcome));
    else {
      problems.push(...failureProblems(outcome, option, eventFile));
      if (outcome.kind === 'invalid-readings') words ??= problemWords(registry, pack, question, outcome);
    }
  }
  if (problems.length) throw new CliError(problems, words ?? { lang: question.lang ?? 'zh' });
  return answers;
}

/** The Determination as printed with --json: with `notice` and `fallback` when a base pack answered, as the API gives it. */
export function answerJson(answered: Answered, lang: Lang, registry: PackRegistry): Determination & { notice?: string; fallback?: Fallback } {
  return { ...answered.determination, ...fallbackFields(answered.fallback, lang, (id) => registry.describe(id)) };
}
