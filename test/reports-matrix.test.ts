// The analysts' matrix: a column per pack, a row per question, each item in the packs' words with its citation,
// in either language, rendered with its clauses in Markdown and HTML.
import { beforeAll, describe, expect, it } from 'vitest';
import { type MatrixReport, renderReport } from '../adapters/reports/index.js';
import { buildReports, cell, item, PACK_IDS } from './support/reports.js';

let matrixEn: MatrixReport;
let matrixZh: MatrixReport;
beforeAll(async () => {
  ({ matrixEn, matrixZh } = await buildReports('matrixEn', 'matrixZh'));
});

describe('matrix', () => {
  it('has a column per pack and the six rows', () => {
    expect(matrixEn.packs.map((p) => p.id)).toEqual(PACK_IDS);
    expect(matrixEn.rows.map((r) => r.key)).toEqual(['scope', 'deadlines', 'offset-ranking', 'exclusions', 'confirmation', 'registration']);
  });

  it('states the thresholds in words, each with its clause', () => {
    const exhibition = item(matrixEn, 'scope', 'cn-chongqing', 'floor area ≥ 10000 m²');
    expect(exhibition.text).toMatch(
      /^Required to neutralize: event kind = exhibition, floor area ≥ 10000 m², organizer type ∈ \{party or government organ, public institution, state-owned enterprise\}/,
    );
    expect(exhibition.citations[0]).toMatchObject({ document: '渝环〔2025〕21号', clause: '三（一）', basis: 'text' });
    expect(item(matrixEn, 'scope', 'cn-chongqing', 'attendees ≥ 200 people').citations[0]?.clause).toBe('三（一）');
    const jining200 = item(matrixEn, 'scope', 'cn-shandong-jining', 'Encouraged to neutralize: attendees ≥ 200 people');
    expect(jining200.citations[0]).toMatchObject({ document: '济环字〔2023〕40号', clause: '三；一' });
    expect(item(matrixEn, 'scope', 'cn-shandong-jining', 'Not covered by this policy: attendees < 200 people').citations[0]?.clause).toBe('三');
    const jining500 = item(matrixEn, 'confirmation', 'cn-shandong-jining', 'attendees ≥ 500 people');
    expect(jining500.citations[0]).toMatchObject({ document: '济环字〔2023〕40号', clause: '三（一）' });
  });

  it('shows dated versions of a rule with their periods', () => {
    const versions = cell(matrixEn, 'scope', 'cn-chongqing').filter((i) => i.rule === 'required.soe-event');
    expect(versions.map((v) => v.inForce)).toEqual([{ from: '2025-03-04', until: '2026-12-31' }, { from: '2027-01-01' }]);
    expect(versions[0]?.text).toContain('(in force 2025-03-04 – 2026-12-31)');
    expect(versions[1]?.text).toContain('(in force from 2027-01-01)');
  });

  it('gives the deadlines from the due rules: 1 month in Chongqing, 6 months in Jining', () => {
    const chongqing = item(matrixEn, 'deadlines', 'cn-chongqing', 'within 1 month after the event ends');
    expect(chongqing.text).toMatch(/^Complete neutralization: within 1 month after the event ends/);
    expect(chongqing.citations[0]).toMatchObject({ document: '渝环〔2025〕21号', clause: '四（三）' });
    const jining = item(matrixEn, 'deadlines', 'cn-shandong-jining', 'within 6 months after the event ends');
    expect(jining.text).toContain('if attendees ≥ 200 people');
    expect(jining.citations[0]).toMatchObject({ document: '济环字〔2023〕40号', clause: '四（四）2' });
    expect(item(matrixZh, 'deadlines', 'cn-chongqing', '活动结束后1个月内').citations[0]?.clause).toBe('四（三）');
  });

  it("cites Sichuan's registration duty, and no other pack has one", () => {
    const [registration] = cell(matrixEn, 'registration', 'cn-sichuan');
    expect(registration?.text).toMatch(/∈ \{international, national\}, [^,]+ = yes/);
    expect(registration?.citations[0]).toMatchObject({ document: '川环发〔2021〕5号', clause: '三（四）' });
    expect(cell(matrixEn, 'registration', 'cn-chongqing')).toEqual([]);
  });

  it('shows inherited items with the pack they come from, and no unverified national deadline', () => {
    // Sichuan states no bar on carbon points itself: the national one carries over, cited as such.
    const exclusions = cell(matrixEn, 'exclusions', 'cn-sichuan');
    expect(exclusions[0]?.citations.map((c) => [c.document, c.clause])).toEqual([['生态环境部公告2019年第19号', '第三条']]);
    const make = cell(matrixEn, 'deadlines', 'cn-shandong-jining').find((i) => i.rule === 'duty.complete-neutralization');
    expect(make?.citations[0]?.document).toBe('济环字〔2023〕40号');
    expect(make?.text).not.toContain('inherited');
    const deadlines = cell(matrixEn, 'deadlines', 'cn-sichuan');
    expect(deadlines.some((i) => i.origin === 'cn-national')).toBe(false);
  });

  it('gives the offsets in rank order, and the exclusions', () => {
    const ranking = cell(matrixEn, 'offset-ranking', 'cn-chongqing');
    expect(ranking.map((i) => i.text.slice(0, 2))).toEqual(['1.', '2.', '3.']);
    expect(ranking[0]?.text).toContain('reductions generated after 2021-09-14');
    expect(ranking[0]?.citations.map((c) => c.clause)).toEqual(['四（二）1（1）', '第十六条', '第十六条', '第十五条', '第二十条']);
    expect(cell(matrixEn, 'exclusions', 'cn-chongqing')[0]?.citations[0]?.clause).toBe('第三十四条');
  });

  it('carries a full citation on every cell item', () => {
    for (const report of [matrixEn, matrixZh]) {
      for (const row of report.rows) {
        for (const items of Object.values(row.cells)) {
          for (const i of items) {
            expect(i.citations.length, i.text).toBeGreaterThan(0);
            for (const c of i.citations) {
              expect(c.document && c.clause && c.zh && c.basis, i.text).toBeTruthy();
            }
          }
        }
      }
    }
  });

  it('speaks Chinese with Chinese fact names', () => {
    const scope = cell(matrixZh, 'scope', 'cn-chongqing').map((i) => i.text);
    expect(scope).toContain('应当实施碳中和：活动类型 = 展览，展览面积 ≥ 10000 m²，主办单位类型 ∈ {党政机关、事业单位、国有企业}，主办单位级别 ∈ {省级（含直辖市市级）}（施行期 2025-03-04 至 2026-12-31）');
    expect(item(matrixZh, 'scope', 'cn-shandong-jining', '参与人数 ≥ 200 人').citations[0]?.clause).toBe('三；一');
    expect(item(matrixZh, 'deadlines', 'cn-shandong-jining', '活动结束后6个月内').citations[0]?.clause).toBe('四（四）2');
  });

  it('renders the thresholds, deadlines and their clauses in Markdown and HTML', () => {
    for (const format of ['md', 'html'] as const) {
      const text = renderReport(matrixEn, format);
      for (const words of ['floor area ≥ 10000 m²', 'attendees ≥ 200 people', 'attendees ≥ 500 people', 'within 1 month after the event ends', 'within 6 months after the event ends']) {
        expect(text, `${format}: ${words}`).toContain(words);
      }
      for (const clause of ['四（三）', '四（四）2', '三（四）', '渝环〔2025〕21号', '济环字〔2023〕40号', '川环发〔2021〕5号']) {
        expect(text, `${format}: ${clause}`).toContain(clause);
      }
    }
    const md = renderReport(matrixEn, 'md');
    expect(md).toMatch(/within 1 month after the event ends · applies when neutralizing, required or voluntary — 四（三） \[(\d+)\]/);
    const n = /within 1 month after the event ends · applies when neutralizing, required or voluntary — 四（三） \[(\d+)\]/.exec(md)?.[1];
    expect(md).toMatch(new RegExp(`- \\[${n}\\] 渝环〔2025〕21号 四（三） \\([^)]+\\): “活动碳中和完成时间最迟不晚于活动结束后1个月内”`));
    const zh = renderReport(matrixZh, 'html');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('参与人数 ≥ 200 人');
    expect(zh).toContain('活动结束后6个月内');
  });
});
