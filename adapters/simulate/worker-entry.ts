// Starting a worker thread of the simulation the same way from the build and from the sources. The CLI runs
// dist/cli.js, built by scripts/build.mjs with the worker as its own entry, dist/simulate-worker.js. The tests run the
// TypeScript sources, which plain node cannot load in a thread: there the thread first registers tsx's loader (a
// dependency of the project), then imports adapters/simulate/worker.ts.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { projectPath } from '../files/project-root.js';

/** This module runs from its TypeScript source (vitest, tsx), not from the build. */
const FROM_SOURCES = import.meta.url.endsWith('.ts');

export const BUILT_WORKER = 'dist/simulate-worker.js';

/**
 * A worker's heap: the young generation holds the millions of short-lived events (measured over 1,000,000 events
 * under the four shipped packs: 8 MB scavenges so often that it costs some 5% more CPU than 24 MB, at a peak RSS of
 * about 235 MB; 32 MB brings it near 290 MB); the old generation holds the classes of events, bounded by the memo.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 256 };

export function startWorker(workerData: unknown): Worker {
  if (!FROM_SOURCES) {
    const file = projectPath(BUILT_WORKER);
    if (!existsSync(file)) throw new Error(`the build has no ${BUILT_WORKER}: run \`npm run build\``);
    return new Worker(file, { workerData, resourceLimits: RESOURCE_LIMITS });
  }
  const tsxPackage = createRequire(projectPath('package.json')).resolve('tsx/package.json');
  const loader = pathToFileURL(tsxPackage.replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
  const worker = pathToFileURL(projectPath('adapters/simulate/worker.ts')).href;
  const code = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(code, { eval: true, workerData, resourceLimits: RESOURCE_LIMITS });
}
