// Issue 10, hole 9, at the operator's door: `tanzhong keys list`, `keys revoke <id>`, `keys rotate <id>` and
// `keys create --expires <date>`, against a database file, each change audited. A new secret is printed once;
// the list never shows a key or its hash.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expiryOfDate, hashApiKey } from '../adapters/storage/api-keys.js';
import { openStore } from '../adapters/storage/open-store.js';
import { runCliInProcess } from './support/cli.js';
import { dayFromToday } from './support/bureau-packs.js';

const KEY = /\btz_[A-Za-z0-9_-]{43}\b/g;
const ID = /^id\s+(\S+)$/m;

let dir: string;
let database: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tanzhong-keys-lifecycle-'));
  database = join(dir, 'tanzhong.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const keys = (...args: string[]) => runCliInProcess(['keys', ...args, '--database', database]);

async function inStore<T>(read: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore(database);
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

describe('tanzhong keys: create with an expiry, list, rotate, revoke', () => {
  let id: string;
  let first: string;

  it('create --expires: the key works through that day, China time', async () => {
    const r = await keys('create', '--jurisdiction', '510700', '--name', 'Mianyang bureau', '--expires', dayFromToday(90));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    first = (r.stdout.match(KEY) ?? [])[0] as string;
    id = (ID.exec(r.stdout)?.[1] ?? '') as string;
    expect(r.stdout).toContain(`expires       after ${dayFromToday(90)} (China time)`);
    const record = await inStore((s) => s.findKeyByHash(hashApiKey(first)));
    expect(record).toMatchObject({ id, expiresAt: expiryOfDate(dayFromToday(90)) });
  });

  it('list shows every key with its state and expiry, never a key or its hash', async () => {
    await keys('create', '--jurisdiction', '500000', '--name', 'Chongqing bureau');
    const r = await keys('list');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(id);
    expect(r.stdout).toMatch(/Mianyang bureau/);
    expect(r.stdout).toMatch(/active/);
    expect(r.stdout).toContain(dayFromToday(90));
    expect(r.stdout).not.toMatch(KEY);
    expect(r.stdout).not.toContain(hashApiKey(first));
    const json = await keys('list', '--json');
    const listed = JSON.parse(json.stdout) as { id: string; state: string; keyHash?: string }[];
    expect(listed.map((k) => k.state)).toEqual(['active', 'active']);
    expect(listed.some((k) => 'keyHash' in k)).toBe(false);
  });

  it('rotate prints a new key once; the old one no longer matches; audited', async () => {
    const r = await keys('rotate', id);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const fresh = (r.stdout.match(KEY) ?? []) as string[];
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).not.toBe(first);
    expect(r.stdout).toMatch(/will not be shown again/);
    await inStore(async (s) => {
      expect(await s.findKeyByHash(hashApiKey(first))).toBeUndefined();
      expect((await s.findKeyByHash(hashApiKey(fresh[0] as string)))?.id).toBe(id);
      expect((await s.listAudit(1))[0]).toMatchObject({ action: 'key-rotate', actor: null, outcome: 'rotated' });
    });
  });

  it('revoke: the key is refused from now on, listed as revoked; audited; a second revoke is an error', async () => {
    const r = await keys('revoke', id, '--reason', 'the bureau asked');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/revoked/);
    const list = await keys('list', '--json');
    expect((JSON.parse(list.stdout) as { id: string; state: string }[]).find((k) => k.id === id)?.state).toBe('revoked');
    await inStore(async (s) => expect((await s.listAudit(1))[0]).toMatchObject({ action: 'key-revoke', outcome: 'revoked', detail: { keyId: id, reason: 'the bureau asked' } }));
    const again = await keys('revoke', id);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already revoked/);
    const rotate = await keys('rotate', id);
    expect(rotate.code).toBe(1);
    expect(rotate.stderr).toMatch(/stays revoked/);
  });

  it('refuses an unknown id, an expiry before today, and an unknown division, each in one line', async () => {
    const unknown = await keys('revoke', 'no-such-id');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/no key "no-such-id"/);
    const past = await keys('create', '--jurisdiction', '510000', '--name', 'x', '--expires', dayFromToday(-1));
    expect(past.code).toBe(1);
    expect(past.stderr).toMatch(/^--expires: .*before today/);
    const nowhere = await keys('create', '--jurisdiction', '519900', '--name', 'x');
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toMatch(/^--jurisdiction: .*not a GB\/T 2260 division/);
  });
});
