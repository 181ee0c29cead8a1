// tanzhong report compare|matrix|sweep --packs a,b [--format md|html|csv|json] [--lang zh|en] [--as-of date]
// [--out file] [event.json]: the analysts' comparison reports, built from the shipped packs' data and citations.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { EventInput, Problem } from '../../../engine/index.js';
import { loadPackLibrary } from '../../files/pack-files.js';
import { buildReport, REPORT_FORMATS, REPORT_KINDS, type ReportFormat, type ReportKind, renderReport } from '../../reports/index.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { readEventFile } from '../event-file.js';
import { type EvaluationFlags, readEvaluationOptions, splitPackIds } from '../options.js';
import { choosePacks } from '../pack-choice.js';

interface Flags extends EvaluationFlags {
  packs: string;
  format: string;
  out?: string;
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/** Every problem of the kind, format, packs and event file together, before anything is read. */
function usageProblems(kind: string, eventFile: string | undefined, flags: Flags, ids: string[]): Problem[] {
  const problems: Problem[] = [];
  const knownKind = isOneOf(REPORT_KINDS, kind);
  if (!knownKind) problems.push({ path: 'kind', message: `must be one of: ${REPORT_KINDS.join(', ')}, got "${kind}"` });
  if (!isOneOf(REPORT_FORMATS, flags.format)) {
    problems.push({ path: '--format', message: `must be one of: ${REPORT_FORMATS.join(', ')}, got "${flags.format}"` });
  }
  if (!knownKind) return problems;
  if (kind === 'compare') {
    if (ids.length < 2) problems.push({ path: '--packs', message: 'give at least two different pack ids separated by commas' });
    if (!eventFile) problems.push({ path: 'event.json', message: 'the compare report needs the event: give the path of an event JSON file' });
  } else {
    if (!ids.length) problems.push({ path: '--packs', message: 'give one or more pack ids separated by commas' });
    if (eventFile) problems.push({ path: eventFile, message: `only the compare report reads an event; the ${kind} report takes none` });
  }
  return problems;
}

function writeOut(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError([{ path: '--out', message: `${file} cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
}

export function registerReport(program: Command, context: CliContext): void {
  program
    .command('report')
    .description("analysts' reports from the packs' data and citations: compare (one event under several packs), matrix (the packs' rules side by side), sweep (the obligation over a grid of events)")
    .argument('<kind>', `the report: ${REPORT_KINDS.join(', ')}`)
    .argument('[event.json]', 'the event, as JSON (compare only)')
    .requiredOption('--packs <ids>', 'pack ids separated by commas, e.g. cn-chongqing,cn-shandong-jining,cn-sichuan')
    .option('--format <format>', `output format: ${REPORT_FORMATS.join(', ')}`, 'md')
    .option('--lang <lang>', 'language of the report: zh or en', 'zh')
    .option('--as-of <date>', 'read the policies as of this date (YYYY-MM-DD); default: the event start date (compare), else today in China')
    .option('--out <file>', 'write the report to this file instead of standard output')
    .action(async (kind: string, eventFile: string | undefined, flags: Flags) => {
      const ids = splitPackIds(flags.packs);
      const options = readEvaluationOptions(flags, usageProblems(kind, eventFile, flags, ids));
      const event: EventInput | undefined = eventFile ? readEventFile(eventFile) : undefined;
      const packs = choosePacks(loadPackLibrary(context.policiesDir), ids, '--packs');
      const report = await buildReport(kind as ReportKind, packs, { ...options, event });
      const text = renderReport(report, flags.format as ReportFormat);
      if (flags.out) writeOut(flags.out, text);
      else context.stdout.write(text);
    });
}
