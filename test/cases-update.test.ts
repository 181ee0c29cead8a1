// Updating a case's event judges it again under the pack versions it was opened with, even when a newer version is
// in effect by then, and answers with what changed: the facts given, the confirmation routes, the due dates.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeApp } from './support/api.js';
import { CASE_EVENTS, openWithToken } from './support/cases.js';

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp();
});

describe('an update of the event', () => {
  it('says what changed: the facts, the confirmation routes, a due date', async () => {
    const { id, auth } = await openWithToken(api.call, 'cn-shandong-jining', CASE_EVENTS['cn-shandong-jining']);
    const smaller = await api.call('PATCH', `/v1/cases/${id}`, { event: { attendees: 300 } }, auth);
    expect(smaller.status).toBe(200);
    const fields = smaller.json.changes.map((c: any) => c.field);
    expect(fields).toContain('event.attendees');
    expect(fields).toContain('modes');
    const modes = smaller.json.changes.find((c: any) => c.field === 'modes');
    expect(modes.before).toBe('委托第三方机构评价');
    expect(modes.after).toContain('自我承诺');
    expect(smaller.json.case.event.attendees).toBe(300);

    const later = await api.call('PUT', `/v1/cases/${id}/event`, { ...CASE_EVENTS['cn-shandong-jining'], attendees: 300, endDate: '2025-06-30' }, auth);
    expect(later.json.changes).toContainEqual(expect.objectContaining({ field: 'duties.complete-neutralization.due', before: '2025-12-11', after: '2025-12-30' }));
    expect(later.json.changes.every((c: any) => typeof c.text === 'string' && !c.text.includes('complete-neutralization'))).toBe(true);

    const same = await api.call('PATCH', `/v1/cases/${id}`, { particulars: { place: '济宁会展中心' } }, auth);
    expect(same.json.changes).toEqual([expect.objectContaining({ field: 'particulars.place', text: '案件信息“活动地点”', before: null, after: '济宁会展中心' })]);
  });

  it('is judged under the version the case was opened with, not the one published since', async () => {
    const { id, auth, view } = await openWithToken(api.call, 'cn-sichuan', CASE_EVENTS['cn-sichuan']);
    expect(view.pack.version).toBe('1.2.0');
    const key = bearer(await api.keyFor('510000'));
    const document = JSON.parse(readFileSync('policies/cn-sichuan/pack.json', 'utf8'));
    const drafted = await api.call('POST', '/v1/packs', { ...document, version: '1.9.0' }, key);
    expect(drafted.status).toBe(201);
    const published = await api.call('POST', '/v1/packs/cn-sichuan/versions/1.9.0/publish', { effectiveFrom: '2025-01-01', correctsHistory: true, reason: 'test: a newer version in effect on the event date' }, key);
    expect(published.status).toBe(200);
    await api.registry.refresh();
    expect((await openWithToken(api.call, 'cn-sichuan', CASE_EVENTS['cn-sichuan'])).view.pack.version).toBe('1.9.0');
    const updated = await api.call('PATCH', `/v1/cases/${id}`, { event: { attendees: 2500 } }, auth);
    expect(updated.json.case.pack).toMatchObject({ id: 'cn-sichuan', version: '1.2.0' });
    expect((await api.call('GET', `/v1/cases/${id}`, undefined, auth)).json.pack.version).toBe('1.2.0');
  });
});
