// The options shared by evaluate and compare, checked together so every bad one is reported at once.
import { type CalendarDate, isCalendarDate, LANGS, type Lang, type Problem, type ReadingChoice } from '../../engine/index.js';
import { CliError } from './cli-error.js';

export interface EvaluationFlags {
  asOf?: string;
  lang?: string;
  reading?: string[];
  engine?: string;
}

export interface EvaluationOptions {
  asOf?: CalendarDate;
  lang: Lang;
  readings?: ReadingChoice;
  engine?: 'compiled' | 'reference';
}

/** commander collector for a repeatable option: `--reading a=x --reading b=y`. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function readReadings(values: string[] | undefined, problems: Problem[]): ReadingChoice | undefined {
  if (!values?.length) return undefined;
  const choice: ReadingChoice = {};
  for (const value of values) {
    const match = /^([a-z0-9][a-z0-9-]*)=([a-z0-9][a-z0-9-]*)$/.exec(value);
    if (!match) problems.push({ path: '--reading', message: `must be written <reading>=<option>, e.g. in-force-date=issue; got "${value}"` });
    else choice[match[1] as string] = match[2] as string;
  }
  return choice;
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
  const readings = readReadings(flags.reading, problems);
  if (flags.engine !== undefined && flags.engine !== 'compiled' && flags.engine !== 'reference') {
    problems.push({ path: '--engine', message: `must be compiled or reference, got "${flags.engine}"` });
  }
  if (problems.length) throw new CliError(problems);
  const engine = flags.engine as EvaluationOptions['engine'];
  return { asOf: flags.asOf, lang: lang as Lang, ...(readings ? { readings } : {}), ...(engine ? { engine } : {}) };
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
