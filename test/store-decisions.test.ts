// The Store contract on the decision log, against SQLite and PostgreSQL (PGlite): the lean record round-trips exactly,
// and the decisions of one turn are committed together, a bad row failing alone.
import { describe, expect, it } from 'vitest';
import type { NewDecision, Store } from '../adapters/storage/store.js';
import { DIALECTS, unique, useInMemoryStore } from './support/store.js';

describe.each(DIALECTS)('%s store', (_name, dialect) => {
  let store: Store;
  useInMemoryStore(dialect, (opened) => (store = opened));

  describe('decisions', () => {
    const lean = (overrides: Partial<NewDecision> = {}): NewDecision => ({
      id: unique('dec'),
      createdAt: '2026-05-01T02:03:04.005Z',
      packId: 'cn-sichuan',
      packVersion: '1.0.0',
      contentHash: 'c'.repeat(64),
      chain: [
        { id: 'cn-national', version: '1.0.0', contentHash: 'd'.repeat(64) },
        { id: 'cn-sichuan', version: '1.0.0', contentHash: 'c'.repeat(64) },
      ],
      asOf: '2026-05-20',
      lang: 'zh',
      request: {
        pack: 'cn-sichuan',
        event: { name: '西部博览会', emissionsTco2e: '300.10', offsets: [{ instrument: 'CCER', quantityTco2e: '0.000001' }] },
        asOf: '2026-05-20',
        readings: { 'district-organs-before-2027': 'every-level' },
      },
      digest: 'e'.repeat(64),
      outcome: { obligation: 'required', due: { 'register-event': '2026-05-13', 'complete-neutralization': null }, verdicts: 'eiu', rules: ['required.national-event'] },
      engineVersion: '0.1.0+src.0123456789ab',
      ...overrides,
    });

    // Deep equality, not equal text: PostgreSQL's jsonb keeps values exactly but stores object keys in its own order.
    it('round-trips the lean record (request, chain, outcome, digest, engine version) and keeps no Determination', async () => {
      const decision = lean();
      await store.saveDecision(decision);
      const stored = await store.getDecision(decision.id);
      expect(stored).toEqual({ ...decision, determination: null });
      expect((stored?.request as any).event.offsets[0].quantityTco2e).toBe('0.000001');
      expect((stored?.request as any).event.emissionsTco2e).toBe('300.10');
    });

    it('returns undefined for an unknown decision id', async () => {
      expect(await store.getDecision(unique('dec-none'))).toBeUndefined();
    });

    it('commits the decisions of one turn together, every one readable once its promise resolves', async () => {
      const batch = Array.from({ length: 300 }, () => lean());
      await Promise.all(batch.map((d) => store.saveDecision(d)));
      const read = await Promise.all(batch.map((d) => store.getDecision(d.id)));
      expect(read.map((d) => d?.id)).toEqual(batch.map((d) => d.id));
    });

    it('fails only the bad row of a batch: the others are committed', async () => {
      const taken = lean();
      await store.saveDecision(taken);
      const good = [lean(), lean()];
      const results = await Promise.allSettled([store.saveDecision(good[0] as NewDecision), store.saveDecision({ ...lean(), id: taken.id }), store.saveDecision(good[1] as NewDecision)]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      for (const d of good) expect(await store.getDecision(d.id)).toEqual({ ...d, determination: null });
      expect(await store.getDecision(taken.id)).toEqual({ ...taken, determination: null });
    });
  });
});
