// The certificate's conditions, each the reason it is refused: a credit the pack bars (recorded, verdict
// ineligible, counted nowhere), a credit whose facts are missing, evidence of a mode the pack does not take for the
// event; and its life after issue: the PDF, public verification, revocation by the bureau (audited), and a revoked
// certificate that stays revoked.
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeApp } from './support/api.js';
import { CASE_EVENTS, COMMITMENT, creditFor, evidenceFor, openWithToken } from './support/cases.js';

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp();
});

/** A Chongqing case with its emissions, a counting credit for them, and the platform's certificate. */
async function chongqingReady(prefix: string) {
  const c = await openWithToken(api.call, 'cn-chongqing', CASE_EVENTS['cn-chongqing']);
  await api.call('POST', `/v1/cases/${c.id}/duties/make-plan`, { doneOn: '2025-06-01' }, c.auth);
  await api.call('POST', `/v1/cases/${c.id}/emissions`, { totalTco2e: '10', accountedBy: 'platform' }, c.auth);
  await api.call('POST', `/v1/cases/${c.id}/retirements`, creditFor('cn-chongqing', 1, 10, '2025-06-20', prefix), c.auth);
  await api.call('POST', `/v1/cases/${c.id}/confirmation`, evidenceFor('cn-chongqing', '2025-06-25'), c.auth);
  return c;
}

describe('what blocks a certificate', () => {
  it('a credit the pack bars is recorded with its verdict, and no certificate is issued while it stands', async () => {
    const c = await chongqingReady('BAR');
    const points = { ...creditFor('cn-chongqing', 1, 5, '2025-06-20', 'PTS'), instrument: 'carbon-points' };
    const retired = await api.call('POST', `/v1/cases/${c.id}/retirements`, points, c.auth);
    expect(retired.status).toBe(201);
    expect(retired.json.retirement).toMatchObject({ verdict: { code: 'ineligible' }, counted: false });
    expect(retired.json.retirement.reasons.map((r: any) => r.citation?.clause)).toContain('第三十四条');
    expect(retired.json.case.totals).toMatchObject({ retiredTco2e: '15', countedTco2e: '10' });
    const refused = await api.call('GET', `/v1/cases/${c.id}/certificate`, undefined, c.auth);
    expect(refused.status).toBe(409);
    expect(refused.json.error.blockers.map((b: any) => b.code)).toEqual([`notCounted:${retired.json.retirement.id}`]);
  });

  it('a credit whose facts the policy needs are missing is undetermined, and blocks it', async () => {
    const c = await openWithToken(api.call, 'cn-chongqing', CASE_EVENTS['cn-chongqing']);
    await api.call('POST', `/v1/cases/${c.id}/emissions`, { totalTco2e: '10', accountedBy: 'platform' }, c.auth);
    const { vintageStart: _a, vintageEnd: _b, ...vague } = creditFor('cn-chongqing', 1, 10, '2025-06-20', 'VAGUE');
    const retired = await api.call('POST', `/v1/cases/${c.id}/retirements`, vague, c.auth);
    expect(retired.json.retirement.verdict.code).toBe('undetermined');
    expect(retired.json.case.missing.find((m: any) => m.code === `retirement:${retired.json.retirement.id}`).text).toMatch(/减排量产生/);
    await api.call('POST', `/v1/cases/${c.id}/confirmation`, evidenceFor('cn-chongqing', '2025-06-25'), c.auth);
    const refused = await api.call('GET', `/v1/cases/${c.id}/certificate`, undefined, c.auth);
    // Until it is known to count, it does not: the offset falls short too.
    expect(refused.json.error.blockers.map((b: any) => b.code)).toEqual([`undetermined:${retired.json.retirement.id}`, 'shortfall']);
  });

  it('Jining at 200–499: a self-commitment with every item confirms; at 500+ only a third party does', async () => {
    const small = await openWithToken(api.call, 'cn-shandong-jining', { ...CASE_EVENTS['cn-shandong-jining'], attendees: 300 });
    expect(small.view.determination.modes.map((m: any) => m.code)).toContain('self-commitment');
    const committed = await api.call('POST', `/v1/cases/${small.id}/confirmation`, { mode: 'self-commitment', committedOn: '2025-06-25', signatory: '济宁市某局', items: COMMITMENT }, small.auth);
    expect(committed.status).toBe(200);
    expect(committed.json.confirmation.items.map((i: any) => i.label)).toEqual(['大型活动名称', '组织者名单', '活动规模', '举办时间', '温室气体核算边界和排放量', '碳中和的抵消方式及实现碳中和日期', '碳中和结果的确认方式']);
    const large = await openWithToken(api.call, 'cn-shandong-jining', CASE_EVENTS['cn-shandong-jining']);
    const refused = await api.call('POST', `/v1/cases/${large.id}/confirmation`, { mode: 'self-commitment', committedOn: '2025-06-25', signatory: '济宁市某局', items: COMMITMENT }, large.auth);
    expect(refused.status).toBe(422);
    expect(refused.json.error.issues[0].path).toBe('mode');
  });
});

describe('after issue', () => {
  it('the PDF is a PDF, in Chinese and in English', async () => {
    const c = await chongqingReady('PDF');
    for (const lang of ['zh', 'en']) {
      const res = await api.app.request(`/v1/cases/${c.id}/certificate?format=pdf&lang=${lang}`, { headers: c.auth });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('anyone verifies it; the bureau of its jurisdiction revokes it (audited), others may not; revoked stays revoked', async () => {
    const c = await chongqingReady('REV');
    const issued = await api.call('GET', `/v1/cases/${c.id}/certificate`, undefined, c.auth);
    const vid = issued.json.verificationId;
    expect((await api.call('GET', `/v1/certificates/${vid.toLowerCase()}`)).json.revoked).toBe(false);
    expect((await api.call('GET', '/v1/certificates/TZ-0000-0000-0000-0000')).status).toBe(404);
    const sichuan = bearer(await api.keyFor('510000'));
    const outside = await api.call('POST', `/v1/certificates/${vid}/revoke`, { reason: '核查发现重复' }, sichuan);
    expect(outside.status).toBe(403);
    expect((await api.call('POST', `/v1/certificates/${vid}/revoke`, { reason: 'x' }, c.auth)).status).toBe(403);
    const chongqing = bearer(await api.keyFor('500000'));
    expect((await api.call('POST', `/v1/certificates/${vid}/revoke`, { reason: '' }, chongqing)).status).toBe(422);
    const revoked = await api.call('POST', `/v1/certificates/${vid}/revoke`, { reason: '抵消量核查不实' }, chongqing);
    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({ revoked: true, revokedReason: '抵消量核查不实' });
    expect((await api.call('GET', `/v1/certificates/${vid}`)).json).toMatchObject({ revoked: true, revokedReason: '抵消量核查不实' });
    // Asking again does not issue another.
    const again = await api.call('GET', `/v1/cases/${c.id}/certificate`, undefined, c.auth);
    expect(again.json).toMatchObject({ verificationId: vid, revoked: true });
    const view = await api.call('GET', `/v1/cases/${c.id}`, undefined, c.auth);
    expect(view.json.certificate.state).toBe('revoked');
    expect(view.json.stage.code).toBe('confirmed');
    const audit = await api.store.listAudit(10);
    expect(audit.find((a) => a.action === 'certificate-revoke')).toMatchObject({ outcome: '200', detail: expect.objectContaining({ verificationId: vid }) });
    expect(audit.filter((a) => a.action === 'refuse' && (a.detail as any)?.verificationId === vid).map((a) => a.outcome)).toEqual(expect.arrayContaining(['403']));
  });
});
