// tanzhong report compare|matrix|sweep --packs a,b [--format md|html|csv|json] [--bom] [--lang zh|en] [--as-of date]
// [--out file] [event.json]: the analysts' comparison reports, built from the packs' data and citations.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Problem } from '../../../engine/index.js';
import { fallbackNotice } from '../../render/fallback-notice.js';
import { REPORT_FORMATS, REPORT_KINDS, type ReportFormat, type ReportKind, renderReport } from '../../reports/index.js';
import { prepareReport } from '../../reports/report-packs.js';
import { CliError } from '../cli-error.js';
import { openRegistry, PACK_DIR_HELP } from '../cli-registry.js';
import type { CliContext } from '../context.js';
import { eventProblems, readEventFile } from '../event-file.js';
import { resolutionProblems } from '../failure-problems.js';
import { collect, type EvaluationFlags, readEvaluationOptions, splitPackIds } from '../options.js';

interface Flags extends EvaluationFlags {
  packs: string;
  format: string;
  out?: string;
  packDir?: string[];
  bom?: boolean;
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
  if (flags.bom && flags.format !== 'csv') {
    problems.push({ path: '--bom', message: `a byte order mark is for --format csv only, not ${flags.format}: remove --bom` });
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
    .option('--pack-dir <folder>', PACK_DIR_HELP, collect)
    .option('--bom', 'csv only: begin with a UTF-8 byte order mark, so that Excel on Chinese Windows reads the file as UTF-8')
    .option('--out <file>', 'write the report to this file instead of standard output')
    .action(async (kind: string, eventFile: string | undefined, flags: Flags) => {
      const ids = splitPackIds(flags.packs);
      const options = readEvaluationOptions(flags, usageProblems(kind, eventFile, flags, ids));
      const event = eventFile ? readEventFile(eventFile) : undefined;
      const registry = await openRegistry(context, flags.packDir);
      const outcome = await prepareReport(registry, { kind: kind as ReportKind, packs: ids, lang: options.lang, asOf: options.asOf, event });
      if (outcome.kind === 'invalid-event') throw new CliError(eventProblems(eventFile ?? 'event.json', outcome.problems), { lang: options.lang });
      if (outcome.kind === 'packs-unavailable') throw new CliError(outcome.failures.flatMap((f) => resolutionProblems(f.failure, '--packs')));
      // The report itself goes to stdout or --out; what answered in place of a pack not in effect goes to stderr.
      for (const fallback of outcome.fallbacks) context.stderr.write(`${fallbackNotice(fallback, options.lang, (id) => registry.describe(id))}\n`);
      const text = renderReport(outcome.report, flags.format as ReportFormat, { bom: flags.bom === true });
      if (flags.out) writeOut(flags.out, text);
      else context.stdout.write(text);
    });
}
