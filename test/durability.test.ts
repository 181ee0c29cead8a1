// A 2xx means the decision is committed: the real server is killed with SIGKILL in the middle of a burst of
// evaluations, started again on the same database file, and every decision it acknowledged is there, whole, and
// still derives the Determination that was answered. The same for the PostgreSQL store (PGlite on disk), where
// the group commit batches the decisions in one INSERT: a child process saves decisions and is killed mid-way.
// The processes run the sources with `node --import tsx` rather than `npx tsx`: npx and tsx's own launcher would
// each put a parent in between, and SIGKILL would kill the parent and leave the server running.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestOf } from '../app/canonical-json.js';
import { openStore } from '../adapters/storage/open-store.js';
import { decisionNumber } from './support/decision-writer.js';

const HOOK_TIMEOUT_MS = 60_000;
const BURST = 300;
const AT_ONCE = 20;
/** The kill comes once this many decisions are acknowledged, with up to AT_ONCE more under way. */
const KILL_AFTER = 120;

const children: ChildProcess[] = [];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tanzhong-durability-'));
});
afterAll(async () => {
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
}, HOOK_TIMEOUT_MS);

function start(args: string[], env: Record<string, string> = {}): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  return { child, output: () => output };
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(database: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The burst comes from one client: the rate limit (on by default) is not what this test is about.
  const { child, output } = start(['server/main.ts'], { PORT: String(port), DATABASE_URL: database, RATE_LIMIT_PER_MINUTE: '0' });
  for (let i = 0; i < 400; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer:\n${output()}`);
}

describe('SQLite: the real server killed with SIGKILL during a burst', () => {
  it(
    'keeps every decision it acknowledged, whole, and each still derives the Determination answered',
    async () => {
      const database = join(dir, 'sqlite', 'tanzhong.db');
      const first = await startServer(database);
      const acknowledged = new Map<string, string>(); // decision id -> digest of the Determination answered
      let refused = 0;
      let next = 0;
      let killing: Promise<void> | undefined;
      const worker = async () => {
        while (next < BURST && !killing) {
          const n = next++;
          const event = { kind: 'meeting', attendees: 150 + n, startDate: '2026-01-30', endDate: '2026-01-31', organizer: { type: 'soe', level: 'provincial' } };
          try {
            const res = await fetch(`${first.base}/v1/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pack: 'cn-chongqing', event, lang: n % 2 ? 'en' : 'zh' }) });
            const body = await res.json();
            if (res.status !== 200) throw new Error(`status ${res.status}: ${JSON.stringify(body)}`);
            const { decisionId, notice: _notice, fallback: _fallback, ...determination } = body;
            acknowledged.set(decisionId, digestOf(determination));
            if (acknowledged.size >= KILL_AFTER) killing ??= killed(first.child);
          } catch (error) {
            if (!killing) throw error;
            refused++; // cut off by the kill: never acknowledged
          }
        }
      };
      await Promise.all(Array.from({ length: AT_ONCE }, worker));
      await killing;
      expect(first.child.signalCode).toBe('SIGKILL');
      expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(acknowledged.size).toBeLessThan(BURST); // killed during the burst, not after it

      // Below the server: the file is sound and every row is whole.
      const db = new Database(database, { readonly: true });
      let rows: Record<string, string | null>[];
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        rows = db.prepare('select * from decisions').all() as Record<string, string | null>[];
      } finally {
        db.close();
      }
      for (const row of rows) {
        expect(row.determination).toBeNull();
        expect(row.digest).toMatch(/^[0-9a-f]{64}$/);
        expect(row.engine_version).toMatch(/\+src\./);
        expect(JSON.parse(row.outcome as string).obligation).toMatch(/^(required|encouraged|expected|not-covered|undetermined)$/);
        expect(JSON.parse(row.request as string).pack).toBe('cn-chongqing');
        expect(JSON.parse(row.chain as string).at(-1).id).toBe('cn-chongqing');
      }
      const stored = new Set(rows.map((r) => r.id));
      expect([...acknowledged.keys()].filter((id) => !stored.has(id))).toEqual([]);

      // Started again on the same file: each acknowledged decision is read back and derives the same Determination.
      const second = await startServer(database);
      try {
        for (const [id, digest] of acknowledged) {
          const res = await fetch(`${second.base}/v1/decisions/${id}`);
          expect(res.status).toBe(200);
          const { verification } = await res.json();
          expect(verification, id).toMatchObject({ digest, recomputed: digest, matches: true });
        }
      } finally {
        await killed(second.child);
      }
      console.log(`sqlite: ${acknowledged.size} acknowledged of ${BURST}, ${rows.length} rows kept, ${refused} requests cut off by the kill`);
    },
    HOOK_TIMEOUT_MS * 2,
  );
});

describe('PostgreSQL (PGlite on disk): the store killed with SIGKILL during a burst of group commits', () => {
  it(
    'keeps every decision whose save resolved, each exactly as it was saved',
    async () => {
      const url = `pglite://${join(dir, 'pglite', 'data')}`;
      const { child, output } = start(['test/support/decision-writer.ts', url, String(BURST), String(AT_ONCE)]);
      let killing: Promise<void> | undefined;
      const acknowledged = () =>
        output()
          .split('\n')
          .filter((line) => line.startsWith('durable-'));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no acknowledgements in time:\n${output()}`)), HOOK_TIMEOUT_MS);
        child.stdout?.on('data', () => {
          if (!killing && acknowledged().length >= KILL_AFTER) {
            killing = killed(child);
            clearTimeout(timer);
            void killing.then(resolve);
          }
        });
        child.once('exit', (code) => {
          if (!killing) reject(new Error(`the writer exited (${code}) before the kill:\n${output()}`));
        });
      });
      expect(child.signalCode).toBe('SIGKILL');
      const acked = acknowledged();
      expect(acked.length).toBeLessThan(BURST);
      expect(output()).not.toContain('done');

      const store = await openStore(url);
      try {
        for (const id of acked) {
          const n = Number(id.slice('durable-'.length));
          expect(await store.getDecision(id), id).toEqual({ ...decisionNumber(n), determination: null });
        }
      } finally {
        await store.close();
      }
      console.log(`pglite: ${acked.length} acknowledged of ${BURST}`);
    },
    HOOK_TIMEOUT_MS * 2,
  );
});
