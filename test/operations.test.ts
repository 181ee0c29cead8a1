// Issue 10, hole 14: the environment is checked at start (what is wrong, what to do, exit 1, no stack); logs are
// JSON lines with the request id; /livez and /readyz are documented; Prometheus metrics at /metrics.
import { Writable } from 'node:stream';
import { createServer, type Server } from 'node:net';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../adapters/storage/store.js';
import { readConfig } from '../server/config.js';
import { hardenedApp, SMALL_EVALUATION } from './support/hardened-app.js';
import { freePort, spawnServer } from './support/server-process.js';

const STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('the environment', () => {
  it('is read with its defaults', () => {
    const read = readConfig({});
    expect(read.ok && read.config).toMatchObject({
      port: 8787,
      rateLimit: { perMinute: 60, burst: 20 },
      trustProxy: false,
      decisionLog: { mode: 'on' },
      retention: { maxAgeDays: 180, maxRows: undefined },
      maxDraftsPerJurisdiction: 20,
      shutdownTimeoutSeconds: 10,
      metrics: true,
    });
    const off = readConfig({ RATE_LIMIT_PER_MINUTE: '0', DECISION_RETENTION_DAYS: '0', TRUST_PROXY: 'yes', PORT: ' 9000 ' });
    expect(off.ok && [off.config.rateLimit, off.config.retention.maxAgeDays, off.config.trustProxy, off.config.port]).toEqual([undefined, undefined, true, 9000]);
  });

  it('names every wrong variable, its value, what it must be and an example', () => {
    const read = readConfig({ PORT: 'abc', BODY_LIMIT_BYTES: '-1', TRUST_PROXY: 'maybe', LOG_LEVEL: 'loud' });
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe('PORT="abc": must be a whole number from 0 to 65535 (the port to listen on; 0 picks a free one); e.g. PORT=8787, or leave it unset for the default');
    expect(problems.join('\n')).toMatch(/BODY_LIMIT_BYTES="-1"[^\n]*whole number/);
    expect(problems.join('\n')).toMatch(/TRUST_PROXY="maybe"[^\n]*on or off/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL="loud"[^\n]*one of/);
  });
});

describe('a start that cannot work stops with words, not a stack', () => {
  let blocker: Server | undefined;
  afterAll(() => new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve())));

  it('PORT=abc: exit 1, saying what is wrong and what to do', async () => {
    const server = spawnServer({ PORT: 'abc', DATABASE_URL: ':memory:' });
    const timer = setTimeout(() => server.child.kill('SIGKILL'), 30_000);
    expect(await server.exited).toBe(1);
    clearTimeout(timer);
    expect(server.output()).toContain('PORT="abc": must be a whole number from 0 to 65535');
    expect(server.output()).not.toMatch(STACK);
  });

  it('a port in use: exit 1, naming the port and what to do', async () => {
    const port = await freePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker?.listen(port, resolve));
    const server = spawnServer({ DATABASE_URL: ':memory:' }, port);
    const timer = setTimeout(() => server.child.kill('SIGKILL'), 30_000);
    expect(await server.exited).toBe(1);
    clearTimeout(timer);
    expect(server.output()).toContain(`port ${port} is already in use`);
    expect(server.output()).toMatch(/set PORT to a free port/);
    expect(server.output()).not.toMatch(STACK);
  });
});

function memoryLogger() {
  const lines: any[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('logs', () => {
  it('one JSON line per request at info, with the request id; an internal error at error, with its stack', async () => {
    const { logger, lines } = memoryLogger();
    const { call } = await hardenedApp((store) => ({
      logger,
      store: { ...store, getDecision: async () => Promise.reject(new Error('boom')) } as Store,
    }));
    const ok = await call('POST', '/v1/evaluate', { body: SMALL_EVALUATION });
    const failed = await call('GET', '/v1/decisions/00000000-0000-0000-0000-000000000000');
    expect(failed.status).toBe(500);
    await new Promise((r) => setTimeout(r, 10));
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({ level: 30, reqId: ok.headers.get('x-request-id'), method: 'POST', path: '/v1/evaluate', route: '/v1/evaluate', status: 200, ms: expect.any(Number) }),
      expect.objectContaining({ level: 30, reqId: failed.headers.get('x-request-id'), method: 'GET', route: '/v1/decisions/:id', status: 500 }),
    ]);
    const error = lines.find((l) => l.level === 50);
    expect(error).toMatchObject({ reqId: failed.headers.get('x-request-id'), err: { message: 'boom', stack: expect.stringContaining('Error: boom') } });
  });
});

describe('health', () => {
  it('/livez and /readyz are in the OpenAPI document; /readyz asks the store', async () => {
    const { call } = await hardenedApp();
    const doc = (await call('GET', '/openapi.json')).json;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/livez', '/readyz']));
    expect(doc.paths['/readyz'].get.responses).toHaveProperty('503');
    expect(await call('GET', '/livez')).toMatchObject({ status: 200, json: { ok: true } });
    expect(await call('GET', '/readyz')).toMatchObject({ status: 200, json: { ok: true, store: 'sqlite' } });
    const broken = await hardenedApp((store) => ({ store: { ...store, getVersion: async () => Promise.reject(new Error('gone')) } as Store }));
    const ready = await broken.call('GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.json.error.code).toBe('store_unavailable');
    expect((await broken.call('GET', '/livez')).status).toBe(200);
  });
});

describe('metrics', () => {
  it('counts requests by route and status, their latency, evaluations by pack and obligation, and the decision log', async () => {
    const { call } = await hardenedApp();
    const answered = await call('POST', '/v1/evaluate', { body: SMALL_EVALUATION });
    await call('POST', '/v1/evaluate', { body: { pack: 'cn-nowhere', event: {} } });
    await call('GET', '/v1/packs/cn-chongqing/rules/nope');
    await call('GET', `/no/such/${'x'.repeat(30)}`);
    const res = await call('GET', '/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.text;
    expect(text).toContain('http_requests_total{method="POST",route="/v1/evaluate",status="200"} 1');
    expect(text).toMatch(/http_requests_total\{method="POST",route="\/v1\/evaluate",status="(404|422)"\} 1/);
    expect(text).toContain('http_requests_total{method="GET",route="/v1/packs/:id/rules/:ruleId",status="404"} 1');
    expect(text).toContain('http_requests_total{method="GET",route="(unmatched)",status="404"} 1');
    expect(text).not.toContain('xxxxxxxx');
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0\.005",method="POST",route="\/v1\/evaluate"\} \d/);
    expect(text).toContain(`tanzhong_evaluations_total{pack="cn-chongqing",obligation="${answered.json.obligation}"} 1`);
    expect(text).toMatch(/tanzhong_decision_log_rows 1\n/);
  });
});
