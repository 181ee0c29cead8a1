// The bureau's list (Sichuan 附表2's columns, and the same for every pack) over HTTP and from the CLI: a bureau
// lists its own jurisdiction and the divisions inside it, never another's; the dates filter by start; the CSV goes
// through the one CSV writer, so an organizer's text that a spreadsheet would run stays text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeApp } from './support/api.js';
import { CASE_EVENTS, creditFor, openWithToken } from './support/cases.js';
import { runCliInProcess } from './support/cli.js';
import { parseCsv } from './support/rfc4180.js';

let dir: string;
let api: Awaited<ReturnType<typeof makeApp>>;
let sichuanKey: Record<string, string>;
let chengduCase: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tanzhong-case-list-'));
  api = await makeApp(join(dir, 'tanzhong.db'));
  sichuanKey = bearer(await api.keyFor('510000'));
  const chengdu = await openWithToken(api.call, 'cn-sichuan', { ...CASE_EVENTS['cn-sichuan'], name: '=HYPERLINK("http://x","点击")' }, {
    particulars: { place: '成都东安湖体育公园', placeRegion: '510100', neutralizationType: 'organizer-central' },
  });
  chengduCase = chengdu.id;
  await api.call('POST', `/v1/cases/${chengdu.id}/registration`, { filedOn: '2025-05-01' }, chengdu.auth);
  await api.call('POST', `/v1/cases/${chengdu.id}/emissions`, { totalTco2e: '80', accountedBy: 'self' }, chengdu.auth);
  await api.call('POST', `/v1/cases/${chengdu.id}/retirements`, creditFor('cn-sichuan', 1, 80, '2025-06-03', 'LIST'), chengdu.auth);
  await openWithToken(api.call, 'cn-sichuan', { ...CASE_EVENTS['cn-sichuan'], name: '绵阳科技展', startDate: '2025-09-01', endDate: '2025-09-02' }, { particulars: { placeRegion: '510700' } });
  await openWithToken(api.call, 'cn-chongqing', CASE_EVENTS['cn-chongqing']);
});
afterAll(async () => {
  await api.store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /v1/reports/cases', () => {
  it("lists a jurisdiction's cases with 附表2's columns and the duties overdue", async () => {
    const res = await api.call('GET', '/v1/reports/cases?jurisdiction=510000&asOf=2025-10-01', undefined, sichuanKey);
    expect(res.status).toBe(200);
    expect(res.json.rows.map((r: any) => r.name)).toEqual(['=HYPERLINK("http://x","点击")', '绵阳科技展']);
    expect(res.json.rows[0]).toMatchObject({
      organizer: '四川省体育局',
      dates: '2025-05-10 至 2025-05-12',
      place: '成都东安湖体育公园',
      neutralizationType: { code: 'organizer-central', text: '组织者集中碳中和' },
      offsetMethod: [{ code: 'CCER' }],
      offsetDate: '2025-06-03',
      quantityTco2e: '80',
    });
    // The plan was never marked made: overdue since the day before the start.
    expect(res.json.rows[0].overdue).toEqual([expect.objectContaining({ duty: 'make-plan', due: '2025-05-09', daysLate: 145 })]);
    expect(res.json.rows[1].overdue.map((o: any) => o.duty)).toEqual(['register-event', 'make-plan']);
  });

  it('a child division sees its own cases only; another jurisdiction is refused; no key is 401', async () => {
    const chengdu = bearer(await api.keyFor('510100'));
    expect((await api.call('GET', '/v1/reports/cases', undefined, chengdu)).json.rows.map((r: any) => r.caseId)).toEqual([chengduCase]);
    expect((await api.call('GET', '/v1/reports/cases?jurisdiction=510000', undefined, chengdu)).status).toBe(403);
    expect((await api.call('GET', '/v1/reports/cases?jurisdiction=500000', undefined, sichuanKey)).status).toBe(403);
    expect((await api.call('GET', '/v1/reports/cases?jurisdiction=510000')).status).toBe(401);
    const between = await api.call('GET', '/v1/reports/cases?from=2025-08-01&to=2025-12-31', undefined, sichuanKey);
    expect(between.json.rows.map((r: any) => r.name)).toEqual(['绵阳科技展']);
    expect((await api.call('GET', '/v1/reports/cases?from=2025-08-01&to=2025-01-01', undefined, sichuanKey)).status).toBe(422);
  });

  it('as CSV (formula injection neutralized) and as a printable page', async () => {
    const csv = await api.call('GET', '/v1/reports/cases?format=csv&asOf=2025-10-01', undefined, sichuanKey);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual(['序号', '活动名称', '组织方', '举办时间', '举办地点', '碳中和类型', '抵消方式', '抵消时间', '抵消量（吨CO2e）', '逾期义务', '适用政策', '办理阶段']);
    expect(rows[1]?.[1]).toBe('\'=HYPERLINK("http://x","点击")');
    expect(rows[1]?.[9]).toBe('制定碳中和实施计划（逾期 145 天）');
    const html = await api.call('GET', '/v1/reports/cases?format=html&lang=en', undefined, sichuanKey);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.text).toContain('Carbon-neutral events of Sichuan');
    expect(html.text).toContain('=HYPERLINK(&quot;http://x&quot;');
    expect(html.text).not.toContain('<script');
  });
});

describe('tanzhong cases list', () => {
  it('prints the same list from the database', async () => {
    const json = await runCliInProcess(['cases', 'list', '--jurisdiction', '510100', '--format', 'json', '--as-of', '2025-10-01', '--database', join(dir, 'tanzhong.db')]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).rows.map((r: any) => r.caseId)).toEqual([chengduCase]);
    const table = await runCliInProcess(['cases', 'list', '--jurisdiction', '510000', '--database', join(dir, 'tanzhong.db')]);
    expect(table.stdout).toContain('绵阳科技展');
    expect(table.stdout).not.toContain('cn-sichuan');
    const bad = await runCliInProcess(['cases', 'list', '--jurisdiction', '51', '--database', join(dir, 'tanzhong.db')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--jurisdiction');
  });
});
