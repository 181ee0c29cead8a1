// npm run bench: what tanzhong's answers cost, against the limits, in one run on the same generated events.
//   a. evaluations per second in process: tanzhong (full, decision-only), json-rules-engine bare, hand-written
//   b. HTTP: POST /v1/evaluate against a bare node:http server answering by hand (autocannon, 50 connections)
//   c. CLI cold start: `node bin/tanzhong.js evaluate ...` from the build
//   d. bytes the decision log stores per evaluation
// Plain tables on stdout; the figures also in bench/results.json. Never a timed test: it only reports.
// Knobs (environment): BENCH_EVENTS, BENCH_ROUNDS, BENCH_SAMPLE_SECONDS, BENCH_CONNECTIONS, BENCH_WARMUP,
// BENCH_SECONDS, BENCH_COLD_RUNS, BENCH_PARTS (e.g. "a,c"), BENCH_COMMIT (what to call the code measured).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../adapters/files/project-root.js';
import { ARGS as COLD_ARGS, measureColdStart } from './cold-start.js';
import { eventWithPlan, generateEvents, SMALL_EVENT } from './events.js';
import { measureHttp } from './http.js';
import { measureInProcess } from './in-process.js';
import { measureStorage } from './storage.js';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const config = {
  events: num('BENCH_EVENTS', 1000),
  seed: 20260130,
  rounds: num('BENCH_ROUNDS', 5),
  sampleSeconds: num('BENCH_SAMPLE_SECONDS', 0.2),
  connections: num('BENCH_CONNECTIONS', 50),
  warmupSeconds: num('BENCH_WARMUP', 2),
  seconds: num('BENCH_SECONDS', 8),
  coldRuns: num('BENCH_COLD_RUNS', 7),
};
const parts = new Set((process.env.BENCH_PARTS ?? 'a,b,c,d').split(',').map((p) => p.trim()));
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Plain aligned columns: text left, numbers right. */
function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[], numeric: boolean[]) =>
    r.map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  const numeric = headers.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || /^[\d.,x%-]+$|^n\/a/.test(String(r[c]))));
  return [line(headers, numeric), line(widths.map((w) => '-'.repeat(w)), numeric), ...cells.slice(1).map((r) => line(r, numeric))].join('\n');
}
const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (n: number | null | undefined) => (n === null || n === undefined ? 'n/a' : n >= 0.1 ? n.toFixed(2) : n.toPrecision(2));

const started = Date.now();
const commit = (() => {
  if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectPath(), encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: projectPath(), encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
})();
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  commit,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverageAtStart: loadavg()[0] },
  config,
};
const load = () => loadavg()[0]!.toFixed(1);
const out: string[] = [`tanzhong bench · ${commit} · node ${process.version} · ${cpus().length} cores · load average ${load()} at start`];

if (parts.has('a')) {
  log(`a. in-process: ${config.events} generated events (seed ${config.seed}), ${config.rounds} interleaved rounds`);
  const events = generateEvents(config.events, config.seed);
  const figures = await measureInProcess(events, { rounds: config.rounds, sampleSeconds: config.sampleSeconds, log });
  results.inProcess = figures;
  out.push('', `a. Evaluations per second, in process (${config.events} generated events, median of ${config.rounds} interleaved rounds)`);
  const rows: (string | number)[][] = [];
  for (const f of figures) {
    for (const p of f.paths) rows.push([`${f.pack} ${f.version}`, p.path, p.note ?? fmt(p.perSecond), p.microseconds === null ? 'n/a' : fmt(p.microseconds, 2), ratio(p.ofLimit)]);
  }
  out.push(table(['pack', 'path', 'evals/s', 'µs/eval', 'of limit'], rows));
  const jre = figures.map((f) => {
    const t = f.paths.find((p) => p.path.startsWith('tanzhong (full'))!.perSecond!;
    const j = f.paths.find((p) => p.path.startsWith('json-rules-engine'))!.perSecond!;
    return `${f.pack} ${(t / j).toFixed(2)}x`;
  });
  out.push(`tanzhong full / json-rules-engine bare: ${jre.join(', ')}`);
  out.push(
    `hand-written agrees with tanzhong (obligation, missing facts, due dates): ${figures.map((f) => `${f.pack} ${f.agreement.same}/${f.agreement.events}`).join(', ')}`,
  );
  for (const f of figures) if (f.agreement.firstDifference) out.push(`  first difference, ${f.pack}: ${JSON.stringify(f.agreement.firstDifference)}`);
}

const dir = mkdtempSync(join(tmpdir(), 'tanzhong-bench-'));
try {
  if (parts.has('b')) {
    log(`b. HTTP: autocannon, ${config.connections} connections, ${config.warmupSeconds} s warm-up + ${config.seconds} s`);
    const figures = await measureHttp({ databaseFile: join(dir, 'http.db'), connections: config.connections, warmupSeconds: config.warmupSeconds, seconds: config.seconds, log });
    results.http = figures;
    out.push('', `b. HTTP, one small event, 127.0.0.1, ${config.connections} connections, ${config.seconds} s after ${config.warmupSeconds} s warm-up (latency resolution 1 ms)`);
    out.push(
      table(
        ['server', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'requests', 'errors', 'non-2xx', 'of bare'],
        figures.map((f) => [f.server, fmt(f.requestsPerSecond), f.latencyMs.p50, f.latencyMs.p99, f.latencyMs.max, f.requests, f.errors + f.timeouts, f.non2xx, ratio(f.ofBare)]),
      ),
    );
  }

  if (parts.has('c')) {
    log(`c. CLI cold start: ${config.coldRuns} runs`);
    const figures = measureColdStart(config.coldRuns);
    results.coldStart = figures;
    out.push('', `c. CLI cold start: wall time of \`... ${COLD_ARGS.join(' ')}\` in a new node process`);
    out.push(table(['command', 'runs', 'median ms', 'min ms', 'max ms'], figures.map((f) => [f.command, f.runs, fmt(f.medianMs), fmt(f.minMs), fmt(f.maxMs)])));
  }

  if (parts.has('d')) {
    log('d. storage: bytes stored per evaluation');
    const figures = await measureStorage([
      { name: 'small event', event: SMALL_EVENT, evaluations: 200 },
      { name: 'event with 1000 offset lines', event: eventWithPlan(1000), evaluations: 10 },
    ]);
    results.storage = figures;
    out.push('', 'd. Decision log: bytes stored per POST /v1/evaluate (SQLite dbstat: pages gained, and the rows\' payload)');
    out.push(
      table(
        ['case', 'evaluations', 'request bytes', 'stored bytes/eval', 'payload bytes/eval', 'stored/request'],
        figures.map((f) => [f.case, f.evaluations, f.requestBytes, fmt(f.storedBytesPerEvaluation), fmt(f.payloadBytesPerEvaluation), ratio(f.storedBytesPerEvaluation / f.requestBytes)]),
      ),
    );
    for (const f of figures) {
      const tables = Object.entries(f.byTable).sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `${name} ${fmt(bytes)}`);
      out.push(`  ${f.case}, per evaluation by table or index: ${tables.join(', ')}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

results.seconds = Math.round((Date.now() - started) / 1000);
(results.machine as Record<string, unknown>).loadAverageAtEnd = loadavg()[0];
out.push('', `(${results.seconds} s; load average ${load()} at the end: other work on the machine skews absolute figures more than ratios; figures in bench/results.json)`);
writeFileSync(projectPath('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(out.join('\n'));
