// A credit is never counted twice, whatever arrives at once: 50 requests retiring the same serial for 50 different
// cases, all in flight together, give exactly one 201 and 49 × 409 naming the case that holds it; the same with 50
// overlapping ranges, and with one new sink project claimed by 50 cases. On SQLite and on PostgreSQL (PGlite), the
// database's constraint decides (a trigger; an EXCLUDE constraint), and the ledger holds exactly one row.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { makeApp } from './support/api.js';
import { CASE_EVENTS, creditFor, openWithToken } from './support/cases.js';
import { DIALECTS, SLOW_MS } from './support/store.js';

const AT_ONCE = 50;
const URLS: Record<string, string> = { sqlite: ':memory:', postgres: 'pglite://memory' };

describe.each(DIALECTS)('%s: 50 claims at once', (_name, dialect) => {
  let api: Awaited<ReturnType<typeof makeApp>>;
  let cases: { id: string; auth: Record<string, string> }[];
  beforeAll(async () => {
    api = await makeApp(URLS[dialect.kind]);
    cases = [];
    for (let i = 0; i < AT_ONCE; i++) cases.push(await openWithToken(api.call, 'cn-sichuan', CASE_EVENTS['cn-sichuan']));
  }, SLOW_MS);
  afterAll(async () => {
    await api?.store.close();
  });

  /** Sends every body at once, each for its own case; the statuses, and who won. */
  async function race(bodies: Record<string, unknown>[]) {
    const answers = await Promise.all(bodies.map((body, i) => api.call('POST', `/v1/cases/${cases[i]?.id}/retirements`, body, cases[i]?.auth)));
    const won = answers.flatMap((a, i) => (a.status === 201 ? [cases[i]?.id] : []));
    return { answers, won };
  }

  async function heldBy(prefix: string) {
    const bundles = await Promise.all(cases.map((c) => api.store.getCase(c.id)));
    return bundles.flatMap((b) => b?.retirements.filter((r) => r.serial.text.includes(prefix)).map((r) => r.caseId) ?? []);
  }

  it('the same serial: exactly one succeeds, 49 get 409 naming the case that holds it', async () => {
    const credit = creditFor('cn-sichuan', 7, 1, '2025-06-01', 'SAME');
    const { answers, won } = await race(cases.map(() => credit));
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(AT_ONCE - 1).fill(409)]);
    expect(won).toHaveLength(1);
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.json.error.code).toBe('serial_taken');
      expect(refused.json.error.holder.caseId).toBe(won[0]);
      expect(refused.json.error.message).toContain(won[0]);
    }
    expect(await heldBy('SAME-')).toEqual(won);
  });

  it('overlapping ranges: exactly one succeeds, 49 get 409', async () => {
    // Range i runs from credit i+1 to credit i+50: every one holds credit 50, no two are equal.
    const { answers, won } = await race(cases.map((_, i) => creditFor('cn-sichuan', i + 1, 50, '2025-06-01', 'RANGE')));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).map((a) => a.json.error.holder.caseId)).toEqual(Array(AT_ONCE - 1).fill(won[0]));
    expect(await heldBy('RANGE-')).toEqual(won);
  });

  it('one new forestry sink project: used for one event, never for another', async () => {
    const sink = (i: number) => ({
      instrument: 'forestry-sink',
      newProject: true,
      projectId: '济宁新建碳汇林 一号',
      registry: '山东碳普惠平台',
      serialFirst: `SINK-${String(i).padStart(4, '0')}`,
      quantityTco2e: '1',
      retiredOn: '2025-06-01',
      proofReference: `sink-${i}`,
    });
    // Distinct serials: only the project is shared.
    const { answers, won } = await race(cases.map((_, i) => sink(i)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(AT_ONCE - 1);
    expect(refused.every((a) => a.json.error.code === 'project_taken' && a.json.error.holder.caseId === won[0])).toBe(true);
    // The project's own case may use it again, with other credits; the spelling of its name does not matter.
    const again = await api.call('POST', `/v1/cases/${won[0]}/retirements`, { ...sink(9999), projectId: '济宁新建碳汇林一号' }, cases.find((c) => c.id === won[0])?.auth);
    expect(again.status).toBe(201);
    expect(await heldBy('SINK-')).toEqual([won[0], won[0]]);
  });
});
