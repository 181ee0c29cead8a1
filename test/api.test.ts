// Every endpoint through app.request, with each error status it can give.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../engine/index.js';
import { bearer, isErrorShape, makeApp } from './support/api.js';
import { publication } from './support/bureau-packs.js';
import { pack } from './support/library.js';

const SOE_MEETING = { kind: 'meeting', attendees: 200, startDate: '2026-01-30', endDate: '2026-01-31', organizer: { type: 'soe', level: 'provincial' } };

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp(':memory:', 64 * 1024);
});

describe('reading packs', () => {
  it('GET /health', async () => {
    const res = await api.call('GET', '/health');
    expect(res.json).toEqual({ ok: true, store: 'sqlite', packs: 4 });
  });

  it('GET /v1/packs lists the four packs with the version in effect', async () => {
    const res = await api.call('GET', '/v1/packs');
    expect(res.status).toBe(200);
    const ids = res.json.packs.map((p: any) => p.id);
    expect(ids).toEqual(['cn-chongqing', 'cn-national', 'cn-shandong-jining', 'cn-sichuan']);
    const cq = res.json.packs[0];
    expect(cq.current).toMatchObject({ version: '1.1.0', status: 'published', effectiveFrom: '2025-03-04', source: 'shipped' });
    expect(cq.current.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(res.json.packs.find((p: any) => p.id === 'cn-sichuan').extends).toBe('cn-national');
  });

  it('GET /v1/packs/{id} gives the history and the rules with citations; 404 for an unknown pack', async () => {
    const res = await api.call('GET', '/v1/packs/cn-shandong-jining');
    expect(res.status).toBe(200);
    expect(res.json.versions).toHaveLength(1);
    const deadline = res.json.rules.find((r: any) => r.id === 'duty.complete-neutralization');
    expect(deadline.citation).toMatchObject({ document: '济环字〔2023〕40号', clause: '四（四）2', basis: 'text' });
    const missing = await api.call('GET', '/v1/packs/cn-tibet');
    expect(missing.status).toBe(404);
    expect(isErrorShape(missing.json)).toBe(true);
  });

  it('GET a rule as JSON and as a page; 404 for an unknown rule', async () => {
    const res = await api.call('GET', '/v1/packs/cn-chongqing/rules/required.soe-event');
    expect(res.status).toBe(200);
    expect(res.json.versions).toHaveLength(2); // municipal until 2026, with districts from 2027
    expect(res.json.versions.map((v: any) => v.inForce.from)).toEqual(['2025-03-04', '2027-01-01']);
    const page = await api.call('GET', '/v1/packs/cn-chongqing/rules/required.soe-event', undefined, { accept: 'text/html' });
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('市属国企参会人数200人及以上的会议和活动');
    const unknown = await api.call('GET', '/v1/packs/cn-chongqing/rules/no.such-rule');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.issues[0].path).toBe('ruleId');
  });
});

