// Issue 10, hole 7, what was left of it: a draft leaked through a replay (answered under a draft version for anyone),
// through the "known packs" and "versions" of a refusal (naming packs only drafted and draft versions), through a
// fallback's notice (the title of a newer draft) and through /health's count. Published versions are public; a
// draft is seen, and answered under, by keys of its jurisdiction only.
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeApp } from './support/api.js';
import { cityPack, NEXT_YEAR, publication } from './support/bureau-packs.js';

const EVENT = { kind: 'meeting', attendees: 200, startDate: '2026-06-01', endDate: '2026-06-02', organizer: { type: 'soe', level: 'provincial' } };
const MIANYANG = cityPack('cn-sichuan-mianyang', '510700', 'cn-sichuan', { title: { zh: '绵阳已发布', en: 'Mianyang as published' } });
const MIANYANG_DRAFT = { ...MIANYANG, version: '1.1.0', title: { zh: '绵阳草案', en: 'Mianyang DRAFT title' } };
/** A pack only drafted: Deyang. */
const DEYANG = cityPack('cn-sichuan-deyang', '510600', 'cn-sichuan', { title: { zh: '德阳草案', en: 'Deyang DRAFT' } });
/** A draft version of a published pack. */
const SICHUAN_DRAFT = { ...cityPack('cn-sichuan', '510000', 'cn-national'), version: '9.0.0', title: { zh: '四川草案', en: 'Sichuan DRAFT' } };

let api: Awaited<ReturnType<typeof makeApp>>;
let sichuanKey: string;
let decisionId: string;
beforeAll(async () => {
  api = await makeApp();
  sichuanKey = await api.keyFor('510000');
  for (const document of [MIANYANG, MIANYANG_DRAFT, DEYANG, SICHUAN_DRAFT]) {
    const res = await api.call('POST', '/v1/packs', document, bearer(sichuanKey));
    expect(res.status, res.text).toBe(201);
  }
  const published = await api.call('POST', '/v1/packs/cn-sichuan-mianyang/versions/1.0.0/publish', publication(NEXT_YEAR), bearer(sichuanKey));
  expect(published.status, published.text).toBe(200);
  const answered = await api.call('POST', '/v1/evaluate', { pack: 'cn-sichuan', event: EVENT, lang: 'en' });
  expect(answered.status, answered.text).toBe(200);
  decisionId = answered.json.decisionId;
});

/** The versions a refusal names after "versions:". */
const namedVersions = (res: { json: any }) => /versions: (.*)$/.exec(res.json.error.issues[0].message)?.[1]?.split(', ') ?? [];

describe('POST /v1/decisions/{id}/replay under a draft version', () => {
  const replay = (headers: Record<string, string> = {}) => api.call('POST', `/v1/decisions/${decisionId}/replay`, { version: '9.0.0' }, headers);

  it('is refused to the public as an unknown version (404), whose list of versions names published ones only', async () => {
    const res = await replay();
    expect(res.status, res.text).toBe(404);
    const published = api.registry.versionsOf('cn-sichuan').filter((v) => v.status === 'published').map((v) => v.version);
    expect(published).not.toContain('9.0.0');
    expect(namedVersions(res)).toEqual(published);
    expect(res.text).not.toContain('Sichuan DRAFT');
  });

  it('is refused to a key of another jurisdiction alike, and a key that does not work is refused as such (401)', async () => {
    const res = await replay(bearer(await api.keyFor('500000')));
    expect(res.status, res.text).toBe(404);
    expect(namedVersions(res)).not.toContain('9.0.0');
    expect((await replay(bearer('tz_forged'))).status).toBe(401);
  });

  it('is answered for a key of the draft’s jurisdiction', async () => {
    const res = await replay(bearer(sichuanKey));
    expect(res.status, res.text).toBe(200);
    expect(res.json.replay).toMatchObject({ pack: 'cn-sichuan', version: '9.0.0' });
  });

  it('under a published version, is answered for anyone as before', async () => {
    const version = api.registry.versionsOf('cn-sichuan').find((v) => v.status === 'published')?.version;
    const res = await api.call('POST', `/v1/decisions/${decisionId}/replay`, { version });
    expect(res.status, res.text).toBe(200);
  });
});

describe('unknown packs', () => {
  it('are refused with the list of published packs: no pack only drafted among them', async () => {
    const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-nowhere', event: EVENT });
    expect(res.status).toBe(404);
    const message = res.json.error.issues[0].message as string;
    expect(message).toContain('cn-sichuan-mianyang');
    expect(message).not.toContain('cn-sichuan-deyang');
  });

  it('include a pack only drafted: asked by its id, it is unknown (404), not "not in effect yet" (422)', async () => {
    for (const path of ['/v1/evaluate', '/v1/evaluate/batch']) {
      const body = path === '/v1/evaluate' ? { pack: 'cn-sichuan-deyang', event: EVENT } : { pack: 'cn-sichuan-deyang', events: [EVENT] };
      const res = await api.call('POST', path, body);
      expect(res.status, `${path}: ${res.text}`).toBe(404);
      expect(res.text).not.toContain('Deyang DRAFT');
    }
    const report = await api.call('GET', '/v1/reports/matrix?packs=cn-sichuan-deyang');
    expect(report.status).toBe(404);
    expect(report.json.error.issues[0].message).not.toContain('cn-sichuan-deyang;');
  });
});

describe('a fallback', () => {
  it('names the pack asked by its published version’s title, never a newer draft’s', async () => {
    const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-sichuan-mianyang', event: EVENT, lang: 'en' });
    expect(res.status, res.text).toBe(200);
    expect(res.json.fallback).toMatchObject({ requested: 'cn-sichuan-mianyang', answeredBy: 'cn-sichuan' });
    expect(res.json.notice).toContain('Mianyang as published');
    expect(res.json.notice).not.toContain('DRAFT');
    expect(api.registry.describe('cn-sichuan')?.title.en).not.toContain('DRAFT');
    expect(api.registry.describe('cn-sichuan-deyang')).toBeUndefined();
  });
});

describe('/health', () => {
  it('counts the published packs only', async () => {
    const res = await api.call('GET', '/health');
    expect(res.json.packs).toBe(api.registry.publishedPackIds().length);
    expect(api.registry.publishedPackIds()).not.toContain('cn-sichuan-deyang');
    expect(api.registry.packIds()).toContain('cn-sichuan-deyang');
  });
});
