// The organizer's journey, end to end over HTTP, for every shipped pack: a case opened from the pack's own answer,
// carried through its duties (plan, registration, accounting, retirement, confirmation) to the certificate; and
// one that misses its deadline, whose duty turns overdue, is listed for the bureau, and whose certificate (where
// the pack sets a completion date) says how many days late it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeApp } from './support/api.js';
import { CASE_EVENTS, type CasePack, creditFor, dutyStates, evidenceFor, openWithToken } from './support/cases.js';

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp();
});

const emissions = { accountedBy: 'platform', lines: [{ phase: 'preparation', source: '外购电力', quantityTco2e: '30.25' }, { phase: 'holding', source: '交通', quantityTco2e: '70.25' }] };

/** The acts before the credits: the plan (or registration) each pack asks for, done before the event starts. */
async function beforeEvent(pack: CasePack, id: string, auth: Record<string, string>) {
  const plan = pack === 'cn-shandong-jining' ? 'publish-plan' : 'make-plan';
  expect((await api.call('POST', `/v1/cases/${id}/duties/${plan}`, { doneOn: '2025-05-01', reference: 'plan-1' }, auth)).status).toBe(200);
  if (pack === 'cn-sichuan') expect((await api.call('POST', `/v1/cases/${id}/registration`, { filedOn: '2025-05-02', authority: '成都市生态环境局' }, auth)).status).toBe(200);
}

