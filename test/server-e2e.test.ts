// The real server: started on a free port with a fresh database file, called over HTTP, stopped.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer ${url}:\n${log()}`);
}

describe('npm start, for real', () => {
  let child: ChildProcess;
  let base: string;
  let dir: string;
  let output = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tanzhong-e2e-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: String(port), DATABASE_URL: join(dir, 'nested', 'tanzhong.db') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    await waitFor(`${base}/health`, child, () => output);
  }, 30_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the database, publishes the shipped packs, answers and remembers', async () => {
    expect(output).toContain('tanzhong listening on');
    const health = await (await fetch(`${base}/health`)).json();
    expect(health).toEqual({ ok: true, store: 'sqlite', packs: 4 });
    const res = await fetch(`${base}/v1/evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pack: 'cn-shandong-jining', event: { kind: 'forum', attendees: 500, startDate: '2026-08-30', endDate: '2026-08-31' } }),
    });
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer.confirmation.modes).toEqual(['third-party']);
    const stored = await (await fetch(`${base}/v1/decisions/${answer.decisionId}`)).json();
    expect(stored.pack.id).toBe('cn-shandong-jining');
    const bad = await fetch(`${base}/v1/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"pack": "cn-sichuan", "event": {"attendees": -5}}' });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.issues[0].path).toBe('event.attendees');
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
