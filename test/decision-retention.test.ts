// Issue 10, hole 1: decisions are not kept forever. The retention policy deletes those older than an age (default
// 180 days) and those beyond a row cap, the oldest first, a bounded number per run, at start and periodically;
// on SQLite and PostgreSQL (PGlite) alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetention, startRetention } from '../adapters/storage/retention.js';
import { openStore } from '../adapters/storage/open-store.js';
import type { Store } from '../adapters/storage/store.js';
import { decisionNumber } from './support/decision-writer.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T00:00:00.000Z');

/** Decision n, made `daysAgo` days before NOW (plus n ms, so their order is known). */
const aged = (n: number, daysAgo: number) => ({ ...decisionNumber(n), createdAt: new Date(NOW - daysAgo * DAY + n).toISOString() });

describe.each([
  ['sqlite', ':memory:'],
  ['postgres', 'pglite://memory'],
])('decision retention on %s', (_kind, url) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(url);
  });
  afterAll(async () => {
    await store.close();
  });

  const fill = async (rows: ReturnType<typeof aged>[]) => {
    await Promise.all(rows.map((row) => store.saveDecision(row)));
  };
  const clear = async () => {
    while ((await store.deleteDecisionsThrough('9999', 1000)) > 0);
  };

  it('deletes the decisions older than the age, the oldest first, at most `batch` per statement and `maxPerRun` per run', async () => {
    await clear();
    await fill([...Array.from({ length: 30 }, (_, i) => aged(i, 200)), ...Array.from({ length: 5 }, (_, i) => aged(100 + i, 10))]);
    const first = await runRetention(store, { maxAgeDays: 180 }, { now: NOW, batch: 7, maxPerRun: 20 });
    expect(first).toEqual({ deleted: 20, more: true });
    expect(await store.countDecisions()).toBe(15);
    // The oldest went first.
    expect(await store.getDecision('durable-0')).toBeUndefined();
    expect(await store.getDecision('durable-29')).toBeDefined();
    const second = await runRetention(store, { maxAgeDays: 180 }, { now: NOW, batch: 7, maxPerRun: 20 });
    expect(second).toEqual({ deleted: 10, more: false });
    expect(await store.countDecisions()).toBe(5);
    expect(await store.getDecision('durable-100')).toBeDefined();
  });

  it('keeps at most maxRows decisions, the newest', async () => {
    await clear();
    await fill(Array.from({ length: 25 }, (_, i) => aged(i, 1)));
    expect(await runRetention(store, { maxRows: 10 }, { now: NOW })).toEqual({ deleted: 15, more: false });
    expect(await store.countDecisions()).toBe(10);
    expect(await store.getDecision('durable-14')).toBeUndefined();
    expect(await store.getDecision('durable-15')).toBeDefined();
  });

  it('does nothing without an age or a cap', async () => {
    await clear();
    await fill([aged(1, 5000)]);
    expect(await runRetention(store, {}, { now: NOW })).toEqual({ deleted: 0, more: false });
    expect(await store.countDecisions()).toBe(1);
  });

  it('runs at start, then every interval, sooner while work is left; stop() ends it', async () => {
    await clear();
    await fill(Array.from({ length: 12 }, (_, i) => aged(i, 400)));
    const runs: number[] = [];
    const stop = startRetention(store, { maxAgeDays: 180, intervalSeconds: 3600 }, { batch: 5, maxPerRun: 5, backlogDelayMs: 10, onRun: (r) => runs.push(r.deleted) });
    for (let i = 0; i < 200 && (await store.countDecisions()) > 0; i++) await new Promise((r) => setTimeout(r, 10));
    await stop();
    expect(await store.countDecisions()).toBe(0);
    expect(runs.slice(0, 3)).toEqual([5, 5, 2]);
    const after = runs.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(runs.length).toBe(after);
  });
});
