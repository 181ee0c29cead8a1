// A case records the estimate before the event and the accounted figure after it, and shows both (issue 12). The
// estimate is made under the case's own pack versions: Sichuan's pack overrides the grid factor with the province's
// own (0.1404 kgCO2/kWh, 2022) and takes the rest from its factor set (cn-2023). Worked by hand:
//   preparation  2000 kWh electricity × 0.1404 kg/kWh ÷ 1000 = 0.2808 t
//   holding     10000 kWh electricity × 0.1404 kg/kWh ÷ 1000 = 1.404 t
//   holding       100 room-nights    × 53.5 kg/night ÷ 1000 = 5.35 t
//   holding       300 meals: no factor shipped, left out of the total
//   total 0.2808 + 1.404 + 5.35 = 7.0348 t
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseEstimateRecord, CaseRecord } from '../app/cases/case-store.js';
import { openStore } from '../adapters/storage/open-store.js';
import type { Store } from '../adapters/storage/store.js';
import { todayInChina } from '../engine/index.js';
import { makeApp } from './support/api.js';
import { CASE_EVENTS, creditFor, evidenceFor, openWithToken } from './support/cases.js';
import { SLOW_MS } from './support/store.js';

const ACTIVITY = {
  venue: { region: '510100' },
  phases: {
    preparation: { energy: [{ kind: 'electricity', amount: '2000', unit: 'kWh' }] },
    holding: {
      energy: [{ kind: 'electricity', amount: '10000', unit: 'kWh' }],
      accommodation: [{ amount: '100', unit: 'room-night' }],
      meals: [{ amount: '300', unit: 'meal' }],
    },
  },
};
/** One more event day: 5000 kWh more, 0.702 t more (5000 × 0.1404 ÷ 1000). */
const MORE = { ...ACTIVITY, phases: { ...ACTIVITY.phases, closing: { energy: [{ kind: 'electricity', amount: '5000', unit: 'kWh' }] } } };
const SICHUAN = CASE_EVENTS['cn-sichuan'];
const accounted = (totalTco2e: string) => ({ totalTco2e, accountedBy: 'independent-body', accountedByName: '四川省环科院', accountedOn: '2025-06-15' });

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp();
});
afterAll(async () => {
  await api?.store.close();
});

const view = async (id: string, auth: Record<string, string>, lang = 'zh') => (await api.call('GET', `/v1/cases/${id}?lang=${lang}`, undefined, auth)).json;

