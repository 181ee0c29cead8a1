// The Store contract, run against both implementations: SQLite (better-sqlite3, in memory) and PostgreSQL (PGlite,
// in process). PGlite takes a couple of seconds to start, so each suite opens one store and the tests use distinct
// ids instead of cleaning tables. The on-disk tests open the database file or folder a second time through the
// driver itself, to show the CHECK constraints hold below drizzle and the Store, and build a database as an older
// release left it (the first migration only) to show its decisions stay readable after the next migrations.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, generateApiKey, hashApiKey } from '../adapters/storage/api-keys.js';
import { openStore } from '../adapters/storage/open-store.js';
import type { AuditEntry, NewDecision, StoredPackVersion, Store } from '../adapters/storage/store.js';

interface Dialect {
  kind: Store['kind'];
  openInMemory(): Promise<Store>;
  /** The URL of a database inside `dir`, in a folder that does not exist yet. */
  urlIn(dir: string): string;
  /** Runs `statement` through the driver on the database at `url`, bypassing drizzle and the Store. */
  execDirectly(url: string, statement: string): Promise<void>;
}

const sqlite: Dialect = {
  kind: 'sqlite',
  openInMemory: () => openStore(':memory:'),
  urlIn: (dir) => join(dir, 'nested', 'data', 'tanzhong.db'),
  async execDirectly(url, statement) {
    const db = new Database(url);
    try {
      db.exec(statement);
    } finally {
      db.close();
    }
  },
};

const postgres: Dialect = {
  kind: 'postgres',
  openInMemory: () => openStore('pglite://memory'),
  urlIn: (dir) => `pglite://${join(dir, 'nested', 'pgdata')}`,
  async execDirectly(url, statement) {
    const db = new PGlite(url.slice('pglite://'.length));
    try {
      await db.exec(statement);
    } finally {
      await db.close();
    }
  },
};

/** PGlite takes seconds to start and migrate, more on two busy cores. */
const SLOW_MS = 60_000;

let serial = 0;
const unique = (name: string) => `${name}-${++serial}`;

function draft(packId: string, overrides: Partial<StoredPackVersion> = {}): StoredPackVersion {
  return {
    packId,
    version: '1.0.0',
    jurisdictionCode: '510100',
    status: 'draft',
    document: { id: packId, version: '1.0.0', thresholds: { attendees: 1000, emissionsTco2e: '50.00' } },
    contentHash: 'a'.repeat(64),
    effectiveFrom: null,
    createdAt: '2026-03-01T08:00:00.000Z',
    publishedAt: null,
    source: 'api',
    createdBy: 'key-1',
    ...overrides,
  };
}

