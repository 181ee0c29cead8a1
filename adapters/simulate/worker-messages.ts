// The messages between the main thread of a simulation and its worker threads.
import type { TallyData } from '../../app/simulation/tally.js';

/** A block is its UTF-8 bytes, handed over without a copy; the worker decodes them. */
export type ToWorker = { type: 'block'; id: number; firstLine: number; bytes: Uint8Array } | { type: 'finish' };

export type FromWorker =
  | { type: 'done'; id: number; events: number }
  | { type: 'tally'; tally: TallyData; blocks: number; memo: { hits: number; misses: number; direct: number } }
  | { type: 'failed'; message: string; stack?: string };