describe('the estimate before the event, the accounted figure after it', () => {
  it('records an estimate, then the accounted figure, and shows both with the exact difference', async () => {
    const { id, auth, view: opened } = await openWithToken(api.call, 'cn-sichuan', SICHUAN);
    expect(opened.estimate).toBeNull();
    expect(opened.emissionFigures).toBeNull();

    const before = await api.call('POST', `/v1/cases/${id}/estimate`, { activity: ACTIVITY }, auth);
    expect(before.status).toBe(200);
    expect(before.json.estimate).toMatchObject({
      kind: 'estimate',
      label: '预估排放量（估算值，非核算结果）',
      totalTco2e: '7.0348',
      factorSet: { code: 'cn-2023' },
      recordedOn: todayInChina(),
      byPhase: [
        { code: 'preparation', quantityTco2e: '0.2808' },
        { code: 'holding', quantityTco2e: '6.754' },
      ],
      bySource: [
        { code: 'electricity-heat', quantityTco2e: '1.6848' },
        { code: 'accommodation-catering', quantityTco2e: '5.35' },
      ],
      leftOut: [{ path: 'phases.holding.meals[0]', activity: { code: 'meal', text: '餐饮' } }],
      earlier: [],
    });
    expect(before.json.estimate.lines.map((l: any) => [l.path, l.tco2e])).toEqual([
      ['phases.preparation.energy[0]', '0.2808'],
      ['phases.holding.energy[0]', '1.404'],
      ['phases.holding.accommodation[0]', '5.35'],
    ]);
    // An estimate is not the accounted figure: the stage stays, the ledger has no emissions.
    expect(before.json.stage.code).toBe('planned');
    expect(before.json.emissions).toBeNull();
    expect(before.json.totals.emissionsTco2e).toBeNull();
    expect(before.json.emissionFigures).toEqual({
      estimated: { tco2e: '7.0348', label: '预估排放量（估算值，非核算结果）', recordedOn: todayInChina() },
      accounted: null,
      differenceTco2e: null,
      text: '目前只有预估排放量 7.0348 吨CO2e；活动结束后请提交经核算的排放量',
    });

    const after = await api.call('POST', `/v1/cases/${id}/emissions`, accounted('7.5'), auth);
    expect(after.json.emissions.totalTco2e).toBe('7.5');
    // 7.5 − 7.0348 = 0.4652, exactly.
    expect(after.json.emissionFigures).toMatchObject({
      estimated: { tco2e: '7.0348' },
      accounted: { tco2e: '7.5', label: '核算排放量', accountedBy: { code: 'independent-body' } },
      differenceTco2e: '0.4652',
      text: '核算排放量 7.5 吨CO2e，比预估排放量 7.0348 吨CO2e 多 0.4652 吨CO2e',
    });
    const en = await view(id, auth, 'en');
    expect(en.estimate.label).toBe('Estimated emissions (an estimate, not the accounted figure)');
    expect(en.emissionFigures.text).toBe('The accounted emissions, 7.5 tCO2e, are 0.4652 tCO2e more than the estimate of 7.0348 tCO2e');

    // Accounted below the estimate: a negative difference, said as "less".
    const lower = await api.call('POST', `/v1/cases/${id}/emissions`, accounted('6'), auth);
    expect(lower.json.emissionFigures.differenceTco2e).toBe('-1.0348');
    expect(lower.json.emissionFigures.text).toBe('核算排放量 6 吨CO2e，比预估排放量 7.0348 吨CO2e 少 1.0348 吨CO2e');
    const equal = await api.call('POST', `/v1/cases/${id}/emissions`, accounted('7.03480'), auth);
    expect(equal.json.emissionFigures).toMatchObject({ differenceTco2e: '0', text: '核算排放量 7.0348 吨CO2e，与预估排放量相同' });
  });

  it('recording again replaces the estimate and keeps the earlier one as history', async () => {
    const { id, auth } = await openWithToken(api.call, 'cn-sichuan', SICHUAN);
    await api.call('POST', `/v1/cases/${id}/estimate`, { activity: ACTIVITY }, auth);
    const again = await api.call('POST', `/v1/cases/${id}/estimate`, { activity: MORE }, auth);
    expect(again.status).toBe(200);
    // 7.0348 + 0.702 = 7.7368
    expect(again.json.estimate.totalTco2e).toBe('7.7368');
    expect(again.json.estimate.byPhase.find((p: any) => p.code === 'closing').quantityTco2e).toBe('0.702');
    expect(again.json.estimate.earlier).toEqual([expect.objectContaining({ totalTco2e: '7.0348', factorSet: expect.objectContaining({ code: 'cn-2023' }) })]);
    expect((await view(id, auth)).estimate.totalTco2e).toBe('7.7368');
    expect((await api.store.getCase(id))?.estimates.map((e) => e.totalTco2e)).toEqual(['7.0348', '7.7368']);
  });

  it('opening a case whose event carries activity data records their estimate at once; new activity data record a new one', async () => {
    const { id, auth, view: opened } = await openWithToken(api.call, 'cn-sichuan', { ...SICHUAN, activity: ACTIVITY });
    expect(opened.estimate).toMatchObject({ kind: 'estimate', totalTco2e: '7.0348', recordedOn: todayInChina() });
    expect((await view(id, auth)).estimate.totalTco2e).toBe('7.0348');
    // Changing something else keeps the estimate as it was; changing the activity data estimates them again.
    const renamed = await api.call('PATCH', `/v1/cases/${id}`, { event: { name: '全国青年运动会（改）' } }, auth);
    expect(renamed.json.case.estimate.earlier).toEqual([]);
    const more = await api.call('PATCH', `/v1/cases/${id}`, { event: { activity: MORE } }, auth);
    expect(more.status).toBe(200);
    expect(more.json.case.estimate).toMatchObject({ totalTco2e: '7.7368', earlier: [expect.objectContaining({ totalTco2e: '7.0348' })] });
    expect((await view(id, auth)).estimate.totalTco2e).toBe('7.7368');
  });

  it('bad activity data: 422 naming every field, as POST /v1/estimate says it, and nothing is recorded', async () => {
    const { id, auth } = await openWithToken(api.call, 'cn-sichuan', SICHUAN);
    await api.call('POST', `/v1/cases/${id}/estimate`, { activity: ACTIVITY }, auth);
    const bad = {
      phases: {
        holding: {
          energy: [{ kind: 'electricity', amount: '-5', unit: 'kWh' }],
          travel: [{ mode: 'boat', amount: '10', unit: 'passenger-km' }],
          fuels: [{ fuel: 'diesel', amount: '3', unit: 'barrel' }],
          originMix: [{ city: '999999', mode: 'rail', participants: 3 }],
        },
      },
    };
    const refused = await api.call('POST', `/v1/cases/${id}/estimate`, { activity: bad }, auth);
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('invalid_activity');
    const paths = refused.json.error.issues.map((i: any) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'activity.phases.holding.energy[0].amount',
        'activity.phases.holding.travel[0].mode',
        'activity.phases.holding.fuels[0].unit',
        'activity.phases.holding.originMix[0].city',
        'activity.venue.region',
      ]),
    );
    const estimateDoor = await api.call('POST', '/v1/estimate', { activity: bad, pack: 'cn-sichuan' });
    expect(estimateDoor.status).toBe(422);
    expect(refused.json.error).toEqual(estimateDoor.json.error);
    // Not an object at all: refused by the request's schema, naming the field.
    const notData = await api.call('POST', `/v1/cases/${id}/estimate`, { activity: 'lots' }, auth);
    expect(notData.status).toBe(422);
    expect(notData.json.error.issues.map((i: any) => i.path)).toContain('activity');
    expect((await api.store.getCase(id))?.estimates.map((e) => e.totalTco2e)).toEqual(['7.0348']);
    // Opening a case with bad activity data in its event: refused whole, each field named, no case kept.
    const opening = await api.call('POST', '/v1/cases', { pack: 'cn-sichuan', event: { ...SICHUAN, activity: bad } });
    expect(opening.status).toBe(422);
    expect(opening.json.error.issues.map((i: any) => i.path)).toEqual(expect.arrayContaining(['event.activity.phases.holding.energy[0].amount', 'event.activity.phases.holding.originMix[0].city']));
    // The same owner rule as every case write.
    expect((await api.call('POST', `/v1/cases/${id}/estimate`, { activity: ACTIVITY })).status).toBe(401);
    const other = await openWithToken(api.call, 'cn-sichuan', SICHUAN);
    expect((await api.call('POST', `/v1/cases/${id}/estimate`, { activity: ACTIVITY }, other.auth)).status).toBe(403);
    expect((await api.call('POST', '/v1/cases/no-such-case/estimate', { activity: ACTIVITY }, auth)).status).toBe(404);
  });

  it('an estimate alone never earns the certificate: the missing list and the blockers say so; the accounted figure does', async () => {
    const { id, auth } = await openWithToken(api.call, 'cn-sichuan', SICHUAN);
    await api.call('POST', `/v1/cases/${id}/estimate`, { activity: ACTIVITY }, auth);
    expect((await api.call('POST', `/v1/cases/${id}/retirements`, creditFor('cn-sichuan', 1, 8, '2025-06-20', 'EST'), auth)).status).toBe(201);
    expect((await api.call('POST', `/v1/cases/${id}/confirmation`, evidenceFor('cn-sichuan', '2025-06-25'), auth)).status).toBe(200);
    const standing = await view(id, auth);
    expect(standing.missing.find((m: any) => m.code === 'emissions').text).toBe('目前只有预估排放量 7.0348 吨CO2e（估算值）；出具证书须提交经核算的温室气体排放量');
    expect(standing.certificate.blockers).toEqual([
      { code: 'emissions', text: '只记录了预估排放量（7.0348 吨CO2e）；证书须以经核算的排放量为据，估算值不能取得证书' },
    ]);
    expect(standing.totals.emissionsTco2e).toBeNull();
    const refused = await api.call('GET', `/v1/cases/${id}/certificate`, undefined, auth);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('certificate_not_earned');
    expect(refused.json.error.blockers.map((b: any) => b.code)).toEqual(['emissions']);

    await api.call('POST', `/v1/cases/${id}/emissions`, accounted('7.5'), auth);
    const certificate = await api.call('GET', `/v1/cases/${id}/certificate`, undefined, auth);
    expect(certificate.status).toBe(200);
    // Judged on the accounted 7.5 t, not the estimate.
    expect(certificate.json).toMatchObject({ kind: 'full', emissionsTco2e: '7.5', countedTco2e: '8' });
    // A certified case's record is closed.
    const closed = await api.call('POST', `/v1/cases/${id}/estimate`, { activity: MORE }, auth);
    expect(closed.status).toBe(409);
    expect(closed.json.error.code).toBe('case_certified');
  });
});