describe.each(Object.keys(CASE_EVENTS) as CasePack[])('%s: the journey', (pack) => {
  it('carries one case from opening to its certificate', async () => {
    const { id, auth, view } = await openWithToken(api.call, pack, CASE_EVENTS[pack], { particulars: { place: '会展中心', neutralizationType: 'organizer-central' } });
    expect(view.stage.code).toBe('planned');
    expect(view.pack.id).toBe(pack);
    expect(view.determination.decisionId).toMatch(/^[0-9a-f-]{36}$/);
    await beforeEvent(pack, id, auth);
    const accounted = await api.call('POST', `/v1/cases/${id}/emissions`, emissions, auth);
    expect(accounted.json.stage.code).toBe('accounted');
    expect(accounted.json.emissions.totalTco2e).toBe('100.5');
    // 101 credits for 100.5 t: the exact sum covers it.
    const retired = await api.call('POST', `/v1/cases/${id}/retirements`, creditFor(pack, 1, 101, '2025-06-20'), auth);
    expect(retired.status).toBe(201);
    expect(retired.json.retirement).toMatchObject({ verdict: { code: 'eligible' }, counted: true, serial: { count: '101' } });
    expect(retired.json.case.stage.code).toBe('offset');
    expect(retired.json.case.totals).toMatchObject({ countedTco2e: '101', emissionsTco2e: '100.5', shortfallTco2e: '0', sharePercent: '100.00' });
    const notYet = await api.call('GET', `/v1/cases/${id}/certificate`, undefined, auth);
    expect(notYet.status).toBe(409);
    expect(notYet.json.error.blockers.map((b: any) => b.code)).toEqual(['confirmation']);
    const confirmed = await api.call('POST', `/v1/cases/${id}/confirmation`, evidenceFor(pack, '2025-06-25'), auth);
    expect(confirmed.json.stage.code).toBe('confirmed');

    const certificate = await api.call('GET', `/v1/cases/${id}/certificate`, undefined, auth);
    expect(certificate.status).toBe(200);
    expect(certificate.json).toMatchObject({ kind: 'full', revoked: false, emissionsTco2e: '100.5', countedTco2e: '101', pack: { id: pack } });
    expect(certificate.json.completion.daysLate).toBe(0);
    expect(certificate.json.verificationId).toMatch(/^TZ-[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // Asked again: the same certificate, not a second one.
    expect((await api.call('GET', `/v1/cases/${id}/certificate`, undefined, auth)).json.verificationId).toBe(certificate.json.verificationId);
    const verified = await api.call('GET', `/v1/certificates/${certificate.json.verificationId}`);
    expect(verified.status).toBe(200);
    expect(verified.json).toMatchObject({ verificationId: certificate.json.verificationId, revoked: false, pack: { id: pack, version: view.pack.version } });

    const done = await api.call('GET', `/v1/cases/${id}?asOf=2025-12-31`, undefined, auth);
    expect(done.json.stage.code).toBe('certified');
    expect(Object.values(dutyStates(done.json)).filter((s) => s !== 'done')).toEqual(pack === 'cn-sichuan' ? ['open'] : []);
  });

  it('one that misses its deadline is overdue, listed for the bureau, and its certificate says how late', async () => {
    const { id, auth, view } = await openWithToken(api.call, pack, CASE_EVENTS[pack]);
    const bureau = bearer(await api.keyFor(view.jurisdiction.code));
    // The duty each pack dates and this organizer misses.
    const missed = { 'cn-chongqing': 'complete-neutralization', 'cn-shandong-jining': 'complete-neutralization', 'cn-sichuan': 'register-event', 'cn-national': 'make-plan' }[pack];
    const duty = view.duties.find((d: any) => d.duty === missed);
    expect(duty.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dayAfter = new Date(Date.parse(`${duty.due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const onTime = await api.call('GET', `/v1/cases/${id}?asOf=${duty.due}`, undefined, auth);
    expect(dutyStates(onTime.json)[missed]).toBe('open');
    const late = await api.call('GET', `/v1/cases/${id}?asOf=${dayAfter}`, undefined, auth);
    expect(dutyStates(late.json)[missed]).toBe('overdue');
    expect(late.json.duties.find((d: any) => d.duty === missed).daysLate).toBe(1);
    expect(late.json.missing.map((m: any) => m.code)).toContain(`overdue:${missed}`);
    const listed = await api.call('GET', `/v1/reports/cases?jurisdiction=${view.jurisdiction.code}&asOf=${dayAfter}`, undefined, bureau);
    const row = listed.json.rows.find((r: any) => r.caseId === id);
    expect(row.overdue.map((o: any) => o.duty)).toContain(missed);

    // Then done, 10 days after the due date.
    const tenDaysLate = new Date(Date.parse(`${duty.due}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    if (missed === 'register-event') await api.call('POST', `/v1/cases/${id}/registration`, { filedOn: tenDaysLate }, auth);
    if (missed === 'make-plan') await api.call('POST', `/v1/cases/${id}/duties/make-plan`, { doneOn: tenDaysLate }, auth);
    if (pack === 'cn-chongqing') await api.call('POST', `/v1/cases/${id}/duties/make-plan`, { doneOn: '2025-06-01' }, auth);
    if (pack === 'cn-shandong-jining') await api.call('POST', `/v1/cases/${id}/duties/publish-plan`, { doneOn: '2025-06-01' }, auth);
    await api.call('POST', `/v1/cases/${id}/emissions`, { totalTco2e: '50', accountedBy: 'self' }, auth);
    const retiredOn = missed === 'complete-neutralization' ? tenDaysLate : '2025-06-20';
    expect((await api.call('POST', `/v1/cases/${id}/retirements`, creditFor(pack, 1, 50, retiredOn, 'LATE'), auth)).status).toBe(201);
    await api.call('POST', `/v1/cases/${id}/confirmation`, evidenceFor(pack, '2025-06-25'), auth);
    const after = await api.call('GET', `/v1/cases/${id}?asOf=2026-09-30`, undefined, auth);
    const met = after.json.duties.find((d: any) => d.duty === missed);
    expect(met).toMatchObject({ state: 'done', daysLate: 10 });

    const certificate = await api.call('GET', `/v1/cases/${id}/certificate`, undefined, auth);
    expect(certificate.status).toBe(200);
    if (missed === 'complete-neutralization') {
      expect(certificate.json.completion).toMatchObject({ due: duty.due, metOn: tenDaysLate, daysLate: 10 });
      expect(certificate.json.completion.text).toContain('10');
    } else {
      expect(certificate.json.completion.daysLate).toBe(0);
    }
  });
});

describe('a partial offset where the pack allows it', () => {
  it('Sichuan: a "partial" certificate with the share and no claim of neutrality', async () => {
    const { id, auth } = await openWithToken(api.call, 'cn-sichuan', CASE_EVENTS['cn-sichuan']);
    await api.call('POST', `/v1/cases/${id}/registration`, { filedOn: '2025-05-01' }, auth);
    await api.call('POST', `/v1/cases/${id}/emissions`, { totalTco2e: '200', accountedBy: 'self' }, auth);
    await api.call('POST', `/v1/cases/${id}/retirements`, creditFor('cn-sichuan', 1, 61, '2025-06-01', 'PART'), auth);
    await api.call('POST', `/v1/cases/${id}/confirmation`, evidenceFor('cn-sichuan', '2025-06-02'), auth);
    const certificate = await api.call('GET', `/v1/cases/${id}/certificate?lang=en`, undefined, auth);
    expect(certificate.status).toBe(200);
    expect(certificate.json).toMatchObject({ kind: 'partial', sharePercent: '30.50', countedTco2e: '61', emissionsTco2e: '200' });
    expect(certificate.json.statement).toContain('not a claim of neutrality');
    expect(certificate.json.statement).not.toMatch(/is carbon neutral/);
  });

  it('Chongqing: the same shortfall earns no certificate (offsets must at least equal the emissions)', async () => {
    const { id, auth } = await openWithToken(api.call, 'cn-chongqing', CASE_EVENTS['cn-chongqing']);
    await api.call('POST', `/v1/cases/${id}/emissions`, { totalTco2e: '200', accountedBy: 'platform' }, auth);
    await api.call('POST', `/v1/cases/${id}/retirements`, creditFor('cn-chongqing', 1, 199, '2025-06-20', 'SHORT'), auth);
    await api.call('POST', `/v1/cases/${id}/confirmation`, evidenceFor('cn-chongqing', '2025-06-25'), auth);
    const refused = await api.call('GET', `/v1/cases/${id}/certificate`, undefined, auth);
    expect(refused.status).toBe(409);
    expect(refused.json.error.blockers.map((b: any) => b.code)).toEqual(['shortfall']);
    expect(refused.json.error.blockers[0].text).toContain('1 吨CO2e');
  });
});
