// A database as an older release left it (the first migration only), SQLite and PostgreSQL (PGlite): once the next
// migrations run, its decisions stay readable, the whole Determination of each with them.
import { describe, expect, it } from 'vitest';
import { openStore } from '../adapters/storage/open-store.js';
import { DIALECTS, migrateTo, SLOW_MS, useTempDir } from './support/store.js';

describe.each(DIALECTS)('%s: a database from before the lean decision log', (_name, dialect) => {
  let dir: string;
  useTempDir(`tanzhong-legacy-${dialect.kind}-`, (made) => (dir = made));

  it('keeps its decisions readable, Determination and all, once migrated', async () => {
    const url = dialect.urlIn(dir);
    await migrateTo(dialect, url, '0000_init');
    const determination = { obligation: 'required', summary: '须实现碳中和', duties: [{ duty: 'register-event', due: '2026-05-13' }], ratio: 0.5 };
    const request = { pack: 'cn-sichuan', event: { name: '西部博览会', emissionsTco2e: '300.10' }, asOf: '2026-05-20' };
    const chain = [{ id: 'cn-sichuan', version: '1.0.0', contentHash: 'c'.repeat(64) }];
    const json = (value: unknown) => `'${JSON.stringify(value)}'`;
    await dialect.execDirectly(
      url,
      `insert into decisions (id, created_at, pack_id, pack_version, content_hash, chain, as_of, lang, request, determination)
       values ('old-1', '2026-05-01T00:00:00.000Z', 'cn-sichuan', '1.0.0', '${'c'.repeat(64)}', ${json(chain)}, '2026-05-20', 'zh', ${json(request)}, ${json(determination)})`,
    );
    const store = await openStore(url);
    try {
      expect(await store.getDecision('old-1')).toEqual({
        id: 'old-1',
        createdAt: '2026-05-01T00:00:00.000Z',
        packId: 'cn-sichuan',
        packVersion: '1.0.0',
        contentHash: 'c'.repeat(64),
        chain,
        asOf: '2026-05-20',
        lang: 'zh',
        request,
        digest: null,
        outcome: null,
        engineVersion: null,
        determination,
      });
    } finally {
      await store.close();
    }
  }, SLOW_MS);
});