describe('附表1 and the case page', () => {
  it('附表1 预估温室气体排放量 is the recorded estimate, and blank while there is none', async () => {
    const { id, auth } = await openWithToken(api.call, 'cn-sichuan', SICHUAN);
    const form = async () => (await api.call('GET', `/v1/cases/${id}/forms/sichuan-registration`, undefined, auth)).json;
    const blank = await form();
    expect(blank.fields.find((f: any) => f.key === 'estimatedEmissions')).toMatchObject({ value: null });
    expect(blank.blank).toContain(blank.fields.find((f: any) => f.key === 'estimatedEmissions').label);
    await api.call('POST', `/v1/cases/${id}/estimate`, { activity: ACTIVITY }, auth);
    const filled = await form();
    expect(filled.fields.find((f: any) => f.key === 'estimatedEmissions')).toMatchObject({ label: '预估温室气体排放量（吨CO2e）', value: '7.0348', text: '7.0348 吨CO2e' });
    const html = await api.call('GET', `/v1/cases/${id}/forms/sichuan-registration?format=html`, undefined, auth);
    expect(html.text).toContain('7.0348 吨CO2e');
  });

  it('the case page shows the estimate beside the accounted figure, the difference, and links to the estimate page', async () => {
    const { id, auth, token } = await openWithToken(api.call, 'cn-sichuan', SICHUAN);
    await api.call('POST', `/v1/cases/${id}/estimate`, { activity: ACTIVITY }, auth);
    await api.call('POST', `/v1/cases/${id}/emissions`, accounted('7.5'), auth);
    const page = await api.call('GET', `/cases/${id}?lang=zh`, undefined, { cookie: `tz_case=${token}` });
    expect(page.status).toBe(200);
    const section = page.text.slice(page.text.indexOf('id="estimate-h"'));
    expect(section).toContain('预估排放量（估算值，非核算结果）');
    expect(section).toContain('7.0348 吨CO2e');
    expect(section).toContain('核算排放量');
    expect(section).toContain('0.4652 吨CO2e');
    expect(section).toContain('href="/estimate?lang=zh&amp;pack=cn-sichuan"');
    const en = await api.call('GET', `/cases/${id}?lang=en`, undefined, { cookie: `tz_case=${token}` });
    expect(en.text).toContain('Estimated emissions (an estimate, not the accounted figure)');
    expect(en.text).toContain('href="/estimate?lang=en&amp;pack=cn-sichuan"');
  });
});

