// tanzhong simulate --pack <id> [--baseline <id|version>] <events.jsonl|csv>: every event of a file (streamed, never
// read whole) answered under a pack version and, with a baseline, under another pack or version too; the report
// counts the events by obligation with their emissions, the deciding rules and duties, and the events whose answer
// changes, with examples (adapters/simulate). Both cores by default (--workers); progress on stderr.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { PackRegistry } from '../../../app/registry.js';
import { type SimulatedPack, simulatedPack } from '../../../app/simulation/simulated-pack.js';
import { isCalendarDate, LANGS, type Lang, type Problem } from '../../../engine/index.js';
import { REPORT_FORMATS, type ReportFormat } from '../../reports/report.js';
import { EVENT_FORMATS, type EventFormat } from '../../simulate/block-processor.js';
import { Progress } from '../../simulate/progress.js';
import { renderSimulation } from '../../simulate/render.js';
import { simulateFile, fileSize } from '../../simulate/simulate-file.js';
import { simulationReport } from '../../simulate/simulation-report.js';
import { CliError } from '../cli-error.js';
import { openRegistry, PACK_DIR_HELP } from '../cli-registry.js';
import type { CliContext } from '../context.js';
import { resolutionProblems } from '../failure-problems.js';
import { requireFile } from '../input-file.js';
import { collect } from '../options.js';

interface Flags {
  pack: string;
  version?: string;
  baseline?: string;
  asOf?: string;
  format: string;
  input?: string;
  lang: string;
  out?: string;
  bom?: boolean;
  workers?: string;
  examples?: string;
  packDir?: string[];
}

const MAX_WORKERS = 16;
const MAX_EXAMPLES = 1000;
/** A baseline that is a version of the same pack (`1.0.0`), not another pack's id. */
const VERSION = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

function readFlags(file: string, flags: Flags) {
  const problems: Problem[] = [];
  if (!isOneOf(REPORT_FORMATS, flags.format)) problems.push({ path: '--format', message: `must be one of: ${REPORT_FORMATS.join(', ')}, got "${flags.format}"` });
  if (!isOneOf(LANGS, flags.lang)) problems.push({ path: '--lang', message: `must be one of: ${LANGS.join(', ')}, got "${flags.lang}"` });
  if (flags.bom && flags.format !== 'csv') problems.push({ path: '--bom', message: `a byte order mark is for --format csv only, not ${flags.format}: remove --bom` });
  if (flags.asOf !== undefined && !isCalendarDate(flags.asOf)) problems.push({ path: '--as-of', message: `must be a calendar date written YYYY-MM-DD, got "${flags.asOf}"` });
  const input = flags.input ?? (/\.csv$/i.test(file) ? 'csv' : 'jsonl');
  if (!isOneOf(EVENT_FORMATS, input)) problems.push({ path: '--input', message: `must be jsonl or csv, got "${input}"` });
  const whole = (value: string | undefined, path: string, fallback: number, max: number) => {
    if (value === undefined) return fallback;
    const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n > max) problems.push({ path, message: `must be a whole number from 0 to ${max}, got "${value}"` });
    return n;
  };
  const workers = whole(flags.workers, '--workers', Math.min(2, availableParallelism()), MAX_WORKERS);
  const examples = whole(flags.examples, '--examples', 10, MAX_EXAMPLES);
  if (problems.length) throw new CliError(problems);
  return { format: flags.format as ReportFormat, lang: flags.lang as Lang, input: input as EventFormat, workers, examples };
}

function packOf(registry: PackRegistry, id: string, version: string | undefined, option: string): SimulatedPack {
  const choice = simulatedPack(registry, id, version);
  if (choice.kind !== 'ok') throw new CliError(resolutionProblems(choice, option));
  return choice.pack;
}

function writeOut(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError([{ path: '--out', message: `${file} cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
}

export function registerSimulate(program: Command, context: CliContext): void {
  program
    .command('simulate')
    .description('answer every event of a file under a pack (and a baseline): counts by obligation, emissions to offset, and the events whose answer changes')
    .argument('<events>', 'a file of events: JSON lines (.jsonl) or CSV (.csv), e.g. from `tanzhong events generate`')
    .requiredOption('--pack <id>', 'the pack simulated: its newest published version, with the newest versions of its bases')
    .option('--version <version>', 'simulate this version of --pack instead of the newest')
    .option('--baseline <id|version>', 'compare with another pack (its id) or another version of --pack (e.g. 1.0.0)')
    .option('--as-of <date>', 'read the policies as of this date for every event (YYYY-MM-DD); default: each event as of its start date')
    .option('--format <format>', `report format: ${REPORT_FORMATS.join(', ')}`, 'md')
    .option('--lang <lang>', 'language of the report: zh or en', 'zh')
    .option('--input <format>', 'the file\'s format: jsonl or csv (default: from its name)')
    .option('--workers <n>', 'worker threads (default: both cores; 0: the main thread alone)')
    .option('--examples <n>', 'examples of changed answers and of failures to show (default 10)')
    .option('--pack-dir <folder>', PACK_DIR_HELP, collect)
    .option('--bom', 'csv only: begin with a UTF-8 byte order mark')
    .option('--out <file>', 'write the report to this file instead of standard output')
    .action(async (file: string, flags: Flags) => {
      const options = readFlags(file, flags);
      requireFile(file, 'a file of events (JSON lines or CSV)');
      const registry = await openRegistry(context, flags.packDir);
      const pack = packOf(registry, flags.pack, flags.version, '--pack');
      const baseline =
        flags.baseline === undefined
          ? undefined
          : VERSION.test(flags.baseline)
            ? packOf(registry, flags.pack, flags.baseline, '--baseline')
            : packOf(registry, flags.baseline, undefined, '--baseline');
      const tty = (context.stderr as { isTTY?: boolean }).isTTY === true;
      const progress = new Progress(context.stderr, { tty, lang: options.lang, totalBytes: fileSize(file) });
      const result = await simulateFile({
        file,
        format: options.input,
        pack,
        ...(baseline ? { baseline } : {}),
        ...(flags.asOf ? { asOf: flags.asOf } : {}),
        workers: options.workers,
        examples: options.examples,
        progress,
      });
      const report = simulationReport(
        result.tally,
        { pack: pack.compiled, ...(baseline ? { baseline: baseline.compiled } : {}) },
        { lang: options.lang, ...(flags.asOf ? { asOf: flags.asOf } : {}), source: basename(file), threads: result.threads.length },
      );
      const text = renderSimulation(report, options.format, { bom: flags.bom === true });
      if (flags.out) writeOut(flags.out, text);
      else context.stdout.write(text);
    });
}
