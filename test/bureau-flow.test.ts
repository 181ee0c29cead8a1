// The bureau flow end to end: a Sichuan key validates, drafts and publishes a Chengdu pack that extends
// cn-sichuan with a stricter registration rule from 2027-01-01; the same event gets the two answers either side of
// that date; the key is refused on Chongqing (403) and nothing is written without a key (401). Everything is audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeApp } from './support/api.js';
import { publication } from './support/bureau-packs.js';

const CHENGDU = {
  id: 'cn-sichuan-chengdu',
  version: '1.0.0',
  extends: 'cn-sichuan',
  title: { zh: '成都市大型活动碳中和登记规定（示例）', en: 'Chengdu registration of large events (example)' },
  jurisdiction: { code: '510100', name: { zh: '成都市', en: 'Chengdu' } },
  documents: [{ number: '成环〔2026〕1号', title: { zh: '成都市大型活动碳中和登记规定', en: 'Chengdu registration rule' }, issuers: ['成都市生态环境局'], issued: '2026-11-01' }],
  inForce: { from: '2027-01-01' },
  facts: [{ name: 'attendees', type: 'integer', question: { zh: '参与人数是多少？', en: 'How many people take part?' } }],
  rules: [
    {
      id: 'duty.register-event',
      title: { zh: '1000人及以上活动须在举办前登记', en: 'Events of 1,000 or more register before they are held' },
      conditions: { any: [{ fact: 'attendees', operator: 'greaterThanInclusive', value: 1000 }, { all: [{ fact: 'scale', operator: 'in', value: ['international', 'national'] }, { fact: 'bidCommitsNeutrality', operator: 'equal', value: true }] }] },
      decides: { type: 'duty', duty: 'register-event', due: { anchor: 'event.start', direction: 'before' }, applies: 'always' },
      citation: { document: '成环〔2026〕1号', clause: '第三条', zh: '参与人数1000人及以上的大型活动，应在举办前登记', en: 'Events of 1,000 or more register before they are held (an example rule for the test).', basis: 'text' },
    },
  ],
};

const EVENT = { kind: 'performance', scale: 'local', attendees: 1500, startDate: '2027-01-10', endDate: '2027-01-10' };

describe('a Sichuan bureau publishes a Chengdu pack', () => {
  let api: Awaited<ReturnType<typeof makeApp>>;
  let key: string;
  beforeAll(async () => {
    api = await makeApp();
    key = await api.keyFor('510000');
  });

  it('validates it (a dry run that stores nothing)', async () => {
    const res = await api.call('POST', '/v1/packs/validate', CHENGDU, bearer(key));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ valid: true, issues: [] });
    expect(api.registry.packIds()).not.toContain('cn-sichuan-chengdu');
  });

  it('is refused without a key (401), and the refusal is audited', async () => {
    const res = await api.call('POST', '/v1/packs', CHENGDU);
    expect(res.status).toBe(401);
    const audit = await api.store.listAudit();
    expect(audit.some((a) => a.action === 'refuse' && a.outcome === '401' && a.packId === 'cn-sichuan-chengdu')).toBe(true);
  });

  it('drafts it with the Sichuan key', async () => {
    const res = await api.call('POST', '/v1/packs', CHENGDU, bearer(key));
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ id: 'cn-sichuan-chengdu', version: '1.0.0', status: 'draft' });
  });

  it('publishes it effective 2027-01-01', async () => {
    const res = await api.call('POST', '/v1/packs/cn-sichuan-chengdu/versions/1.0.0/publish', publication('2027-01-01'), bearer(key));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'published', effectiveFrom: '2027-01-01' });
    const again = await api.call('POST', '/v1/packs/cn-sichuan-chengdu/versions/1.0.0/publish', { effectiveFrom: '2027-02-01' }, bearer(key));
    expect(again.status).toBe(409);
  });

  it('answers the same event differently on 2026-12-31 and 2027-01-02', async () => {
    const before = await api.call('POST', '/v1/evaluate', { pack: 'cn-sichuan-chengdu', event: EVENT, asOf: '2026-12-31', lang: 'en' });
    expect(before.status, JSON.stringify(before.json)).toBe(200);
    expect(before.json.pack.id).toBe('cn-sichuan');
    expect(before.json.notice).toContain('2027-01-01');
    expect(before.json.duties.map((d: any) => d.duty)).not.toContain('register-event');

    const after = await api.call('POST', '/v1/evaluate', { pack: 'cn-sichuan-chengdu', event: EVENT, asOf: '2027-01-02', lang: 'en' });
    expect(after.status, JSON.stringify(after.json)).toBe(200);
    expect(after.json.pack.id).toBe('cn-sichuan-chengdu');
    const register = after.json.duties.find((d: any) => d.duty === 'register-event');
    expect(register).toMatchObject({ due: '2027-01-09', rule: 'duty.register-event' });
    expect(register.citation.document).toBe('成环〔2026〕1号');
    // Inherited rules still answer, with where they come from.
    expect(after.json.reasons.find((r: any) => r.rule === 'obligation.encouraged')?.origin).toBe('cn-sichuan');

    const stored = await api.call('GET', `/v1/decisions/${after.json.decisionId}`);
    expect(stored.json.pack.chain.map((l: any) => l.id)).toEqual(['cn-national', 'cn-sichuan', 'cn-sichuan-chengdu']);
  });

  it('refuses the same key on Chongqing (403), audited', async () => {
    const chongqing = { ...CHENGDU, id: 'cn-chongqing', version: '9.0.0', extends: undefined, jurisdiction: { code: '500000', name: { zh: '重庆市', en: 'Chongqing' } } };
    const res = await api.call('POST', '/v1/packs', chongqing, bearer(key));
    expect(res.status, JSON.stringify(res.json)).toBe(403);
    expect(res.json.error.code).toBe('forbidden');
    const publish = await api.call('POST', '/v1/packs/cn-chongqing/versions/1.1.0/publish', { effectiveFrom: '2027-01-01' }, bearer(key));
    expect(publish.status).toBe(403);
    const audit = await api.store.listAudit();
    expect(audit.filter((a) => a.action === 'refuse' && a.outcome === '403').length).toBeGreaterThanOrEqual(2);
    expect(audit.some((a) => a.action === 'draft' && a.packId === 'cn-sichuan-chengdu')).toBe(true);
    expect(audit.some((a) => a.action === 'publish' && a.packId === 'cn-sichuan-chengdu')).toBe(true);
  });
});
