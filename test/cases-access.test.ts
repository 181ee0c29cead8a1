// Who may see and change a case, and bad input: the case token (returned once, kept hashed) or the key that opened
// it holds the case; a bureau's key reads the cases of its jurisdiction and of the divisions inside it, and changes
// none; anything else is 401 or 403; an unknown case 404; a bad field 422 naming it; and never a 500.
import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashCaseToken } from '../app/cases/case-access.js';
import { revokeApiKey } from '../adapters/storage/api-keys.js';
import { bearer, isErrorShape, makeApp } from './support/api.js';
import { CASE_EVENTS, creditFor, openWithToken } from './support/cases.js';

let api: Awaited<ReturnType<typeof makeApp>>;
let chengdu: { id: string; auth: Record<string, string>; token: string };
beforeAll(async () => {
  api = await makeApp();
  chengdu = await openWithToken(api.call, 'cn-sichuan', CASE_EVENTS['cn-sichuan'], { particulars: { placeRegion: '510100', place: '成都' } });
});

describe('who holds a case', () => {
  it('the token is returned once and kept only as its hash', async () => {
    const bundle = await api.store.getCase(chengdu.id);
    expect(bundle?.record.tokenHash).toBe(hashCaseToken(chengdu.token));
    expect(JSON.stringify(bundle?.record)).not.toContain(chengdu.token);
    const read = await api.call('GET', `/v1/cases/${chengdu.id}`, undefined, chengdu.auth);
    expect(read.status).toBe(200);
    expect(read.text).not.toContain(chengdu.token);
  });

  it('no credential is 401, another case token 403, an unknown case 404', async () => {
    const other = await openWithToken(api.call, 'cn-national', CASE_EVENTS['cn-national']);
    expect((await api.call('GET', `/v1/cases/${chengdu.id}`)).status).toBe(401);
    const wrong = await api.call('GET', `/v1/cases/${chengdu.id}`, undefined, other.auth);
    expect(wrong.status).toBe(403);
    expect(isErrorShape(wrong.json)).toBe(true);
    expect((await api.call('POST', `/v1/cases/${chengdu.id}/emissions`, { totalTco2e: '1', accountedBy: 'self' }, other.auth)).status).toBe(403);
    expect((await api.call('GET', '/v1/cases/no-such-case', undefined, chengdu.auth)).status).toBe(404);
    expect((await api.call('GET', `/v1/cases/${chengdu.id}`, undefined, bearer('tzc_forged'))).status).toBe(403);
  });

  it("a bureau reads its jurisdiction's cases, a child division's too, and changes none", async () => {
    const sichuan = bearer(await api.keyFor('510000'));
    const chengduBureau = bearer(await api.keyFor('510100'));
    const mianyang = bearer(await api.keyFor('510700'));
    expect((await api.call('GET', `/v1/cases/${chengdu.id}`, undefined, sichuan)).status).toBe(200);
    expect((await api.call('GET', `/v1/cases/${chengdu.id}`, undefined, chengduBureau)).status).toBe(200);
    expect((await api.call('GET', `/v1/cases/${chengdu.id}`, undefined, mianyang)).status).toBe(403);
    expect((await api.call('POST', `/v1/cases/${chengdu.id}/registration`, { filedOn: '2025-05-01' }, sichuan)).status).toBe(403);
    expect((await api.call('PATCH', `/v1/cases/${chengdu.id}`, { event: { attendees: 10 } }, sichuan)).status).toBe(403);
  });

  it('a case opened with a key belongs to that key: no token is returned', async () => {
    const key = await api.keyFor('500000');
    const opened = await api.call('POST', '/v1/cases', { pack: 'cn-chongqing', event: CASE_EVENTS['cn-chongqing'] }, bearer(key));
    expect(opened.status).toBe(201);
    expect(opened.json.token).toBeUndefined();
    const id = opened.json.case.id;
    expect((await api.call('POST', `/v1/cases/${id}/emissions`, { totalTco2e: '10', accountedBy: 'platform' }, bearer(key))).status).toBe(200);
    const record = await api.store.listKeys();
    const keyId = record.find((k) => k.jurisdictionCode === '500000')?.id as string;
    await revokeApiKey(api.store, keyId, {});
    expect((await api.call('GET', `/v1/cases/${id}`, undefined, bearer(key))).status).toBe(401);
  });
});

