// What every thread of a simulation is given, and how a thread sets itself up from it: the packs' documents
// (compiled again in the thread, exactly as in the main thread), the date asked, the file's format and columns.
import { type Decider, memoDecider } from '../../app/simulation/decider.js';
import { compileDocuments } from '../../app/simulation/simulated-pack.js';
import { SimulationRun } from '../../app/simulation/simulation-run.js';
import type { CalendarDate, CompiledPack } from '../../engine/index.js';
import { BlockProcessor, type EventFormat } from './block-processor.js';

export interface SimulationJob {
  /** The raw documents of the simulated pack's chain, base first. */
  pack: unknown[];
  /** The baseline's, when there is one. */
  baseline?: unknown[];
  /** Read the policies as of this date (default: each event's start date). */
  asOf?: CalendarDate;
  format: EventFormat;
  /** The CSV header's columns. */
  columns: string[];
  /** Examples of changes and failures kept. */
  examples: number;
}

export interface ThreadRun {
  run: SimulationRun;
  processor: BlockProcessor;
  deciders: Decider[];
}

function compiled(documents: unknown[]): CompiledPack {
  const result = compileDocuments(documents);
  // The main thread compiled these very documents before starting the thread: a failure here is a bug.
  if (!result.ok) throw new Error(`the pack no longer compiles in the worker: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.compiled;
}

/** A thread's run: `packs` when the thread holds them compiled already (the main thread), else from the job. */
export function startThreadRun(job: SimulationJob, packs?: { pack: CompiledPack; baseline?: CompiledPack }): ThreadRun {
  const options = job.asOf ? { asOf: job.asOf } : {};
  const pack = memoDecider(packs?.pack ?? compiled(job.pack), options);
  const baselinePack = packs?.baseline ?? (job.baseline ? compiled(job.baseline) : undefined);
  const baseline = baselinePack ? memoDecider(baselinePack, options) : undefined;
  const run = new SimulationRun({ pack, ...(baseline ? { baseline } : {}) }, job.examples);
  return { run, processor: new BlockProcessor(run, job.format, job.columns), deciders: baseline ? [pack, baseline] : [pack] };
}