describe.each([
  ['sqlite', sqlite],
  ['postgres (PGlite)', postgres],
])('%s store', (_name, dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await dialect.openInMemory();
  }, SLOW_MS);
  afterAll(async () => {
    await store?.close();
  });

  it('is the kind it says', () => {
    expect(store.kind).toBe(dialect.kind);
  });

  describe('pack versions', () => {
    it('inserts versions and gets them back; lists all, or one pack, by pack then creation time', async () => {
      const a = unique('cn-a');
      const b = unique('cn-b');
      const a2 = draft(a, { version: '1.1.0', createdAt: '2026-04-01T00:00:00.000Z' });
      const a1 = draft(a, { version: '1.0.0', createdAt: '2026-03-01T00:00:00.000Z', status: 'published', effectiveFrom: '2026-03-15', publishedAt: '2026-03-02T00:00:00.000Z', source: 'shipped', createdBy: null });
      const b1 = draft(b);
      for (const version of [a2, b1, a1]) expect(await store.insertVersion(version)).toBe('inserted');

      expect(await store.getVersion(a, '1.0.0')).toEqual(a1);
      expect(await store.getVersion(a, '9.9.9')).toBeUndefined();
      expect(await store.getVersion(unique('cn-none'), '1.0.0')).toBeUndefined();
      expect(await store.listVersions(a)).toEqual([a1, a2]);
      expect(await store.listVersions(unique('cn-none'))).toEqual([]);
      const all = await store.listVersions();
      expect(all.filter((v) => v.packId === a || v.packId === b)).toEqual([a1, a2, b1]);
    });

    it('refuses a second version with the same pack id and version: "exists", and the stored row is unchanged', async () => {
      const id = unique('cn-conflict');
      const first = draft(id);
      expect(await store.insertVersion(first)).toBe('inserted');
      const second = draft(id, { document: { changed: true }, contentHash: 'b'.repeat(64), status: 'published', effectiveFrom: '2026-01-01' });
      expect(await store.insertVersion(second)).toBe('exists');
      expect(await store.getVersion(id, '1.0.0')).toEqual(first);
      expect(await store.listVersions(id)).toHaveLength(1);
    });

    it('publishes a draft: sets status, effectiveFrom and publishedAt, and returns the published version', async () => {
      const id = unique('cn-publish');
      const version = draft(id);
      await store.insertVersion(version);
      const published = await store.publishVersion(id, '1.0.0', '2026-07-01', '2026-06-01T10:00:00.000Z');
      const expected = { ...version, status: 'published', effectiveFrom: '2026-07-01', publishedAt: '2026-06-01T10:00:00.000Z' };
      expect(published).toEqual(expected);
      expect(await store.getVersion(id, '1.0.0')).toEqual(expected);
    });

    it('never publishes twice: a published version is not found as a draft and does not change', async () => {
      const id = unique('cn-twice');
      await store.insertVersion(draft(id));
      const published = await store.publishVersion(id, '1.0.0', '2026-07-01', '2026-06-01T10:00:00.000Z');
      expect(await store.publishVersion(id, '1.0.0', '2027-01-01', '2026-12-01T10:00:00.000Z')).toBeUndefined();
      expect(await store.getVersion(id, '1.0.0')).toEqual(published);
      expect(await store.publishVersion(unique('cn-unknown'), '1.0.0', '2026-07-01', '2026-06-01T10:00:00.000Z')).toBeUndefined();
    });

    it('rejects a status outside the CHECK constraint instead of reporting it as "exists"', async () => {
      const bad = draft(unique('cn-bad'), { status: 'withdrawn' as StoredPackVersion['status'] });
      await expect(store.insertVersion(bad)).rejects.toThrow();
      expect(await store.getVersion(bad.packId, bad.version)).toBeUndefined();
    });
  });

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

  describe('API keys', () => {
    it('finds a key by the hash of the key, and nothing for another hash', async () => {
      const { key, record } = generateApiKey();
      const stored = { ...record, name: 'Chengdu', jurisdictionCode: '510100', createdAt: '2026-01-01T00:00:00.000Z', revokedAt: null };
      await store.insertKey(stored);
      expect(await store.findKeyByHash(hashApiKey(key))).toEqual(stored);
      expect(await store.findKeyByHash(hashApiKey(`${key}x`))).toBeUndefined();
    });

    it('refuses a second key with the same hash', async () => {
      const { record } = generateApiKey();
      const stored = { ...record, name: 'one', jurisdictionCode: '500000', createdAt: '2026-01-01T00:00:00.000Z', revokedAt: null };
      await store.insertKey(stored);
      await expect(store.insertKey({ ...stored, id: unique('key') })).rejects.toThrow();
    });

    it('createApiKey stores the hash (never the key) and audits the creation', async () => {
      const { key, record } = await createApiKey(store, { name: 'Sichuan bureau', jurisdictionCode: '510000' });
      expect(key).toMatch(/^tz_[A-Za-z0-9_-]{43}$/);
      expect(record.keyHash).toBe(hashApiKey(key));
      expect(record.keyHash).toMatch(/^[0-9a-f]{64}$/);
      expect(record.prefix).toBe(key.slice(0, 10));
      expect(await store.findKeyByHash(record.keyHash)).toEqual(record);
      const [latest] = await store.listAudit(1);
      expect(latest).toMatchObject({ action: 'key-create', actor: null, outcome: 'created', packId: null, version: null });
      expect(JSON.stringify(latest)).not.toContain(key);
    });

    it('createApiKey refuses a jurisdiction code that is not 6 digits, and stores nothing', async () => {
      const before = await store.listAudit(1);
      await expect(createApiKey(store, { name: 'x', jurisdictionCode: '5100' })).rejects.toThrow(/6 digits.*"5100"/);
      await expect(createApiKey(store, { name: 'x', jurisdictionCode: '51000a' })).rejects.toThrow(/6 digits/);
      expect(await store.listAudit(1)).toEqual(before);
    });
  });

  describe('audit', () => {
    it('lists entries newest first, up to the limit, with their detail as written', async () => {
      const entries: AuditEntry[] = ['201', '403', '409'].map((outcome, i) => ({
        at: `2026-05-01T00:00:0${i}.000Z`,
        actor: i === 1 ? null : 'key-1',
        action: i === 1 ? 'refuse' : 'draft',
        packId: 'cn-sichuan',
        version: `1.0.${i}`,
        outcome,
        detail: { reason: `第${i}条`, amount: '1.50' },
      }));
      for (const entry of entries) await store.appendAudit(entry);
      const listed = await store.listAudit(3);
      expect(listed.map(({ id: _id, ...entry }) => entry)).toEqual([...entries].reverse());
      const ids = listed.map((entry) => entry.id as number);
      expect(ids).toEqual([...ids].sort((x, y) => y - x));
      expect(await store.listAudit(1)).toHaveLength(1);
    });

    it('keeps an entry without detail as null', async () => {
      await store.appendAudit({ at: '2026-05-02T00:00:00.000Z', actor: null, action: 'publish', packId: null, version: null, outcome: '404', detail: undefined });
      const [latest] = await store.listAudit(1);
      expect(latest).toMatchObject({ action: 'publish', outcome: '404', detail: null });
    });
  });

  describe('on disk', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), `tanzhong-store-${dialect.kind}-`));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('creates the folder and the tables, keeps the data when reopened, and enforces CHECK below the Store', async () => {
      const url = dialect.urlIn(dir);
      const first = await openStore(url);
      const version = draft('cn-disk');
      await first.insertVersion(version);
      await first.close();
      expect(existsSync(join(dir, 'nested'))).toBe(true);

      const insert = (status: string) =>
        `insert into pack_versions (pack_id, version, jurisdiction_code, status, document, content_hash, created_at, source)
         values ('cn-raw', '${status}', '510000', '${status}', '{}', 'h', '2026-01-01T00:00:00.000Z', 'api')`;
      await expect(dialect.execDirectly(url, insert('retired'))).rejects.toThrow(/check constraint/i);
      await expect(
        dialect.execDirectly(url, `insert into audit (at, action, outcome) values ('2026-01-01', 'delete', '200')`),
      ).rejects.toThrow(/check constraint/i);
      await dialect.execDirectly(url, insert('draft'));
      // A decision row is either lean (digest, outcome and engine version) or whole (an old row's Determination).
      const decision = (extra: string, values: string) =>
        `insert into decisions (id, created_at, pack_id, pack_version, content_hash, chain, lang, request${extra})
         values ('half', '2026-01-01', 'p', '1.0.0', 'h', '[]', 'zh', '{}'${values})`;
      await expect(dialect.execDirectly(url, decision(', digest', `, '${'e'.repeat(64)}'`))).rejects.toThrow(/check constraint/i);
      await expect(dialect.execDirectly(url, decision('', ''))).rejects.toThrow(/check constraint/i);

      const second = await openStore(url);
      try {
        expect(await second.getVersion('cn-disk', '1.0.0')).toEqual(version);
        expect((await second.listVersions()).map((v) => v.packId)).toEqual(['cn-disk', 'cn-raw']);
      } finally {
        await second.close();
      }
    }, SLOW_MS);
  });
});

