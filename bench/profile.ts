// npm run bench:profile: where the time of a full evaluation goes. Runs evaluate() over the bench's generated events
// on cn-chongqing, cn-shandong-jining and cn-sichuan for a few seconds in a child node with --cpu-prof, then prints
// the functions and the files or packages with the most self time (bench/top-frames.ts). The profile stays in the
// temp folder (its path is printed) for Chrome DevTools or speedscope.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../engine/index.js';
import { generateEvents } from './events.js';
import { compiledPacks } from './in-process.js';
import { topFrames } from './top-frames.js';

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 6);

if (process.argv.includes('--loop')) {
  const packs = [...(await compiledPacks()).values()];
  const events = generateEvents(1000);
  const until = performance.now() + SECONDS * 1000;
  let n = 0;
  while (performance.now() < until) {
    for (const compiled of packs) for (let i = 0; i < 100; i++) await evaluate(compiled, events[(n + i) % events.length]);
    n += 100;
  }
  console.log(`profiled ${n * packs.length} evaluations`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'tanzhong-profile-'));
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--cpu-prof', '--cpu-prof-dir', dir, self, '--loop'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!);
  console.log(`${file}\n${topFrames(file, Number(process.env.PROFILE_TOP ?? 25))}`);
}
