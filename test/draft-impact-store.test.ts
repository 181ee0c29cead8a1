// The decisions a draft's impact replays (Store.recentDecisions), on SQLite and PostgreSQL alike: those asked of the
// pack or answered by it (a city pack not in effect yet is answered by its base), newest first, at most the limit.
import { describe, expect, it } from 'vitest';
import type { Store } from '../adapters/storage/store.js';
import { decisionNumber } from './support/decision-writer.js';
import { DIALECTS, SLOW_MS, unique, useInMemoryStore } from './support/store.js';

describe.each(DIALECTS)('recent decisions of a pack (%s)', (_name, dialect) => {
  let store: Store;
  useInMemoryStore(dialect, (s) => (store = s));

  it('lists the decisions asked of the pack or answered by it, newest first, at most the limit', { timeout: SLOW_MS }, async () => {
    const city = unique('cn-sichuan-testcity');
    const base = unique('cn-sichuan-testbase');
    const at = (n: number) => `2026-05-01T00:00:0${n}.000Z`;
    const asked = (n: number, packId: string, requested: string) => ({
      ...decisionNumber(n),
      id: unique(`impact-${n}`),
      createdAt: at(n),
      packId,
      request: { pack: requested, event: { kind: 'meeting', attendees: n } },
    });
    const rows = [asked(1, base, base), asked(2, base, city), asked(3, 'cn-chongqing', 'cn-chongqing'), asked(4, base, base)];
    await Promise.all(rows.map((r) => store.saveDecision(r)));
    const ofBase = await store.recentDecisions(base, 10);
    expect(ofBase.map((d) => d.id)).toEqual([rows[3]?.id, rows[1]?.id, rows[0]?.id]);
    expect(ofBase[0]?.request.event).toEqual({ kind: 'meeting', attendees: 4 });
    expect((await store.recentDecisions(city, 10)).map((d) => d.id)).toEqual([rows[1]?.id]);
    expect((await store.recentDecisions(base, 2)).map((d) => d.id)).toEqual([rows[3]?.id, rows[1]?.id]);
    expect(await store.recentDecisions(unique('cn-nowhere'), 10)).toEqual([]);
  });
});
