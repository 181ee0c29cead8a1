// `tanzhong simulate`: an events file streamed in blocks (never read whole) through the simulation, on worker threads
// (both cores by default) or, with `workers: 0`, in this thread; the same tally either way.
import { statSync } from 'node:fs';
import type { SimulatedPack } from '../../app/simulation/simulated-pack.js';
import type { TallyData } from '../../app/simulation/tally.js';
import { DEFAULT_EXAMPLES } from '../../app/simulation/tally.js';
import { type CalendarDate, InputError } from '../../engine/index.js';
import type { EventFormat } from './block-processor.js';
import { headerProblems } from './csv-events.js';
import { blockText, openEventFile } from './event-blocks.js';
import { type SimulationJob, startThreadRun } from './job.js';
import type { Progress } from './progress.js';
import { runOnWorkers, type ThreadReport } from './worker-pool.js';

export interface SimulateFileOptions {
  file: string;
  format: EventFormat;
  pack: SimulatedPack;
  baseline?: SimulatedPack;
  asOf?: CalendarDate;
  /** Worker threads; 0: this thread. */
  workers: number;
  examples?: number;
  /** About how many bytes a block holds (tests make them small). */
  blockBytes?: number;
  progress?: Progress;
}

export interface SimulationResult {
  tally: TallyData;
  /** One entry per worker thread (none in this thread). */
  threads: ThreadReport[];
}

export async function simulateFile(options: SimulateFileOptions): Promise<SimulationResult> {
  const { file, format } = options;
  const opened = await openEventFile(file, format, options.blockBytes);
  if (format === 'csv') {
    const problems = opened.columns.length ? headerProblems(opened.columns) : [{ path: file, message: 'has no header row: the first record names the fields' }];
    if (problems.length) {
      await opened.blocks.return(undefined);
      throw new InputError(`${file}: the CSV header cannot be read as the fields of an event:`, problems.map((p) => ({ ...p, path: `${file}: ${p.path}` })));
    }
  }
  const job: SimulationJob = {
    pack: options.pack.documents,
    ...(options.baseline ? { baseline: options.baseline.documents } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    format,
    columns: opened.columns,
    examples: options.examples ?? DEFAULT_EXAMPLES,
  };
  const progress = options.progress;
  if (options.workers > 0) {
    const result = await runOnWorkers(options.workers, job, opened.blocks, (block, events) => progress?.block(block.bytesRead, events));
    progress?.finish(result.tally.events);
    return result;
  }
  const compiled = { pack: options.pack.compiled, ...(options.baseline ? { baseline: options.baseline.compiled } : {}) };
  const { run, processor } = startThreadRun(job, compiled);
  for await (const block of opened.blocks) {
    const events = await processor.process({ firstLine: block.firstLine, text: blockText(block.bytes) });
    progress?.block(block.bytesRead, events);
  }
  const tally = run.tally.data();
  progress?.finish(tally.events);
  return { tally, threads: [] };
}

/** The size of `file` in bytes, for the progress bar. */
export function fileSize(file: string): number {
  return statSync(file).size;
}
