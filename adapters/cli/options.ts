// The options shared by evaluate and compare, checked together so every bad one is reported at once.
import { type CalendarDate, isCalendarDate, LANGS, type Lang, type Problem } from '../../engine/index.js';
import { CliError } from './cli-error.js';

export interface EvaluationFlags {
  asOf?: string;
  lang?: string;
}

export interface EvaluationOptions {
  asOf?: CalendarDate;
  lang: Lang;
}

export function readEvaluationOptions(flags: EvaluationFlags, extra: Problem[] = []): EvaluationOptions {
  const problems = [...extra];
  if (flags.asOf !== undefined && !isCalendarDate(flags.asOf)) {
    problems.push({
      path: '--as-of',
      message: `must be a calendar date written YYYY-MM-DD (e.g. 2026-01-31), got "${flags.asOf}"`,
    });
  }
  const lang = flags.lang ?? 'zh';
  if (!(LANGS as readonly string[]).includes(lang)) {
    problems.push({ path: '--lang', message: `must be one of: ${LANGS.join(', ')}, got "${lang}"` });
  }
  if (problems.length) throw new CliError(problems);
  return { asOf: flags.asOf, lang: lang as Lang };
}

/** `a,b, c` -> ['a', 'b', 'c'], without repeats. */
export function splitPackIds(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}
