// Issue 14, order and wording: the steps in phase order whatever the pack's order (Sichuan lists 事中 before 事前),
// a unit on every quantity of the plan check, each label beside its control, no inline style (the pages' policy
// allows none); and compression of the pages and of /docs, whose script is gzipped once and kept.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHASE_LABELS } from '../engine/index.js';
import { makeApp } from './support/api.js';
import { pack } from './support/library.js';

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp();
});
afterAll(async () => {
  await api?.store.close();
});

const SICHUAN = {
  lang: 'zh',
  pack: 'cn-sichuan',
  kind: 'sports',
  attendees: '5000',
  'organizer.type': 'enterprise',
  'organizer.level': 'provincial',
  scale: 'national',
  bidCommitsNeutrality: 'yes',
  startDate: '2026-10-10',
  endDate: '2026-10-12',
  emissionsTco2e: '120',
  'o0.instrument': 'CCER',
  'o0.quantityTco2e': '120',
};

describe('the answer in plain words', () => {
  it("lists Sichuan's steps before → during → after, though its pack lists 事中 first", async () => {
    expect(pack('cn-sichuan').pack.process[0]?.phase).toBe('during');
    const res = await api.call('GET', `/?${new URLSearchParams(SICHUAN)}`);
    const steps = res.text.slice(res.text.indexOf('办理流程'));
    const phases = [...steps.slice(0, steps.indexOf('</ol>')).matchAll(/<li><strong>([^<]+)<\/strong>/g)].map((m) => m[1]);
    const order = ['before', 'during', 'after'] as const;
    expect(phases[0]).toBe(PHASE_LABELS.before.zh);
    expect(phases).toEqual([...phases].sort((a, b) => order.findIndex((p) => PHASE_LABELS[p].zh === a) - order.findIndex((p) => PHASE_LABELS[p].zh === b)));
    expect(phases).toHaveLength(pack('cn-sichuan').pack.process.length);
  });

  it('gives every quantity of the plan check its unit', async () => {
    const zh = await api.call('GET', `/?${new URLSearchParams(SICHUAN)}`);
    expect(zh.text).toMatch(/<p class="totals">合计 120 吨CO2e · 计入 120 吨CO2e · [^<]*120 吨CO2e · 缺口 0 吨CO2e<\/p>/);
    expect(zh.text).toContain('<td data-label="数量">120 吨CO2e</td>');
    const en = await api.call('GET', `/?${new URLSearchParams({ ...SICHUAN, lang: 'en' })}`);
    expect(en.text).toMatch(/Total 120 tCO2e · Counted 120 tCO2e/);
  });

  it('puts the new-sink box on its label’s line, inside its label', async () => {
    const res = await api.call('GET', `/?${new URLSearchParams(SICHUAN)}`);
    expect(res.text).toMatch(/<label class="check"><input type="checkbox" name="o0.newProject" value="yes"\/><span>新建林业或海洋碳汇项目<\/span><\/label>/);
  });

  it('has no inline style on any page (the policy allows none) and a header whose background spans the width', async () => {
    for (const path of ['/', `/?${new URLSearchParams(SICHUAN)}`, '/packs', '/packs/cn-chongqing', '/reports?kind=matrix', '/reports?kind=sweep', `/packs/cn-chongqing/documents/${encodeURIComponent('渝环〔2025〕21号')}`]) {
      const res = await api.call('GET', path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).not.toMatch(/\sstyle=/);
      expect(res.text, path).toMatch(/<header class="site"><div class="bar">/);
    }
  });
});

describe('compression', () => {
  it('sends the /docs script gzipped (kept once, the same bytes every time), and as it is to a client that takes no gzip', async () => {
    const path = '/docs/assets/swagger-ui-bundle.js';
    const first = await api.app.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(first.headers.get('vary')).toMatch(/Accept-Encoding/);
    const zipped = Buffer.from(await first.arrayBuffer());
    expect(Number(first.headers.get('content-length'))).toBe(zipped.length);
    expect(zipped.length).toBeLessThan(600_000);
    const plain = await api.app.request(path);
    expect(plain.headers.get('content-encoding')).toBeNull();
    const bytes = Buffer.from(await plain.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(1_500_000);
    expect(gunzipSync(zipped).equals(bytes)).toBe(true);
    const again = Buffer.from(await (await api.app.request(path, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer());
    expect(again.equals(zipped)).toBe(true);
    const refused = await api.app.request(path, { headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  it('compresses every kind of page', async () => {
    for (const path of ['/', '/packs/cn-chongqing', '/reports?kind=matrix', `/packs/cn-chongqing/documents/${encodeURIComponent('渝环〔2025〕21号')}`, '/openapi.json', '/assets/site.css']) {
      const res = await api.app.request(path, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      expect(gunzipSync(Buffer.from(await res.arrayBuffer())).length, path).toBeGreaterThan(0);
    }
  });
});
