// Pack diff through its doors. `tanzhong pack diff` takes two pack folders or pack@version references (the shipped
// packs, or the versions published in a database); GET /v1/packs/{id}/diff?from=&to= compares two versions of one pack
// in the store (a draft only for a key of its jurisdiction), and refuses what it does not know with 404 or 422 naming
// the field.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedShipped } from '../app/seed-shipped.js';
import { packFolders } from '../adapters/files/pack-folders.js';
import { openStore } from '../adapters/storage/open-store.js';
import { bearer, isErrorShape, makeApp } from './support/api.js';
import { publication } from './support/bureau-packs.js';
import { runCliInProcess } from './support/cli.js';

const CHENGDU_DIR = 'test/fixtures/chengdu/cn-sichuan-chengdu';
const CHENGDU = JSON.parse(readFileSync(new URL('./fixtures/chengdu/cn-sichuan-chengdu/pack.json', import.meta.url), 'utf8')) as Record<string, any>;
const shipped = (id: string) => JSON.parse(readFileSync(new URL(`../policies/${id}/pack.json`, import.meta.url), 'utf8')) as Record<string, any>;
const SICHUAN = shipped('cn-sichuan');
const NATIONAL = shipped('cn-national');

/** Chengdu 1.1.0: CCER counts only from projects in Sichuan (an eligibility check added to Sichuan's accepted list). */
const CHENGDU_NEXT = (() => {
  const { $schema: _schema, ...doc } = structuredClone(CHENGDU);
  const accepted = structuredClone(SICHUAN.offsets.accepted);
  const ccer = accepted.find((a: any) => a.instrument === 'CCER');
  ccer.eligibility = [
    {
      check: 'region-within',
      regions: ['510000'],
      onFail: 'ineligible',
      citation: { document: '成环〔2026〕7号', clause: '第五条', zh: '使用的国家核证自愿减排量应来自本省项目', en: 'A test fixture\'s clause.', basis: 'text', wording: 'paraphrase' },
    },
  ];
  return { ...doc, version: '1.1.0', offsets: { accepted } };
})();

