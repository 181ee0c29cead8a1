// tanzhong keys create, run for real in child processes: the key is printed once, the database then finds it by
// its hash, and a bad jurisdiction code is one clear line on stderr, exit 1, before any database is touched.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../adapters/storage/api-keys.js';
import { openStore } from '../adapters/storage/open-store.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MAIN = join(ROOT, 'adapters/cli/main.ts');
const KEY = /\btz_[A-Za-z0-9_-]{43}\b/g;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, ...args],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DATABASE_URL: '', ...env } },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tanzhong-keys-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('tanzhong keys create', () => {
  it('prints a new key once, and the database finds it by its hash; DATABASE_URL is used without --database', async () => {
    const flagged = join(dir, 'flag', 'tanzhong.db');
    const fromEnv = join(dir, 'env', 'tanzhong.db');
    const [r, e] = await Promise.all([
      run(['keys', 'create', '--jurisdiction', '510000', '--name', 'Chengdu', '--database', flagged]),
      run(['keys', 'create', '--jurisdiction', '500000', '--name', 'Chongqing'], { DATABASE_URL: fromEnv }),
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const keys = r.stdout.match(KEY) ?? [];
    expect(keys).toHaveLength(1);
    const key = keys[0] as string;
    expect(r.stdout).toMatch(/will not be shown again/);
    expect(r.stdout).toContain('510000');

    const store = await openStore(flagged);
    try {
      const record = await store.findKeyByHash(hashApiKey(key));
      expect(record).toMatchObject({ name: 'Chengdu', jurisdictionCode: '510000', prefix: key.slice(0, 10), revokedAt: null });
      expect(r.stdout).toContain(record?.id);
      expect(r.stdout).toContain(record?.prefix);
      const [audit] = await store.listAudit(1);
      expect(audit).toMatchObject({ action: 'key-create', actor: null, outcome: 'created' });
    } finally {
      await store.close();
    }

    expect(e.stderr).toBe('');
    expect(e.code).toBe(0);
    const envStore = await openStore(fromEnv);
    try {
      expect(await envStore.findKeyByHash(hashApiKey((e.stdout.match(KEY) ?? [])[0] as string))).toMatchObject({ name: 'Chongqing' });
    } finally {
      await envStore.close();
    }
  });

  it('refuses a jurisdiction code that is not 6 digits with one line on stderr, and creates no database', async () => {
    const database = join(dir, 'bad', 'tanzhong.db');
    const r = await run(['keys', 'create', '--jurisdiction', '5100', '--name', 'Chengdu', '--database', database]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual(['--jurisdiction: must be a GB/T 2260 code of 6 digits (e.g. 510000 for Sichuan), got "5100"']);
    expect(existsSync(database)).toBe(false);
  });
});
