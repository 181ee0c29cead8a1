// Issue 10, hole 6: a publication cannot reach back. `effectiveFrom` lies within the pack's own period (inForce),
// and is not before today (China time) unless the request says it corrects history, with a reason; such a
// publication is audited as one.
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../engine/index.js';
import { bearer, makeApp } from './support/api.js';
import { cityPack, dayFromToday, NEXT_YEAR } from './support/bureau-packs.js';

let api: Awaited<ReturnType<typeof makeApp>>;
let key: string;
beforeAll(async () => {
  api = await makeApp();
  key = await api.keyFor('510000');
});

async function drafted(id: string, inForce: { from: string; until?: string }) {
  const res = await api.call('POST', '/v1/packs', cityPack(id, '510700', 'cn-sichuan', { inForce }), bearer(key));
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return (body: unknown) => api.call('POST', `/v1/packs/${id}/versions/1.0.0/publish`, body, bearer(key));
}

describe('effectiveFrom lies within the pack’s period', () => {
  it('2000-01-01 for a pack in force from next year is refused (422), even as a correction of history', async () => {
    const publish = await drafted('cn-sichuan-mianyang', { from: NEXT_YEAR });
    const res = await publish({ effectiveFrom: '2000-01-01' });
    expect(res.status, JSON.stringify(res.json)).toBe(422);
    expect(res.json.error.message).toContain(NEXT_YEAR);
    expect(res.json.error.issues[0]).toMatchObject({ path: 'effectiveFrom' });
    const correcting = await publish({ effectiveFrom: '2000-01-01', correctsHistory: true, reason: 'an old text' });
    expect(correcting.status).toBe(422);
    expect((await api.store.getVersion('cn-sichuan-mianyang', '1.0.0'))?.status).toBe('draft');
    const [row] = await api.store.listAudit(1);
    expect(row).toMatchObject({ action: 'refuse', outcome: '422', packId: 'cn-sichuan-mianyang' });
  });

  it('a date after the pack’s period ends is refused (422)', async () => {
    const publish = await drafted('cn-sichuan-mianyang-a', { from: NEXT_YEAR, until: `${NEXT_YEAR.slice(0, 4)}-12-31` });
    const res = await publish({ effectiveFrom: `${Number(NEXT_YEAR.slice(0, 4)) + 1}-01-01` });
    expect(res.status).toBe(422);
    expect((await publish({ effectiveFrom: NEXT_YEAR })).status).toBe(200);
  });
});

describe('effectiveFrom is not before today unless the request corrects history', () => {
  it('a date in the past is refused, saying how to correct history', async () => {
    const publish = await drafted('cn-sichuan-mianyang-b', { from: '2024-01-01' });
    const res = await publish({ effectiveFrom: '2024-01-01' });
    expect(res.status, JSON.stringify(res.json)).toBe(422);
    expect(res.json.error.message).toContain(todayInChina());
    expect(JSON.stringify(res.json.error)).toMatch(/correctsHistory/);
    const noReason = await publish({ effectiveFrom: '2024-01-01', correctsHistory: true });
    expect(noReason.status).toBe(422);
    expect(JSON.stringify(noReason.json.error)).toMatch(/reason/);
  });

  it('with correctsHistory and a reason it is published, and audited as a correction of history', async () => {
    const publish = await drafted('cn-sichuan-mianyang-c', { from: '2024-01-01' });
    const reason = '川环发〔2024〕3号 applied from 2024-01-01; the earlier version misread it';
    const res = await publish({ effectiveFrom: '2024-01-01', correctsHistory: true, reason });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toMatchObject({ status: 'published', effectiveFrom: '2024-01-01' });
    const [row] = await api.store.listAudit(1);
    expect(row).toMatchObject({ action: 'publish', packId: 'cn-sichuan-mianyang-c', detail: { effectiveFrom: '2024-01-01', correctsHistory: true, reason, today: todayInChina() } });
  });

  it('today itself needs no correction', async () => {
    const publish = await drafted('cn-sichuan-mianyang-d', { from: dayFromToday(-30) });
    const res = await publish({ effectiveFrom: todayInChina() });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const [row] = await api.store.listAudit(1);
    expect(row?.detail).not.toHaveProperty('correctsHistory');
  });
});