describe('tanzhong pack diff', () => {
  it('a shipped pack against the Chengdu folder: one change, in words, and as JSON', async () => {
    const text = await runCliInProcess(['pack', 'diff', 'cn-sichuan', CHENGDU_DIR, '--lang', 'en']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('1 change\n');
    expect(text.stdout).toContain('(applies to more events)');
    expect(text.stdout).toContain('Before, cited from: 川环发〔2021〕5号 三（四）');
    expect(text.stdout).toContain('After, cited from: 成环〔2026〕7号 第三条');
    const json = await runCliInProcess(['pack', 'diff', 'policies/cn-sichuan', CHENGDU_DIR, '--json']);
    expect(json.code, json.stderr).toBe(0);
    const diff = JSON.parse(json.stdout);
    expect(diff.before).toMatchObject({ id: 'cn-sichuan', version: SICHUAN.version });
    expect(diff.after).toMatchObject({ id: 'cn-sichuan-chengdu', version: '1.0.0' });
    expect(diff.changes.map((c: any) => [c.kind, c.rule, c.direction])).toEqual([['threshold', 'duty.register-event', 'wider']]);
  });

  it('pack@version from the shipped packs; an unknown version or pack is named with its operand', async () => {
    const same = await runCliInProcess(['pack', 'diff', `cn-sichuan@${SICHUAN.version}`, 'cn-sichuan']);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toContain('没有实质变化');
    const version = await runCliInProcess(['pack', 'diff', 'cn-sichuan@9.9.9', 'cn-sichuan']);
    expect(version.code).toBe(1);
    expect(version.stderr).toContain('cn-sichuan@9.9.9');
    expect(version.stderr).toContain(SICHUAN.version);
    const pack = await runCliInProcess(['pack', 'diff', 'cn-sichuan', 'cn-nowhere@1.0.0']);
    expect(pack.code).toBe(1);
    expect(pack.stderr).toMatch(/cn-nowhere@1\.0\.0.*unknown pack/);
    const lang = await runCliInProcess(['pack', 'diff', 'cn-sichuan', 'cn-national', '--lang', 'fr']);
    expect(lang.code).toBe(1);
    expect(lang.stderr).toContain('--lang');
  });

  it('pack@version from the versions published in a database (--database)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tz-diff-'));
    try {
      const file = join(dir, 'store.db');
      const store = await openStore(file);
      await seedShipped(store, packFolders());
      await store.close();
      const run = await runCliInProcess(['pack', 'diff', `cn-national@${NATIONAL.version}`, `cn-sichuan@${SICHUAN.version}`, '--database', file, '--json']);
      expect(run.code, run.stderr).toBe(0);
      const kinds = JSON.parse(run.stdout).changes.map((c: any) => c.kind);
      expect(kinds).toContain('rule-added');
      expect(kinds).toContain('rank');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GET /v1/packs/{id}/diff', () => {
  let api: Awaited<ReturnType<typeof makeApp>>;
  let key: string;
  beforeAll(async () => {
    api = await makeApp();
    key = await api.keyFor('510000');
    const { $schema: _schema, ...first } = CHENGDU;
    expect((await api.call('POST', '/v1/packs', first, bearer(key))).status).toBe(201);
    expect((await api.call('POST', '/v1/packs/cn-sichuan-chengdu/versions/1.0.0/publish', publication('2027-01-01'), bearer(key))).status).toBe(200);
    expect((await api.call('POST', '/v1/packs', CHENGDU_NEXT, bearer(key))).status).toBe(201);
  });
  afterAll(async () => {
    await api?.store.close();
  });

  it('to a key of the jurisdiction, a draft against the published version: the eligibility check added, with its citation', async () => {
    const res = await api.call('GET', '/v1/packs/cn-sichuan-chengdu/diff?from=1.0.0&to=1.1.0', undefined, bearer(key));
    expect(res.status, res.text).toBe(200);
    expect(res.json.from).toMatchObject({ id: 'cn-sichuan-chengdu', version: '1.0.0' });
    expect(res.json.to).toMatchObject({ version: '1.1.0' });
    expect(res.json.changes).toHaveLength(1);
    expect(res.json.changes[0]).toMatchObject({
      area: 'offsets',
      kind: 'eligibility-added',
      instrument: 'CCER',
      after: { check: 'region-within', regions: ['510000'] },
      citations: { after: { document: '成环〔2026〕7号', clause: '第五条' } },
    });
    expect(res.json.changes[0].text.zh).toContain('四川');
    expect(res.json.summary.en).toContain('1 change');
  });

  it('to the public the draft is unknown: 404 naming `to`', async () => {
    const res = await api.call('GET', '/v1/packs/cn-sichuan-chengdu/diff?from=1.0.0&to=1.1.0');
    expect(res.status).toBe(404);
    expect(isErrorShape(res.json)).toBe(true);
    expect(res.json.error.issues.map((i: any) => i.path)).toEqual(['to']);
    expect(res.json.error.issues[0].message).toContain('1.0.0');
  });

  it('a published version against itself: no change', async () => {
    const res = await api.call('GET', `/v1/packs/cn-sichuan/diff?from=${SICHUAN.version}&to=${SICHUAN.version}`);
    expect(res.status).toBe(200);
    expect(res.json.changes).toEqual([]);
  });

  it('refuses an unknown pack (404, `id`), an unknown version (404, `from`) and a missing one (422, `to`)', async () => {
    const pack = await api.call('GET', '/v1/packs/cn-nowhere/diff?from=1.0.0&to=1.1.0');
    expect(pack.status).toBe(404);
    expect(pack.json.error.issues.map((i: any) => i.path)).toEqual(['id']);
    const from = await api.call('GET', `/v1/packs/cn-sichuan/diff?from=0.0.1&to=${SICHUAN.version}`);
    expect(from.status).toBe(404);
    expect(from.json.error.issues.map((i: any) => i.path)).toEqual(['from']);
    const missing = await api.call('GET', `/v1/packs/cn-sichuan/diff?from=${SICHUAN.version}`);
    expect(missing.status).toBe(422);
    expect(isErrorShape(missing.json)).toBe(true);
    expect(missing.json.error.issues.map((i: any) => i.path)).toContain('to');
  });
});