describe('POST /v1/evaluate', () => {
  it('returns the same Determination as the engine (and the CLI --json), plus a decision id', async () => {
    const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event: SOE_MEETING, lang: 'en' });
    expect(res.status).toBe(200);
    const { decisionId, ...determination } = res.json;
    expect(decisionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(determination).toEqual(JSON.parse(JSON.stringify(await evaluate(pack('cn-chongqing'), SOE_MEETING, { lang: 'en' }))));
    expect(determination.obligation).toBe('required');
  });

  it('answers under another reading when the body asks, lists the reading, and 422 names an unknown one', async () => {
    const event = { kind: 'meeting', attendees: 300, meetingClass: 1, startDate: '2026-06-01', endDate: '2026-06-02', organizer: { type: 'party-government', level: 'county' } };
    const byDefault = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event });
    expect(byDefault.json.obligation).toBe('encouraged');
    expect(byDefault.json.readings[0]).toMatchObject({ id: 'district-organs-before-2027', option: 'phase-in', chosen: 'default' });
    expect(byDefault.json.readings[0].alternatives[0]).toMatchObject({ option: 'every-level', obligation: 'required' });
    const asked = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event, readings: { 'district-organs-before-2027': 'every-level' } });
    expect(asked.json.obligation).toBe('required');
    const stored = await api.call('GET', `/v1/decisions/${asked.json.decisionId}`);
    expect(stored.json.request.readings).toEqual({ 'district-organs-before-2027': 'every-level' });
    const bad = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event, readings: { 'district-organs-before-2027': 'perhaps' } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues.map((d: { path: string }) => d.path)).toEqual(['readings.district-organs-before-2027']);
  });

  it('400 for a body that is not JSON', async () => {
    const res = await api.call('POST', '/v1/evaluate', '{"pack": ');
    expect(res.status).toBe(400);
    expect(isErrorShape(res.json)).toBe(true);
  });

  it('422 naming every bad field of the event and of the request', async () => {
    const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', lang: 'fr', event: { attendees: -1, kind: 'gala', offsets: [{ instrument: 'CQCER', quantityTco2e: 'abc' }] } });
    expect(res.status).toBe(422);
    const paths = res.json.error.issues.map((i: any) => i.path).sort();
    expect(paths).toEqual(['event.attendees', 'event.kind', 'event.offsets[0].quantityTco2e', 'lang']);
  });

  it('422 for an end before the start, found by the engine', async () => {
    const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event: { startDate: '2026-02-02', endDate: '2026-02-01' } });
    expect(res.status).toBe(422);
    expect(res.json.error.issues).toEqual([{ path: 'event.endDate', message: 'must not be before startDate' }]);
  });

  it('404 for an unknown pack, listing the known ones', async () => {
    const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-tibet', event: SOE_MEETING });
    expect(res.status).toBe(404);
    expect(res.json.error.issues[0]).toMatchObject({ path: 'pack' });
    expect(res.json.error.issues[0].message).toContain('cn-chongqing');
  });

  it('413 for a body over the limit, and nothing is stored', async () => {
    const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event: { ...SOE_MEETING, name: 'x'.repeat(70 * 1024) } });
    expect(res.status).toBe(413);
    expect(isErrorShape(res.json)).toBe(true);
  });
});

describe('POST /v1/compare', () => {
  it('answers under each pack and says where they differ', async () => {
    const res = await api.call('POST', '/v1/compare', { packs: ['cn-chongqing', 'cn-shandong-jining', 'cn-sichuan'], event: SOE_MEETING });
    expect(res.status).toBe(200);
    expect(res.json.determinations['cn-chongqing'].obligation).toBe('required');
    expect(res.json.determinations['cn-shandong-jining'].obligation).toBe('encouraged');
    const deadline = res.json.differences.find((d: any) => d.field === 'duties.complete-neutralization');
    expect(deadline.values['cn-chongqing'].due).toBe('2026-02-28');
    expect(deadline.values['cn-shandong-jining'].due).toBe('2026-07-31');
    expect(res.json.summary.some((s: string) => s.startsWith('obligation:'))).toBe(true);
  });

  it('404 naming the unknown pack by its position; 422 for a single pack', async () => {
    const res = await api.call('POST', '/v1/compare', { packs: ['cn-chongqing', 'cn-nowhere'], event: SOE_MEETING });
    expect(res.status).toBe(404);
    expect(res.json.error.issues[0].path).toBe('packs[1]');
    const one = await api.call('POST', '/v1/compare', { packs: ['cn-chongqing'], event: SOE_MEETING });
    expect(one.status).toBe(422);
    expect(one.json.error.issues[0].path).toBe('packs');
  });
});

