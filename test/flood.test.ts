// Issue 10, hole 1, acceptance: a bounded flood of POST /v1/evaluate from one client against the real server.
// Past the limit it answers 429; the decision log grows by no more than the limit allows (the burst, then the
// steady rate); /livez keeps answering fast. The figure is 20 s; this test floods for 8 s at 1000 requests a
// second (FLOOD_SECONDS and FLOOD_RATE change it; FLOOD_RATE=0 is as fast as the server answers), with a limit low
// enough that the bound is tight. /livez is probed every 50 ms: its median and 95th percentile must stay under
// 50 ms. The maximum is printed, not asserted: on a 2-core machine shared with other work, a single probe now and
// then waits for the scheduler whether or not there is a flood (docs/deploy.md has the figures). The same server
// shows the retention policy applied at start.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../adapters/storage/open-store.js';
import { decisionNumber } from './support/decision-writer.js';
import { type ServerProcess, startServer } from './support/server-process.js';

const FLOOD_SECONDS = Number(process.env.FLOOD_SECONDS ?? 8);
/** 10 connections sending 1000 requests a second together: 1000 times the limit's steady rate. */
const FLOOD_RATE = Number(process.env.FLOOD_RATE ?? 1000);
const PER_MINUTE = 60;
const BURST = 10;

describe('a flood from one client', () => {
  let dir: string;
  let file: string;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tanzhong-flood-'));
    file = join(dir, 'tanzhong.db');
    // A decision 400 days old and one from yesterday, before the server starts.
    const store = await openStore(file);
    await store.saveDecision({ ...decisionNumber(1), createdAt: new Date(Date.now() - 400 * 86_400_000).toISOString() });
    await store.saveDecision({ ...decisionNumber(2), createdAt: new Date(Date.now() - 86_400_000).toISOString() });
    await store.close();
    server = await startServer({
      DATABASE_URL: file,
      RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
      RATE_LIMIT_BURST: String(BURST),
      DECISION_RETENTION_DAYS: '180',
    });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const decisions = () => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('select id from decisions').all() as { id: string }[];
    } finally {
      db.close();
    }
  };

  it('applied the retention policy at start: the 400-day-old decision is gone, yesterday\'s is kept', async () => {
    const base = (server as ServerProcess).base;
    expect((await fetch(`${base}/v1/decisions/durable-1`)).status).toBe(404);
    expect(decisions().map((d) => d.id)).toEqual(['durable-2']);
  });

  it(`gets 429 past the limit, keeps no more decisions than the limit allows, and /livez answers in under 50 ms`, async () => {
    const base = (server as ServerProcess).base;
    const before = decisions().length;
    // The event loop's delay as the server measures it (prom-client's histogram, reset at each scrape).
    const lagMax = async () => Number(/^nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(await (await fetch(`${base}/metrics`)).text())?.[1]);
    await lagMax();
    const flood = spawn(process.execPath, ['--import', 'tsx', 'test/support/flood.ts', `${base}/v1/evaluate`, String(FLOOD_SECONDS), '10', String(FLOOD_RATE)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    flood.stdout.on('data', (d) => (out += d));
    flood.stderr.on('data', (d) => (out += d));
    const floodEnded = new Promise<number | null>((resolve) => flood.once('exit', resolve));
    const killer = setTimeout(() => flood.kill('SIGKILL'), (FLOOD_SECONDS + 30) * 1000);
    const started = Date.now();
    // Probe /livez while the flood runs (after autocannon has started).
    const latencies: number[] = [];
    let ended = false;
    void floodEnded.then(() => (ended = true));
    await new Promise((r) => setTimeout(r, 1500));
    while (!ended) {
      const t0 = performance.now();
      const res = await fetch(`${base}/livez`);
      await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 50));
    }
    clearTimeout(killer);
    const serverLagMs = (await lagMax()) * 1000;
    expect(await floodEnded).toBe(0);
    const elapsed = (Date.now() - started) / 1000;
    const { statuses } = JSON.parse(out.trim().split('\n').at(-1) as string) as { statuses: Record<string, number> };
    const accepted = statuses['200'] ?? 0;
    const limited = statuses['429'] ?? 0;
    const allowed = BURST + Math.ceil((PER_MINUTE / 60) * elapsed);
    expect(Object.keys(statuses).sort()).toEqual(['200', '429']);
    expect(limited).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThanOrEqual(BURST);
    // autocannon stops counting at its deadline: an answer then in flight was kept but not counted.
    const kept = decisions().length - before;
    expect(kept).toBeGreaterThanOrEqual(accepted);
    expect(kept).toBeLessThanOrEqual(allowed);
    expect(latencies.length).toBeGreaterThan(20);
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(`flood: ${accepted} accepted (${kept} kept), ${limited} refused (429) in ${elapsed.toFixed(1)} s; /livez ${latencies.length} probes, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms; the server's event loop delay at most ${serverLagMs.toFixed(1)} ms`);
    const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
    expect(percentile(0.5)).toBeLessThan(50);
    expect(percentile(0.95)).toBeLessThan(50);
  }, (FLOOD_SECONDS + 60) * 1000);
});
