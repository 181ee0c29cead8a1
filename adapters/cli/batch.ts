// tanzhong evaluate --batch events.jsonl --pack <id>: one event per line of the file, read as a stream (never the
// whole file at once), each answered on the one answer path and written to stdout as it is answered, in order: a
// JSON line per event, or a CSV row (adapters/render/batch-lines.ts; the same lines as POST /v1/evaluate/batch, with
// the file's line number). A line that fails (not JSON, an invalid event, no version in effect on its date) is a
// failed line on stdout and `<file>:<line>: <reason>` on stderr, and the batch goes on; the exit code is 1 when any
// line failed. A pack that cannot answer at all, or bad options, stop it before the first line is read.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { answerInBatch, BATCH_DETAILS, type BatchDetail, type BatchOptions, type BatchOutcome, batchPackFailure, type Unreadable } from '../../app/batch.js';
import type { Problem } from '../../engine/index.js';
import { answerFailureBody } from '../render/answer-failure.js';
import { batchCsvHeader, batchCsvRow, batchJsonLine } from '../render/batch-lines.js';
import { CliError } from './cli-error.js';
import { openRegistry } from './cli-registry.js';
import type { CliContext, Output } from './context.js';
import { requireFile } from './input-file.js';
import type { EvaluationOptions } from './options.js';
import { resolutionProblems } from './failure-problems.js';

export const BATCH_FORMATS = ['jsonl', 'csv'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

export interface BatchFlags {
  format?: string;
  detail?: string;
}

/** The batch's own flags, checked together: every bad one is reported at once. */
export function readBatchFlags(flags: BatchFlags, problems: Problem[]): { format: BatchFormat; detail: BatchDetail } {
  const format = (flags.format ?? 'jsonl') as BatchFormat;
  const detail = (flags.detail ?? 'decision') as BatchDetail;
  if (!BATCH_FORMATS.includes(format)) problems.push({ path: '--format', message: `must be one of: ${BATCH_FORMATS.join(', ')}, got "${flags.format}"` });
  if (!BATCH_DETAILS.includes(detail)) problems.push({ path: '--detail', message: `must be one of: ${BATCH_DETAILS.join(', ')}, got "${flags.detail}"` });
  if (format === 'csv' && detail === 'full') {
    problems.push({ path: '--detail', message: 'the CSV holds decision-only answers (codes): leave --detail out, or ask --format jsonl for full determinations' });
  }
  return { format, detail };
}

/** Writes and, when the output is a stream whose buffer is full, waits until it drains: memory stays bounded. */
async function write(output: Output, text: string): Promise<void> {
  if (output.write(text) !== false) return;
  const emitter = output as Partial<NodeJS.EventEmitter>;
  if (typeof emitter.once === 'function') await once(emitter as NodeJS.EventEmitter, 'drain');
}

function readLine(text: string): { event: unknown } | Unreadable {
  try {
    return { event: JSON.parse(text) };
  } catch (error) {
    return { kind: 'unreadable', problems: [{ path: 'event', message: `is not JSON: ${(error as Error).message}` }] };
  }
}

/** Why a line failed, as the lines printed on stderr. */
function reasons(file: string, line: number, outcome: BatchOutcome): string[] {
  if (outcome.kind === 'answered' || outcome.kind === 'decided') return [];
  if (outcome.kind === 'internal') {
    const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    return [`${file}:${line}: an internal error occurred: ${message}`];
  }
  const body = answerFailureBody(outcome, '--pack');
  if (!body.issues.length) return [`${file}:${line}: ${body.message}`];
  return body.issues.map((issue) => `${file}:${line}: ${issue.path}: ${issue.message}`);
}

export interface BatchRun {
  file: string;
  pack: string;
  packDir?: string[];
  format: BatchFormat;
  detail: BatchDetail;
  options: EvaluationOptions;
}

export async function evaluateBatch(context: CliContext, run: BatchRun): Promise<void> {
  requireFile(run.file, 'a file of events, one JSON object per line');
  const { file, format } = run;
  const registry = await openRegistry(context, run.packDir);
  const options: BatchOptions = { pack: run.pack, ...run.options, detail: run.detail };
  const failure = batchPackFailure(registry, options);
  if (failure) throw new CliError(resolutionProblems(failure, '--pack'));
  const names = (id: string) => registry.describe(id);

  if (format === 'csv') await write(context.stdout, batchCsvHeader(options.lang ?? 'zh'));
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  let index = 0;
  let failed = 0;
  for await (const text of lines) {
    line += 1;
    // A blank line (the file's last line feed, a gap) holds no event.
    if (text.trim() === '') continue;
    const read = readLine(line === 1 ? text.replace(/^\uFEFF/, '') : text);
    const outcome = 'event' in read ? await answerInBatch(registry, options, read.event) : read;
    const place = { index, line };
    const event = 'event' in read ? read.event : undefined;
    await write(context.stdout, format === 'csv' ? batchCsvRow(place, event, outcome) : batchJsonLine(place, outcome, options.lang ?? 'zh', names));
    const why = reasons(file, line, outcome);
    if (why.length) {
      failed += 1;
      await write(context.stderr, `${why.join('\n')}\n`);
    }
    index += 1;
  }
  if (failed) {
    context.stderr.write(`${file}: ${failed} of ${index} events could not be answered\n`);
    context.exitCode = 1;
  }
}
