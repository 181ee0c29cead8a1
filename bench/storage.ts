// Part d of `npm run bench`: what the decision log stores per evaluation. The app (server/app.ts) on a fresh SQLite
// file answers N POST /v1/evaluate in this process; SQLite's dbstat table says how many bytes of pages (and of
// payload: the rows' own bytes) each table and index gained. Read through a second connection, so it needs
// nothing of the store's schema and stays true whatever the decision log keeps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { packFolders } from '../adapters/files/pack-folders.js';
import { openStore } from '../adapters/storage/open-store.js';
import { PackRegistry } from '../app/registry.js';
import { seedShipped } from '../app/seed-shipped.js';
import { StoreSource } from '../app/store-source.js';
import { createApp } from '../server/app.js';

export interface StorageFigure {
  case: string;
  evaluations: number;
  requestBytes: number;
  /** Pages gained per evaluation (what the file grows by). */
  storedBytesPerEvaluation: number;
  /** Row and index payload gained per evaluation. */
  payloadBytesPerEvaluation: number;
  byTable: Record<string, number>;
}

type Usage = Map<string, { pages: number; payload: number }>;

function usage(file: string): Usage {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT name, sum(pgsize) AS pages, sum(payload) AS payload FROM dbstat GROUP BY name').all() as {
      name: string;
      pages: number;
      payload: number;
    }[];
    return new Map(rows.map((r) => [r.name, { pages: r.pages, payload: r.payload }]));
  } finally {
    db.close();
  }
}

export async function measureStorage(cases: { name: string; event: unknown; evaluations: number }[]): Promise<StorageFigure[]> {
  const figures: StorageFigure[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'tanzhong-bench-storage-'));
  try {
    for (const [i, c] of cases.entries()) {
      const file = join(dir, `storage-${i}.db`);
      const store = await openStore(file);
      try {
        await seedShipped(store, packFolders());
        const registry = new PackRegistry(new StoreSource(store));
        await registry.refresh();
        const app = createApp({ registry, store });
        const body = JSON.stringify({ pack: 'cn-chongqing', lang: 'en', event: c.event });
        const before = usage(file);
        for (let n = 0; n < c.evaluations; n++) {
          const res = await app.request('/v1/evaluate', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          if (res.status !== 200) throw new Error(`bench: ${c.name} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
          await res.arrayBuffer();
        }
        const after = usage(file);
        let pages = 0;
        let payload = 0;
        const byTable: Record<string, number> = {};
        for (const [name, a] of after) {
          const b = before.get(name) ?? { pages: 0, payload: 0 };
          pages += a.pages - b.pages;
          payload += a.payload - b.payload;
          if (a.pages !== b.pages) byTable[name] = (a.pages - b.pages) / c.evaluations;
        }
        figures.push({
          case: c.name,
          evaluations: c.evaluations,
          requestBytes: Buffer.byteLength(body),
          storedBytesPerEvaluation: pages / c.evaluations,
          payloadBytesPerEvaluation: payload / c.evaluations,
          byTable,
        });
      } finally {
        await store.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
