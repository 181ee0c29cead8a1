// Issue 10, hole 12: on SIGTERM the server stops accepting, lets the requests under way finish, closes idle
// keep-alive connections at once and any other within SHUTDOWN_TIMEOUT_SECONDS, commits the decisions it has
// acknowledged, closes the store, and exits 0. A request whose body never comes no longer holds it open forever.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_EVALUATION } from './support/hardened-app.js';
import { type ServerProcess, startServer } from './support/server-process.js';

const TIMEOUT_SECONDS = 2;

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

const closed = (socket: Socket) => new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));

describe('graceful shutdown', () => {
  let dir: string;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tanzhong-shutdown-'));
    server = await startServer({ DATABASE_URL: join(dir, 'tanzhong.db'), SHUTDOWN_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS) });
  }, 60_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('closes idle and stalled connections within the bound, keeps every acknowledged decision, and exits 0', async () => {
    const s = server as ServerProcess;
    // An idle keep-alive connection, after one answered request.
    const idle = await open(s.port);
    const idleClosed = closed(idle);
    const body = JSON.stringify(SMALL_EVALUATION);
    let answer = '';
    idle.on('data', (d) => (answer += d));
    idle.write(`POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    for (let i = 0; i < 100 && !answer.includes('decisionId'); i++) await new Promise((r) => setTimeout(r, 50));
    const decisionId = /"decisionId":"([^"]+)"/.exec(answer)?.[1];
    expect(decisionId).toBeDefined();
    // A request whose body never finishes: under way, so server.close() alone would wait for it forever.
    const stalled = await open(s.port);
    const stalledClosed = closed(stalled);
    stalled.on('error', () => {});
    stalled.write(`POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"pack":`);
    await new Promise((r) => setTimeout(r, 200));

    const sent = Date.now();
    s.child.kill('SIGTERM');
    const exit = await Promise.race([s.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), (TIMEOUT_SECONDS + 8) * 1000))]);
    expect(exit).toBe(0);
    expect((await idleClosed) - sent).toBeLessThan(1000);
    expect((await stalledClosed) - sent).toBeLessThan((TIMEOUT_SECONDS + 2) * 1000);
    expect(s.output()).toMatch(/"msg":"stopped"/);
    const db = new Database(join(dir, 'tanzhong.db'), { readonly: true });
    expect(db.prepare('select count(*) as n from decisions where id = ?').get(decisionId)).toEqual({ n: 1 });
    db.close();
  }, 60_000);
});
