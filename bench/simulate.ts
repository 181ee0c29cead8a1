// The simulation's budget (issue 13): `tanzhong simulate` over 1,000,000 generated events under each of four packs,
// under 20 s in all on a 2-core machine, each run's peak RSS under 300 MB. Runs the built CLI (as a user does), each
// pack in its own process measured by /usr/bin/time -v, and prints the figures with their ratio to the budget.
// Never a timed test: it only reports. Run: `npx tsx bench/simulate.ts` (builds first). Knobs: SIM_EVENTS (default
// 1000000), SIM_PACKS (default the four shipped packs), SIM_SEED, SIM_WORKERS (default: the CLI's, both cores).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../adapters/files/project-root.js';

const EVENTS = Number(process.env.SIM_EVENTS ?? 1_000_000);
const SEED = process.env.SIM_SEED ?? '1';
const PACKS = (process.env.SIM_PACKS ?? 'cn-national,cn-chongqing,cn-sichuan,cn-shandong-jining').split(',');
const BUDGET = { totalSeconds: 20, rssMb: 300 };
const BIN = projectPath('bin/tanzhong.js');
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Measured {
  pack: string;
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  rssMb: number;
  events: number;
}

/** The figures /usr/bin/time -v writes on stderr. */
function timeFigures(stderr: string): Omit<Measured, 'pack' | 'events'> {
  const field = (name: string) => new RegExp(`${name}: (.+)`).exec(stderr)?.[1]?.trim() ?? '';
  const clock = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
  const wallSeconds = clock.reduce((total, part) => total * 60 + part, 0);
  return {
    wallSeconds,
    userSeconds: Number(field('User time \\(seconds\\)')),
    systemSeconds: Number(field('System time \\(seconds\\)')),
    rssMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
  };
}

execFileSync(process.execPath, [projectPath('scripts/build.mjs')], { stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'tanzhong-bench-simulate-'));
try {
  const file = join(dir, 'events.jsonl');
  const out = openSync(file, 'w');
  const generated = spawnSync(process.execPath, [BIN, 'events', 'generate', '--count', String(EVENTS), '--seed', SEED], { stdio: ['ignore', out, 'inherit'] });
  closeSync(out);
  if (generated.status !== 0) throw new Error('tanzhong events generate failed');
  log(`${EVENTS.toLocaleString('en')} events (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB), seed ${SEED}; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  const measured: Measured[] = [];
  for (const pack of PACKS) {
    const args = [process.execPath, BIN, 'simulate', file, '--pack', pack, '--format', 'json', '--out', join(dir, `${pack}.json`)];
    if (process.env.SIM_WORKERS) args.push('--workers', process.env.SIM_WORKERS);
    const run = spawnSync('/usr/bin/time', ['-v', ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`simulate ${pack} failed:\n${run.stderr}`);
    const events = Number(/(\d+) events in/.exec(run.stderr)?.[1] ?? /(\d+) 个活动，用时/.exec(run.stderr)?.[1] ?? 0);
    measured.push({ pack, events, ...timeFigures(run.stderr) });
  }

  const total = measured.reduce((sum, m) => sum + m.wallSeconds, 0);
  const peak = Math.max(...measured.map((m) => m.rssMb));
  log('');
  log('pack                 wall s  user s  sys s  peak RSS MB  events');
  for (const m of measured) {
    log(`${m.pack.padEnd(20)} ${m.wallSeconds.toFixed(2).padStart(6)}  ${m.userSeconds.toFixed(2).padStart(6)}  ${m.systemSeconds.toFixed(2).padStart(5)}  ${m.rssMb.toFixed(0).padStart(11)}  ${m.events}`);
  }
  log('');
  log(`all four: ${total.toFixed(2)} s of ${BUDGET.totalSeconds} s (ratio ${(total / BUDGET.totalSeconds).toFixed(2)}); peak RSS ${peak.toFixed(0)} MB of ${BUDGET.rssMb} MB (ratio ${(peak / BUDGET.rssMb).toFixed(2)})`);
  log(`per event: ${((1e6 * total) / (EVENTS * measured.length)).toFixed(2)} µs of wall time, ${((1e6 * measured.reduce((s, m) => s + m.userSeconds + m.systemSeconds, 0)) / (EVENTS * measured.length)).toFixed(2)} µs of CPU`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
