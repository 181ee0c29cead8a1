// Issue 10, hole 5: a pack's name and its base follow its jurisdiction. The id names the province the jurisdiction
// lies in (cn-national for 000000), the province's id alone is the province's own pack, a pack extends only a pack
// whose jurisdiction contains its own, and every code is a real GB/T 2260 division (app/pack-identity.ts). A key
// cannot squat another province's names (403), and a pack whose name disagrees with its code is refused (422).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../app/content-hash.js';
import { identityProblems } from '../app/pack-identity.js';
import { createApiKey } from '../adapters/storage/api-keys.js';
import { readJson } from '../adapters/files/pack-files.js';
import { projectPath } from '../adapters/files/project-root.js';
import { bearer, makeApp } from './support/api.js';
import { cityPack, NEXT_YEAR } from './support/bureau-packs.js';

let api: Awaited<ReturnType<typeof makeApp>>;
let chongqing: string;
let sichuan: string;
beforeAll(async () => {
  api = await makeApp();
  chongqing = await api.keyFor('500000');
  sichuan = await api.keyFor('510000');
});

const draft = (pack: unknown, key: string) => api.call('POST', '/v1/packs', pack, bearer(key));

describe('a key cannot publish under another province’s name', () => {
  it('the Chongqing key cannot draft cn-sichuan-mianyang, whatever code it gives (403), and nothing is stored', async () => {
    for (const code of ['500000', '500101']) {
      const res = await draft(cityPack('cn-sichuan-mianyang', code, 'cn-chongqing'), chongqing);
      expect(res.status, JSON.stringify(res.json)).toBe(403);
      expect(res.json.error.message).toMatch(/cn-chongqing-/);
    }
    expect(api.registry.packIds()).not.toContain('cn-sichuan-mianyang');
  });

  it('the Sichuan key cannot draft cn-chongqing-wanzhou extending cn-chongqing (403)', async () => {
    const res = await draft(cityPack('cn-chongqing-wanzhou', '510100', 'cn-chongqing'), sichuan);
    expect(res.status, JSON.stringify(res.json)).toBe(403);
    expect(res.json.error.message).toMatch(/cn-sichuan/);
  });

  it('a pack cannot extend a pack whose jurisdiction does not contain its own (422 at extends)', async () => {
    const res = await draft(cityPack('cn-sichuan-wanzhou', '510100', 'cn-chongqing'), sichuan);
    expect(res.status, JSON.stringify(res.json)).toBe(422);
    const issue = res.json.error.issues.find((i: any) => i.path === 'extends');
    expect(issue?.message).toMatch(/cn-sichuan|cn-national/);
  });

  it('the id names the province of the pack’s code; the province’s id alone is the province’s pack (422 at id)', async () => {
    const national = await api.keyFor('000000');
    const province = await draft(cityPack('cn-guangdong', '440100', 'cn-national'), national);
    expect(province.status, JSON.stringify(province.json)).toBe(422);
    expect(province.json.error.issues.find((i: any) => i.path === 'id')?.message).toMatch(/cn-guangdong-<place>/);
    const otherProvince = await draft(cityPack('cn-hubei-wuhan', '440100', 'cn-national'), national);
    expect(otherProvince.status).toBe(422);
    expect(otherProvince.json.error.issues.find((i: any) => i.path === 'id')?.message).toMatch(/cn-guangdong-/);
    const bare = await draft(cityPack('guangzhou', '440100', 'cn-national'), national);
    expect(bare.status).toBe(422);
  });

  it('codes must be real GB/T 2260 divisions: a pack (422) and a key', async () => {
    const res = await draft(cityPack('cn-sichuan-nowhere', '519900', 'cn-sichuan'), sichuan);
    expect(res.status, JSON.stringify(res.json)).toBe(422);
    expect(res.json.error.issues.find((i: any) => i.path === 'jurisdiction.code')?.message).toMatch(/not a GB\/T 2260 division/);
    await expect(createApiKey(api.store, { name: 'nowhere', jurisdictionCode: '519900' })).rejects.toThrow(/not a GB\/T 2260 division/);
  });

  it('the dry run names the same problems', async () => {
    const res = await api.call('POST', '/v1/packs/validate', cityPack('cn-sichuan-wanzhou', '510100', 'cn-chongqing'));
    expect(res.json.valid).toBe(false);
    expect(res.json.issues.map((i: any) => i.path)).toContain('extends');
  });

  it('packs named by the rule are accepted: Mianyang by the Sichuan key, Wanzhou by the Chongqing key', async () => {
    expect((await draft(cityPack('cn-sichuan-mianyang', '510700', 'cn-sichuan'), sichuan)).status).toBe(201);
    expect((await draft(cityPack('cn-chongqing-wanzhou', '500101', 'cn-chongqing'), chongqing)).status).toBe(201);
    expect((await draft(cityPack('cn-sichuan-chengdu-jinjiang', '510104', 'cn-sichuan'), sichuan)).status).toBe(201);
  });
});

describe('a draft stored before the rule', () => {
  it('cannot be published while its name disagrees with its jurisdiction (422)', async () => {
    const document = cityPack('cn-sichuan-squat', '500000', 'cn-chongqing');
    await api.store.insertVersion({
      packId: document.id, version: '1.0.0', jurisdictionCode: '500000', status: 'draft', document, contentHash: contentHash(document),
      effectiveFrom: null, createdAt: new Date().toISOString(), publishedAt: null, source: 'api', createdBy: null,
    });
    await api.registry.refresh();
    const res = await api.call('POST', '/v1/packs/cn-sichuan-squat/versions/1.0.0/publish', { effectiveFrom: NEXT_YEAR }, bearer(chongqing));
    expect(res.status, JSON.stringify(res.json)).toBe(422);
    expect(res.json.error.issues.map((i: any) => i.path)).toContain('id');
    expect((await api.store.getVersion('cn-sichuan-squat', '1.0.0'))?.status).toBe('draft');
  });
});

describe('the shipped, example and fixture packs follow the rule', () => {
  const folders = ['policies', 'policies/examples', 'test/fixtures/city-packs'].flatMap((root) =>
    readdirSync(projectPath(root), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name.startsWith('cn-'))
      .map((e) => join(projectPath(root), e.name, 'pack.json')),
  );
  const docs = folders.map((file) => readJson(file) as { id: string; jurisdiction: { code: string } });
  const codes = new Map(docs.map((d) => [d.id, d.jurisdiction.code]));

  it.each(docs.map((d) => [d.id, d] as const))('%s', (_id, doc) => {
    expect(identityProblems(doc, (id) => codes.get(id))).toEqual([]);
  });
});