describe('decisions', () => {
  it('GET returns the stored input, the exact pack versions, and the answer derived again and verified; 404 for an unknown id', async () => {
    const made = await api.call('POST', '/v1/evaluate', { pack: 'cn-sichuan', event: { ...SOE_MEETING, scale: 'national', bidCommitsNeutrality: true } });
    const res = await api.call('GET', `/v1/decisions/${made.json.decisionId}`);
    expect(res.status).toBe(200);
    expect(res.json.pack).toMatchObject({ id: 'cn-sichuan', version: '1.2.0' });
    expect(res.json.pack.chain.map((l: any) => l.id)).toEqual(['cn-national', 'cn-sichuan']);
    const packs = await api.call('GET', '/v1/packs/cn-sichuan');
    expect(res.json.pack.contentHash).toBe(packs.json.current.contentHash);
    const { decisionId: _id, ...answer } = made.json;
    expect(res.json.determination).toEqual(answer);
    expect(res.json.outcome).toMatchObject({ obligation: answer.obligation, rules: answer.reasons.map((r: any) => r.rule) });
    expect(res.json.verification).toMatchObject({ matches: true });
    expect(res.json.verification.recomputed).toBe(res.json.verification.digest);
    expect((await api.call('GET', '/v1/decisions/not-a-decision')).status).toBe(404);
  });

  it('replays a decision under another pack and lists the differences; 404 for an unknown version', async () => {
    const made = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event: SOE_MEETING });
    const res = await api.call('POST', `/v1/decisions/${made.json.decisionId}/replay`, { pack: 'cn-shandong-jining' });
    expect(res.status).toBe(200);
    expect(res.json.original).toMatchObject({ pack: 'cn-chongqing', version: '1.1.0', verification: { matches: true } });
    expect(res.json.replay.pack).toBe('cn-shandong-jining');
    const obligation = res.json.differences.find((d: any) => d.field === 'obligation');
    expect(obligation.values).toEqual({ original: 'required', replay: 'encouraged' });
    const same = await api.call('POST', `/v1/decisions/${made.json.decisionId}/replay`, {});
    expect(same.status).toBe(200);
    expect(same.json.differences).toEqual([]);
    const bad = await api.call('POST', `/v1/decisions/${made.json.decisionId}/replay`, { version: '9.9.9' });
    expect(bad.status).toBe(404);
    expect((await api.call('POST', '/v1/decisions/nope/replay', {})).status).toBe(404);
    expect((await api.call('POST', `/v1/decisions/${made.json.decisionId}/replay`, { pack: 7 })).status).toBe(422);
  });
});

describe('bureau endpoints', () => {
  const draft = (overrides: Record<string, unknown> = {}) => ({
    id: 'cn-sichuan-mianyang',
    version: '1.0.0',
    extends: 'cn-sichuan',
    title: { zh: '绵阳（示例）', en: 'Mianyang (example)' },
    jurisdiction: { code: '510700', name: { zh: '绵阳市', en: 'Mianyang' } },
    documents: [{ number: '绵环〔2026〕9号', title: { zh: '示例', en: 'example' }, issuers: ['绵阳市生态环境局'], issued: '2026-10-01' }],
    inForce: { from: '2026-12-01' },
    rules: [],
    ...overrides,
  });

  it('validate lists every problem and stores nothing', async () => {
    const res = await api.call('POST', '/v1/packs/validate', draft({ extends: 'cn-nowhere', rules: [{ id: 'x' }], inForce: { from: '2026-13-01' } }));
    expect(res.status).toBe(200);
    expect(res.json.valid).toBe(false);
    const paths = res.json.issues.map((i: any) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['extends', 'rules[0].title', 'rules[0].citation', 'inForce.from']));
    expect((await api.call('POST', '/v1/packs/validate', [1, 2])).status).toBe(422);
  });

  it('401 without a key or with an unknown one; 403 outside the key; 422 for an invalid pack; 201; 409 twice', async () => {
    expect((await api.call('POST', '/v1/packs', draft())).status).toBe(401);
    expect((await api.call('POST', '/v1/packs', draft(), bearer('tz_forged'))).status).toBe(401);
    const chongqingKey = await api.keyFor('500000');
    expect((await api.call('POST', '/v1/packs', draft(), bearer(chongqingKey))).status).toBe(403);
    const key = await api.keyFor('510000');
    const invalid = await api.call('POST', '/v1/packs', draft({ rules: [{ id: 'bad' }] }), bearer(key));
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.issues.length).toBeGreaterThan(1);
    const created = await api.call('POST', '/v1/packs', draft(), bearer(key));
    expect(created.status).toBe(201);
    expect((await api.call('POST', '/v1/packs', draft(), bearer(key))).status).toBe(409);
    // A draft is not answered with until it is published: a pack only drafted is unknown to the public.
    expect((await api.call('POST', '/v1/evaluate', { pack: 'cn-sichuan-mianyang', event: SOE_MEETING })).status).toBe(404);
  });

  it('publish: 404 for an unknown version, 422 for a bad date, 200, then 409: published never change', async () => {
    const key = await api.keyFor('510700');
    const path = '/v1/packs/cn-sichuan-mianyang/versions';
    expect((await api.call('POST', `${path}/2.0.0/publish`, publication('2026-12-01'), bearer(key))).status).toBe(404);
    expect((await api.call('POST', `${path}/1.0.0/publish`, { effectiveFrom: '2026-02-30' }, bearer(key))).status).toBe(422);
    const ok = await api.call('POST', `${path}/1.0.0/publish`, publication('2026-12-01'), bearer(key));
    expect(ok.status).toBe(200);
    const hash = ok.json.contentHash;
    expect((await api.call('POST', `${path}/1.0.0/publish`, { effectiveFrom: '2027-01-01' }, bearer(key))).status).toBe(409);
    const stored = await api.store.getVersion('cn-sichuan-mianyang', '1.0.0');
    expect(stored).toMatchObject({ status: 'published', effectiveFrom: '2026-12-01', contentHash: hash });
  });

  it('a key for a city cannot write the province', async () => {
    const city = await api.keyFor('510100');
    const res = await api.call('POST', '/v1/packs', draft({ id: 'cn-sichuan', version: '2.0.0', extends: 'cn-national', jurisdiction: { code: '510000', name: { zh: '四川省', en: 'Sichuan' } } }), bearer(city));
    expect(res.status).toBe(403);
  });
});

