// A 2xx means the retirement is committed: the real server (a child process) is killed with SIGKILL during a burst
// of retirements, started again on the same SQLite file, and every retirement it acknowledged is there, whole;
// nothing half-written is: no row without its case, no sink project claimed without the retirement that claimed it.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer as startServerProcess } from './support/server-process.js';
import { CASE_EVENTS, creditFor } from './support/cases.js';

const HOOK_TIMEOUT_MS = 60_000;
const CASES = 10;
const BURST = 200;
const AT_ONCE = 10;
/** The kill comes once this many retirements are acknowledged, with up to AT_ONCE more under way. */
const KILL_AFTER = 60;

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

const servers: ServerProcess[] = [];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tanzhong-ledger-durability-'));
});
afterAll(async () => {
  for (const server of servers) await killed(server.child);
  rmSync(dir, { recursive: true, force: true });
}, HOOK_TIMEOUT_MS);

/** The real server (support's: `node --import tsx`, with no launcher to take the SIGKILL) on the SQLite file. */
async function startServer(database: string): Promise<ServerProcess> {
  const server = await startServerProcess({ DATABASE_URL: database, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' });
  servers.push(server);
  return server;
}

const post = (url: string, body: unknown, token?: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

/** Retirement n: two credits of its own; every fifth from a new forestry sink project of its own. */
function retirementNumber(n: number): Record<string, unknown> {
  const credit = creditFor('cn-sichuan', 2 * n + 1, 2, '2025-06-01', 'DUR');
  return n % 5 === 0 ? { ...credit, instrument: 'forestry-sink', newProject: true, projectId: `新建林 ${n}` } : credit;
}

describe('SQLite: the real server killed with SIGKILL during a burst of retirements', () => {
  it(
    'keeps every retirement it acknowledged, whole, and no half-written one',
    async () => {
      const database = join(dir, 'tanzhong.db');
      const first = await startServer(database);
      const cases: { id: string; token: string }[] = [];
      for (let i = 0; i < CASES; i++) {
        const res = await post(`${first.base}/v1/cases`, { pack: 'cn-sichuan', event: CASE_EVENTS['cn-sichuan'] });
        const body = await res.json();
        expect(res.status).toBe(201);
        cases.push({ id: body.case.id, token: body.token });
      }
      const acknowledged = new Map<string, string>(); // retirement id -> case id
      let next = 0;
      let killing: Promise<void> | undefined;
      const worker = async () => {
        while (next < BURST && !killing) {
          const n = next++;
          const owner = cases[n % CASES] as { id: string; token: string };
          try {
            const res = await post(`${first.base}/v1/cases/${owner.id}/retirements`, retirementNumber(n), owner.token);
            const body = await res.json();
            if (res.status !== 201) throw new Error(`status ${res.status}: ${JSON.stringify(body)}`);
            acknowledged.set(body.retirement.id, owner.id);
            if (acknowledged.size >= KILL_AFTER) killing ??= killed(first.child);
          } catch (error) {
            if (!killing) throw error;
          }
        }
      };
      await Promise.all(Array.from({ length: AT_ONCE }, worker));
      await killing;
      expect(first.child.signalCode).toBe('SIGKILL');
      expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(acknowledged.size).toBeLessThan(BURST);

      // Below the server: the file is sound, every row whole and in its case, every claim with its retirement.
      const db = new Database(database, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const rows = db.prepare('select * from case_retirements').all() as Record<string, unknown>[];
        const caseIds = new Set(cases.map((c) => c.id));
        for (const row of rows) {
          expect(caseIds.has(row.case_id as string)).toBe(true);
          expect(row).toMatchObject({ registry_key: expect.any(String), serial_first: expect.stringMatching(/^\d{40}$/), serial_last: expect.stringMatching(/^\d{40}$/), proof_reference: expect.any(String) });
        }
        const stored = new Set(rows.map((r) => r.id as string));
        expect([...acknowledged.keys()].filter((id) => !stored.has(id))).toEqual([]);
        const orphanClaims = db
          .prepare('select p.project_id from case_sink_projects p where not exists (select 1 from case_retirements r where r.case_id = p.case_id and r.project_id = p.project_id)')
          .all();
        expect(orphanClaims).toEqual([]);
        const sinkRows = rows.filter((r) => r.instrument === 'forestry-sink').length;
        expect((db.prepare('select count(*) as n from case_sink_projects').get() as { n: number }).n).toBe(sinkRows);
      } finally {
        db.close();
      }

      // Started again on the same file: each acknowledged retirement is in its case.
      const second = await startServer(database);
      try {
        for (const owner of cases) {
          const res = await fetch(`${second.base}/v1/cases/${owner.id}`, { headers: { authorization: `Bearer ${owner.token}` } });
          expect(res.status).toBe(200);
          const view = await res.json();
          const held = new Set(view.retirements.map((r: { id: string }) => r.id));
          const mine = [...acknowledged].filter(([, caseId]) => caseId === owner.id).map(([id]) => id);
          expect(mine.filter((id) => !held.has(id))).toEqual([]);
        }
      } finally {
        await killed(second.child);
      }
      console.log(`ledger: ${acknowledged.size} retirements acknowledged of ${BURST} before the kill, every one kept`);
    },
    HOOK_TIMEOUT_MS * 3,
  );
});
