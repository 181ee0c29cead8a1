// A worker thread of `tanzhong simulate`: set up from the job in workerData, it simulates the blocks it is sent, one
// at a time in order, acknowledges each, and sends its tally when told to finish. Bundled as dist/simulate-worker.js
// (scripts/build.mjs); run from the sources through tsx (./worker-entry.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { blockText } from './event-blocks.js';
import { startThreadRun, type SimulationJob } from './job.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

const port = parentPort;
if (!port) throw new Error('adapters/simulate/worker.ts runs as a worker thread of tanzhong simulate');

const send = (message: FromWorker) => port.postMessage(message);
const fail = (error: unknown) =>
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
let queue = Promise.resolve();
let blocks = 0;

try {
  const { run, processor, deciders } = startThreadRun(workerData as SimulationJob);
  port.on('message', (message: ToWorker) => {
    queue = queue
      .then(async () => {
        if (message.type === 'block') {
          const events = await processor.process({ firstLine: message.firstLine, text: blockText(message.bytes) });
          blocks++;
          send({ type: 'done', id: message.id, events });
          return;
        }
        const memo = { hits: 0, misses: 0, direct: 0 };
        for (const d of deciders) for (const k of ['hits', 'misses', 'direct'] as const) memo[k] += d.stats[k];
        send({ type: 'tally', tally: run.tally.data(), blocks, memo });
      })
      .catch(fail);
  });
} catch (error) {
  fail(error);
}