describe('storage round trip on PostgreSQL (PGlite)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore('pglite://memory');
  }, SLOW_MS);
  afterAll(async () => {
    await store?.close();
  });

  const record: CaseRecord = {
    id: 'case-estimate-pg',
    packAsked: 'cn-sichuan',
    packId: 'cn-sichuan',
    packVersion: '1.2.0',
    chain: [],
    jurisdictionCode: '510000',
    startDate: '2025-05-10',
    endDate: '2025-05-12',
    lang: 'zh',
    event: { activity: ACTIVITY },
    readings: null,
    particulars: {},
    outcome: { obligation: 'encouraged', duties: [], modes: [], rules: [], partialAllowed: true },
    decisionId: null,
    tokenHash: 'h'.repeat(64),
    ownerKeyId: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    revision: 1,
  };
  const estimate = (id: string, total: string, recordedOn: string): CaseEstimateRecord => ({
    id,
    caseId: record.id,
    totalTco2e: total,
    factorSet: 'cn-2023',
    byPhase: { preparation: '0.2808', holding: '6.754', closing: '0' },
    bySource: { 'fossil-fuel': '0', 'electricity-heat': '1.6848', travel: '0', 'accommodation-catering': '5.35', materials: '0', waste: '0' },
    lines: [{ path: 'phases.holding.energy[0]', phase: 'holding', source: 'electricity-heat', activity: 'electricity', tco2e: '1.404' }],
    leftOut: [{ path: 'phases.holding.meals[0]', phase: 'holding', source: 'accommodation-catering', activity: 'meal' }],
    usesForeignFactors: true,
    recordedOn,
    recordedAt: `${recordedOn}T01:00:00.000Z`,
  });

  it('keeps each estimate exactly, in the order recorded, with the case, an update and a write of its own', async () => {
    const first = estimate('e1', '7.0348', '2025-01-01');
    await store.insertCase(record, first);
    expect((await store.getCase(record.id))?.estimates).toEqual([first]);
    const second = estimate('e2', '7.7368', '2025-02-01');
    expect(await store.addEstimate(second)).toBe(true);
    const third = estimate('e3', '0.000000001', '2025-03-01');
    expect(await store.updateCase({ ...record, revision: 2 }, 1, third)).toBe(true);
    // An update that lost its race writes nothing, not even the estimate.
    expect(await store.updateCase({ ...record, revision: 3 }, 1, estimate('e4', '1', '2025-04-01'))).toBe(false);
    expect(await store.addEstimate({ ...second, id: 'e5', caseId: 'no-such-case' })).toBe(false);
    const bundle = await store.getCase(record.id);
    expect(bundle?.estimates).toEqual([first, second, third]);
    expect(bundle?.record.revision).toBe(2);
  });
});
