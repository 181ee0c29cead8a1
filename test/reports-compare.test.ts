// The compare report: one event under each pack side by side, the rows where the packs differ marked, each side
// with its clauses, and the organizer's offset plan checked under each pack.
import { beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENT_LABELS, planLine, VERDICT_LABELS } from '../engine/index.js';
import { buildReport, type CompareReport, renderReport } from '../adapters/reports/index.js';
import { pack } from './support/library.js';
import { buildReports, PACKS, SOE_MEETING } from './support/reports.js';

let compare: CompareReport;
beforeAll(async () => {
  ({ compare } = await buildReports('compare'));
});

describe('compare', () => {
  it('marks the obligation row as differing between Chongqing and Jining, with the clauses on each side', () => {
    const row = compare.rows.find((r) => r.key === 'obligation');
    expect(row?.differs).toBe(true);
    expect(row?.cells['cn-chongqing']?.[0]?.text).toBe('Required to neutralize');
    expect(row?.cells['cn-chongqing']?.[0]?.citations[0]?.clause).toBe('三（一）');
    expect(row?.cells['cn-shandong-jining']?.[0]?.text).toBe('Encouraged to neutralize');
    expect(row?.cells['cn-shandong-jining']?.[0]?.citations[0]?.clause).toBe('三；一');
    expect(compare.obligations).toEqual({ 'cn-chongqing': 'required', 'cn-shandong-jining': 'encouraged', 'cn-sichuan': 'encouraged' });
  });

  it('gives the duties with their dates and clauses', () => {
    const row = compare.rows.find((r) => r.key === 'duties.complete-neutralization');
    expect(row?.differs).toBe(true);
    expect(row?.cells['cn-chongqing']?.[0]?.text).toMatch(/^2026-07-01 · within 1 month after the event ends/);
    expect(row?.cells['cn-shandong-jining']?.[0]?.text).toMatch(/^2026-12-01 · within 6 months after the event ends/);
    expect(row?.cells['cn-shandong-jining']?.[0]?.citations[0]?.clause).toBe('四（四）2');
  });

  it('does not mark rows where the packs agree', async () => {
    const twin = (await buildReport('compare', [pack('cn-sichuan'), pack('cn-national')], { lang: 'en', event: SOE_MEETING })) as CompareReport;
    expect(twin.rows.find((r) => r.key === 'obligation')?.differs).toBe(false);
  });

  it("checks the organizer's offset plan under each pack when the event has one", async () => {
    const withPlan = { ...SOE_MEETING, emissionsTco2e: '100.5', offsets: [{ instrument: 'CQCER', quantityTco2e: '100', projectRegion: '500101', vintageStart: '2022-01-01', vintageEnd: '2022-12-31', projectStartDate: '2020-05-01' }] };
    const report = (await buildReport('compare', PACKS.slice(0, 2), { lang: 'en', event: withPlan })) as CompareReport;
    const row = report.rows.find((r) => r.key === 'offsets.check');
    expect(row?.differs).toBe(true);
    expect(row?.cells['cn-chongqing']?.[0]?.text).toBe('the plan falls short · shortfall 0.5 tCO2e');
    expect(row?.cells['cn-chongqing']?.[0]?.citations[0]?.clause).toBe('附件1');
    expect(row?.cells['cn-shandong-jining']?.[1]?.text).toBe(`${planLine(0, 'en')} ${INSTRUMENT_LABELS.CQCER.en} 100 tCO2e: ${VERDICT_LABELS.discouraged.en}`);
    expect(compare.rows.some((r) => r.key === 'offsets.check')).toBe(false);
  });

  it('marks the differing rows in Markdown and HTML', () => {
    expect(renderReport(compare, 'md')).toContain('| **≠ Obligation** |');
    expect(renderReport(compare, 'html')).toMatch(/<tr class="differs"><th scope="row"><span class="mark"[^>]*>≠<\/span> Obligation<\/th>/);
  });
});