describe('docs', () => {
  it('serves an OpenAPI 3.1 document generated from the schemas', async () => {
    const res = await api.call('GET', '/openapi.json');
    expect(res.json.openapi).toBe('3.1.0');
    expect(Object.keys(res.json.paths)).toEqual(
      expect.arrayContaining(['/v1/evaluate', '/v1/compare', '/v1/packs', '/v1/packs/{id}', '/v1/packs/{id}/rules/{ruleId}', '/v1/decisions/{id}', '/v1/decisions/{id}/replay', '/v1/packs/validate', '/v1/packs/{id}/versions/{version}/publish']),
    );
    expect(res.json.components.schemas.Event.properties.kind.enum).toContain('exhibition');
  });

  it('serves /docs with its own assets, no CDN', async () => {
    const page = await api.call('GET', '/docs');
    expect(page.text).not.toMatch(/https?:\/\//);
    for (const asset of ['/docs/assets/swagger-ui.css', '/docs/assets/swagger-ui-bundle.js', '/docs/assets/init.js']) {
      const res = await api.call('GET', asset);
      expect(res.status, asset).toBe(200);
      expect(res.text.length, asset).toBeGreaterThan(10);
    }
    expect((await api.call('GET', '/docs/assets/../../package.json')).status).toBe(404);
  });

  it('answers unknown routes with the error shape', async () => {
    const res = await api.call('GET', '/v2/anything');
    expect(res.status).toBe(404);
    expect(isErrorShape(res.json)).toBe(true);
  });
});

describe('several servers on one store', () => {
  it('a version published through one server is answered by another once its copy is stale', async () => {
    const { PackRegistry } = await import('../app/registry.js');
    const { StoreSource } = await import('../app/store-source.js');
    const { createApp } = await import('../server/app.js');
    const other = new PackRegistry(new StoreSource(api.store), { maxAgeMs: 0 }); // reloads at every request
    await other.refresh();
    const otherApp = createApp({ registry: other, store: api.store });
    const key = await api.keyFor('510000');
    const pack = {
      id: 'cn-sichuan-deyang', version: '1.0.0', extends: 'cn-sichuan',
      title: { zh: '德阳（示例）', en: 'Deyang (example)' }, jurisdiction: { code: '510600', name: { zh: '德阳市', en: 'Deyang' } },
      documents: [{ number: '德环〔2026〕2号', title: { zh: '示例', en: 'example' }, issuers: ['德阳市生态环境局'], issued: '2026-10-01' }],
      inForce: { from: '2026-01-01' }, rules: [],
    };
    expect((await api.call('POST', '/v1/packs', pack, bearer(key))).status).toBe(201);
    expect((await api.call('POST', '/v1/packs/cn-sichuan-deyang/versions/1.0.0/publish', publication('2026-01-01'), bearer(key))).status).toBe(200);
    const res = await otherApp.request('/v1/evaluate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pack: 'cn-sichuan-deyang', event: { startDate: '2026-05-01', endDate: '2026-05-01' } }) });
    expect(res.status).toBe(200);
    expect((await res.json()).pack.id).toBe('cn-sichuan-deyang');
  });
});
