// The worker threads of a simulation: each is sent blocks of the file, at most two waiting at a time (so the main
// thread never reads far ahead of them and memory stays bounded), and its tally at the end. The tallies merge into
// one that does not depend on which thread counted which block (app/simulation/tally.ts).
import type { Worker } from 'node:worker_threads';
import { emptyTally, mergeTallies, type TallyData } from '../../app/simulation/tally.js';
import type { ReadBlock } from './event-blocks.js';
import type { SimulationJob } from './job.js';
import { startWorker } from './worker-entry.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

/** Blocks sent to a worker and not yet done. */
const IN_FLIGHT = 2;

export interface ThreadReport {
  blocks: number;
  events: number;
  memo: { hits: number; misses: number; direct: number };
}

export interface PoolResult {
  tally: TallyData;
  threads: ThreadReport[];
}

interface Slot {
  worker: Worker;
  waiting: Map<number, ReadBlock>;
  events: number;
  final?: (message: Extract<FromWorker, { type: 'tally' }>) => void;
  /** Its tally has arrived: stopping it now is no failure. */
  done?: boolean;
}

/** Runs `blocks` on `size` worker threads; `onBlock` is called as each block is done (progress). */
export async function runOnWorkers(
  size: number,
  job: SimulationJob,
  blocks: AsyncIterable<ReadBlock>,
  onBlock: (block: ReadBlock, events: number) => void,
): Promise<PoolResult> {
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  let rejectFailed: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (rejectFailed = reject));
  failed.catch(() => undefined);
  const fail = (error: Error) => {
    failure ??= error;
    rejectFailed(failure);
    signal();
  };
  const slots: Slot[] = [];
  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: startWorker(job), waiting: new Map(), events: 0 };
    slot.worker.on('message', (message: FromWorker) => {
      if (message.type === 'done') {
        const block = slot.waiting.get(message.id);
        slot.waiting.delete(message.id);
        slot.events += message.events;
        if (block) onBlock(block, message.events);
        signal();
      } else if (message.type === 'tally') {
        slot.done = true;
        slot.final?.(message);
      }
      else fail(Object.assign(new Error(`a worker thread failed: ${message.message}`), { stack: message.stack }));
    });
    slot.worker.on('error', (error) => fail(error));
    slot.worker.on('exit', (code) => {
      if (!slot.done) fail(new Error(`a worker thread stopped (exit code ${code}) before it finished`));
    });
    slots.push(slot);
  }
  const stopAll = () => Promise.all(slots.map((s) => s.worker.terminate()));
  try {
    let id = 0;
    for await (const block of blocks) {
      let slot: Slot | undefined;
      for (;;) {
        if (failure) throw failure;
        slot = slots.reduce<Slot | undefined>((best, s) => (s.waiting.size < IN_FLIGHT && (!best || s.waiting.size < best.waiting.size) ? s : best), undefined);
        if (slot) break;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      slot.waiting.set(++id, block);
      const message: ToWorker = { type: 'block', id, firstLine: block.firstLine, bytes: block.bytes };
      slot.worker.postMessage(message, [block.bytes.buffer as ArrayBuffer]);
    }
    const finals = await Promise.race([
      Promise.all(
        slots.map(
          (slot) =>
            new Promise<Extract<FromWorker, { type: 'tally' }>>((resolve) => {
              slot.final = resolve;
              slot.worker.postMessage({ type: 'finish' } satisfies ToWorker);
            }),
        ),
      ),
      failed,
    ]);
    if (failure) throw failure;
    const tally = finals.reduce((all, f) => mergeTallies(all, f.tally, job.examples), emptyTally(job.baseline !== undefined));
    return { tally, threads: finals.map((f, i) => ({ blocks: f.blocks, events: (slots[i] as Slot).events, memo: f.memo })) };
  } finally {
    await stopAll();
  }
}