describe.each([
  ['sqlite', sqlite],
  ['postgres (PGlite)', postgres],
])('%s: a database from before the lean decision log', (_name, dialect) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `tanzhong-legacy-${dialect.kind}-`));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

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

/** Applies the committed migrations up to and including `last` only, as an older release would have. */
async function migrateTo(dialect: Dialect, url: string, last: string): Promise<void> {
  const kind = dialect.kind === 'sqlite' ? 'sqlite' : 'postgres';
  const source = join('adapters/storage', kind, 'migrations');
  const folder = mkdtempSync(join(tmpdir(), `tanzhong-migrations-${kind}-`));
  try {
    cpSync(source, folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === last) + 1);
    writeFileSync(journalFile, JSON.stringify(journal));
    if (dialect.kind === 'sqlite') {
      mkdirSync(dirname(url), { recursive: true });
      const db = new Database(url);
      try {
        migrateSqlite(drizzleSqlite({ client: db }), { migrationsFolder: folder });
      } finally {
        db.close();
      }
    } else {
      const dataDir = url.slice('pglite://'.length);
      mkdirSync(dirname(dataDir), { recursive: true });
      const db = new PGlite(dataDir);
      try {
        await migratePglite(drizzlePglite({ client: db }), { migrationsFolder: folder });
      } finally {
        await db.close();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('openStore', () => {
  it('opens SQLite for a path, a file: URL and :memory:, and PostgreSQL only for its schemes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanzhong-open-'));
    try {
      for (const url of [':memory:', join(dir, 'a.db'), `file:${join(dir, 'b.db')}`, `file://${join(dir, 'c.db')}`]) {
        const store = await openStore(url);
        expect(store.kind).toBe('sqlite');
        await store.close();
      }
      expect(['a.db', 'b.db', 'c.db'].every((name) => existsSync(join(dir, name)))).toBe(true);
      // Refused by a PostgreSQL client (nothing listens on port 1), not opened as a SQLite file named "postgres:".
      await expect(openStore('postgres://tanzhong@127.0.0.1:1/tanzhong')).rejects.toThrow(/ECONNREFUSED/);
      await expect(openStore('postgresql://tanzhong@127.0.0.1:1/tanzhong')).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses ./data/tanzhong.db under the working directory when no URL is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanzhong-default-'));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const store = await openStore('');
      expect(store.kind).toBe('sqlite');
      await store.close();
      expect(existsSync(join(dir, 'data', 'tanzhong.db'))).toBe(true);
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