describe('bad input: 422 naming the field, nothing recorded', () => {
  const retire = (body: Record<string, unknown>) => api.call('POST', `/v1/cases/${chengdu.id}/retirements`, body, chengdu.auth);
  const paths = (res: { json: any }) => res.json.error.issues.map((i: any) => i.path);

  it('a retirement', async () => {
    const good = creditFor('cn-sichuan', 900, 10, '2025-06-01', 'BAD');
    const { serialFirst: _s, ...noSerial } = good;
    expect(paths(await retire(noSerial))).toContain('serialFirst');
    expect(paths(await retire({ ...good, serialLast: 'OTHER-000909' }))).toEqual(['serialLast']);
    expect(paths(await retire({ ...good, serialFirst: 'BAD-cn-sichuan-000950' }))).toEqual(['serialLast']);
    expect(paths(await retire({ ...good, serialFirst: 'no-number-at-the-end-x', serialLast: undefined }))).toEqual(['serialFirst']);
    expect(paths(await retire({ ...good, quantityTco2e: '0' }))).toEqual(['quantityTco2e']);
    expect(paths(await retire({ ...good, retiredOn: '2025-02-30' }))).toEqual(['retiredOn']);
    expect(paths(await retire({ ...good, retiredOn: '2999-01-01' }))).toEqual(['retiredOn']);
    expect(paths(await retire({ ...good, vintageStart: '2024-01-01', vintageEnd: '2023-01-01' }))).toEqual(['vintageEnd']);
    expect(paths(await retire({ ...good, instrument: 'forestry-sink', newProject: true }))).toEqual(['projectId']);
    expect(paths(await retire({ ...good, registry: 'a\u0000b' }))).toEqual(['registry']);
    const bundle = await api.store.getCase(chengdu.id);
    expect(bundle?.retirements).toEqual([]);
  });

  it('evidence that is not the pack’s mode, a commitment missing items, emissions that do not add up', async () => {
    const cq = await openWithToken(api.call, 'cn-chongqing', CASE_EVENTS['cn-chongqing']);
    const wrongMode = await api.call('POST', `/v1/cases/${cq.id}/confirmation`, { mode: 'self-commitment', committedOn: '2025-06-01', signatory: 'x', items: {} }, cq.auth);
    expect(paths(wrongMode)[0]).toBe('mode');
    const missing = await api.call('POST', `/v1/cases/${chengdu.id}/confirmation`, { mode: 'self-commitment', committedOn: '2025-06-01', signatory: '四川省体育局', items: { 'event-name': '全国青年运动会' } }, chengdu.auth);
    expect(paths(missing)).toEqual(['items.organizers', 'items.scale', 'items.dates', 'items.boundary-and-emissions', 'items.offset-method-and-date', 'items.confirmation-method']);
    const sums = await api.call('POST', `/v1/cases/${chengdu.id}/emissions`, { totalTco2e: '10', accountedBy: 'self', lines: [{ quantityTco2e: '4' }, { quantityTco2e: '5' }] }, chengdu.auth);
    expect(paths(sums)).toEqual(['totalTco2e']);
    const body = await api.call('POST', `/v1/cases/${chengdu.id}/emissions`, { totalTco2e: '10', accountedBy: 'independent-body' }, chengdu.auth);
    expect(paths(body)).toEqual(['accountedByName']);
    expect((await api.store.getCase(chengdu.id))?.emissions).toBeNull();
  });

  it('an event, a place and a duty', async () => {
    expect(paths(await api.call('PATCH', `/v1/cases/${chengdu.id}`, { event: { attendees: -1 } }, chengdu.auth))).toEqual(['eventPatch.attendees']);
    expect(paths(await api.call('PATCH', `/v1/cases/${chengdu.id}`, { particulars: { placeRegion: '500101' } }, chengdu.auth))).toEqual(['particulars.placeRegion']);
    expect(paths(await api.call('POST', '/v1/cases', { pack: 'cn-sichuan', event: { attendees: 'many' } }))).toEqual(['event.attendees']);
    expect((await api.call('POST', '/v1/cases', { pack: 'no-such-pack', event: {} })).status).toBe(404);
    expect(paths(await api.call('POST', `/v1/cases/${chengdu.id}/duties/forestry-neutralization`, { doneOn: '2025-06-01' }, chengdu.auth))).toEqual(['duty']);
    const offsetDuty = await api.call('POST', `/v1/cases/${chengdu.id}/duties/complete-neutralization`, { doneOn: '2025-06-01' }, chengdu.auth);
    expect(offsetDuty.status).toBe(409);
    expect(offsetDuty.json.error.code).toBe('not_markable');
  });
});

describe('other ways to say the same', () => {
  it('one serial as `serial`; a form marked filed files the registration', async () => {
    const c = await openWithToken(api.call, 'cn-sichuan', CASE_EVENTS['cn-sichuan']);
    const { serialFirst, serialLast: _l, ...rest } = creditFor('cn-sichuan', 7000, 1, '2025-06-01', 'ONE');
    const one = await api.call('POST', `/v1/cases/${c.id}/retirements`, { ...rest, serial: serialFirst }, c.auth);
    expect(one.status).toBe(201);
    expect(one.json.retirement.serial).toMatchObject({ text: serialFirst, count: '1' });
    const both = await api.call('POST', `/v1/cases/${c.id}/retirements`, { ...rest, serial: 'X-1', serialFirst: 'X-1' }, c.auth);
    expect(both.json.error.issues.map((i: any) => i.path)).toEqual(['serial']);
    const filed = await api.call('POST', `/v1/cases/${c.id}/forms/sichuan-registration/filed`, { filedOn: '2025-05-01' }, c.auth);
    expect(filed.status).toBe(200);
    expect(filed.json.registration.filedOn).toBe('2025-05-01');
    expect(filed.json.duties.find((d: any) => d.duty === 'register-event').state).toBe('done');
  });
});

describe('never a 500', () => {
  const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null), fc.boolean(), fc.constantFrom('2025-06-01', 'CCER-1', '1.5', '0', 'CQCER', 'forestry-sink', '-1'));
  const field = fc.constantFrom('instrument', 'registry', 'serialFirst', 'serialLast', 'quantityTco2e', 'retiredOn', 'projectRegion', 'vintageStart', 'vintageEnd', 'newProject', 'projectId', 'proofReference', 'extra');
  test.prop([fc.dictionary(field, value, { maxKeys: 8 })], { numRuns: 60 })('a retirement of any shape is 201, 409 or 422', async (body) => {
    const res = await api.call('POST', `/v1/cases/${chengdu.id}/retirements`, { ...creditFor('cn-sichuan', 5000, 1, '2025-06-01', 'FUZZ'), ...body }, chengdu.auth);
    expect([201, 409, 422]).toContain(res.status);
    expect(res.status === 201 || isErrorShape(res.json)).toBe(true);
  });
});
