// tanzhong events generate --count N --seed S [--format jsonl|csv] [--start date] [--days N] [--region code]: a
// synthetic population of events (app/simulation/population.ts; its distribution in docs/simulation.md), written
// to stdout as it is made, never held whole: the same events for the same options.
import { once } from 'node:events';
import type { Command } from 'commander';
import { DEFAULT_DAYS, DEFAULT_START, generateEvents } from '../../../app/simulation/population.js';
import { isCalendarDate, isKnownRegion, type Problem } from '../../../engine/index.js';
import { eventCsvHeader, eventCsvRow } from '../../simulate/csv-events.js';
import { CliError } from '../cli-error.js';
import type { CliContext, Output } from '../context.js';

interface Flags {
  count: string;
  seed: string;
  format: string;
  start?: string;
  days?: string;
  region?: string;
}

export const MAX_GENERATED = 100_000_000;
const MAX_SEED = 2 ** 32 - 1;
/** Text gathered before each write: fewer, larger writes. */
const WRITE_CHARS = 256 * 1024;

function wholeNumber(value: string, path: string, min: number, max: number, problems: Problem[]): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) problems.push({ path, message: `must be a whole number from ${min} to ${max}, got "${value}"` });
  return n;
}

export function readGenerateFlags(flags: Flags) {
  const problems: Problem[] = [];
  const count = wholeNumber(flags.count, '--count', 0, MAX_GENERATED, problems);
  const seed = wholeNumber(flags.seed, '--seed', 0, MAX_SEED, problems);
  const days = flags.days === undefined ? DEFAULT_DAYS : wholeNumber(flags.days, '--days', 1, 3660, problems);
  if (flags.format !== 'jsonl' && flags.format !== 'csv') problems.push({ path: '--format', message: `must be jsonl or csv, got "${flags.format}"` });
  if (flags.start !== undefined && !isCalendarDate(flags.start)) problems.push({ path: '--start', message: `must be a calendar date written YYYY-MM-DD, got "${flags.start}"` });
  if (flags.region !== undefined && !(/^\d{6}$/.test(flags.region) && isKnownRegion(flags.region))) {
    problems.push({ path: '--region', message: `must be a six-digit GB/T 2260 code of a real division, e.g. 510100, got "${flags.region}"` });
  }
  if (problems.length) throw new CliError(problems);
  return { count, seed, days, format: flags.format as 'jsonl' | 'csv', start: flags.start ?? DEFAULT_START, ...(flags.region ? { region: flags.region } : {}) };
}

async function write(output: Output, text: string): Promise<void> {
  if (output.write(text) !== false) return;
  const emitter = output as Partial<NodeJS.EventEmitter>;
  if (typeof emitter.once === 'function') await once(emitter as NodeJS.EventEmitter, 'drain');
}

export function registerEventsGenerate(program: Command, context: CliContext): void {
  const events = program.command('events').description('synthetic events for simulations');
  events
    .command('generate')
    .description('write a synthetic population of events (kinds, sizes, organizers, dates, places, emissions), the same for the same seed')
    .requiredOption('--count <n>', 'how many events')
    .requiredOption('--seed <n>', 'the seed: the same seed gives the same events')
    .option('--format <format>', 'jsonl (one event per line) or csv', 'jsonl')
    .option('--start <date>', `the first day an event may start (YYYY-MM-DD, default ${DEFAULT_START})`)
    .option('--days <n>', `events start within this many days of --start (default ${DEFAULT_DAYS})`)
    .option('--region <code>', 'every event held in this division (GB/T 2260 code); default: a mix of provinces and cities')
    .action(async (flags: Flags) => {
      const options = readGenerateFlags(flags);
      const row = options.format === 'csv' ? eventCsvRow : (event: object) => `${JSON.stringify(event)}\n`;
      let text = options.format === 'csv' ? eventCsvHeader() : '';
      for (const event of generateEvents(options.count, options)) {
        text += row(event);
        if (text.length >= WRITE_CHARS) {
          await write(context.stdout, text);
          text = '';
        }
      }
      if (text) await write(context.stdout, text);
    });
}
