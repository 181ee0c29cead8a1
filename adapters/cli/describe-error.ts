// Turns any error into the lines printed on stderr: one per problem, never a stack trace. The problems of an event
// are said in the language asked: in English as the engine gives them (the path into the file and the message, with
// the codes the file is written in); in Chinese the field by its name, the path beside it for the file's author, and
// the reason in Chinese words (engine/lexicon/problems.ts).
import { InputError, knownProblemSubject, labelled, paren, type Problem, problemText } from '../../engine/index.js';
import { FileError } from '../files/pack-files.js';
import { CliError, type ProblemWords } from './cli-error.js';

const line = (p: Problem) => `${p.path || '(root)'}: ${p.message}`;

/**
 * One problem of an event in `words.lang`: `参与人数（attendees）：不能为负数`. English, and a problem of the command
 * line rather than of the event (no kind: an unknown pack, a bad option), keep the engine's line.
 */
export function problemLineFor(p: Problem, words: ProblemWords | undefined): string {
  if (!words || words.lang === 'en' || !p.kind) return line(p);
  const { lang, facts, context } = words;
  const path = p.path || '(root)';
  // Where the lexicon has no name for it (a file, an undeclared custom fact) the path alone says where.
  const name = /^extra\./.test(path) && !facts?.some((f) => f.name === path) ? undefined : knownProblemSubject(path, lang, facts);
  const subject = name ? `${name}${paren(path, lang)}` : path;
  return labelled(subject, problemText(p, lang, facts, context), lang);
}

export function describeError(error: unknown): string[] {
  if (error instanceof CliError) return error.problems.map((p) => problemLineFor(p, error.words));
  if (error instanceof InputError) return error.problems.map(line);
  if (error instanceof FileError) {
    return error.problems.map((p) => (p.path === '(file)' ? `${error.file}: ${p.message}` : `${error.file}: ${line(p)}`));
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((text) => `error: ${text}`);
}
