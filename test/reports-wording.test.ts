// What the engine says, said the same way in the reports: a paraphrase never in quotation marks, whether a duty
// binds, the offset lines a date governs, and the contested readings an answer rests on.
import { beforeAll, describe, expect, it } from 'vitest';
import { citationLine, citedWords, isQuotable } from '../adapters/reports/cited-item.js';
import { buildReport, type CompareReport, type MatrixReport, renderReport } from '../adapters/reports/index.js';
import { pack } from './support/library.js';
import { AS_OF, buildReports, item } from './support/reports.js';

let matrixZh: MatrixReport;
let compare: CompareReport;
beforeAll(async () => {
  ({ matrixZh, compare } = await buildReports('matrixZh', 'compare'));
});

describe('what the engine says, said the same way', () => {
  // cn-national's process step cites a reposted summary of the guideline: a paraphrase, never in quotation marks.
  const PARAPHRASE = '碳中和计划、实施减排行动、量化温室气体排放、碳中和活动以及碳中和评价';

  it('never puts a paraphrase in quotation marks: it is marked （大意） / (paraphrase) instead', async () => {
    const verbatim = { zh: '活动碳中和完成时间最迟不晚于活动结束后1个月内' };
    const paraphrase = { zh: PARAPHRASE, wording: 'paraphrase' as const };
    expect(isQuotable(verbatim)).toBe(true);
    expect(isQuotable({ ...verbatim, wording: 'verbatim' })).toBe(true);
    expect(isQuotable(paraphrase)).toBe(false);
    expect(citedWords(verbatim, 'zh')).toBe(`“${verbatim.zh}”`);
    expect(citedWords(paraphrase, 'zh')).toBe(`${PARAPHRASE}（大意）`);
    expect(citedWords(paraphrase, 'en')).toBe(`${PARAPHRASE} (paraphrase)`);

    const national = [pack('cn-national'), pack('cn-chongqing')];
    for (const lang of ['zh', 'en'] as const) {
      const matrix = await buildReport('matrix', national, { lang, asOf: AS_OF });
      for (const format of ['md', 'html'] as const) {
        const text = renderReport(matrix, format);
        expect(text, `${lang} ${format}`).toContain(PARAPHRASE);
        expect(text, `${lang} ${format}`).not.toContain(`“${PARAPHRASE}`);
        expect(text, `${lang} ${format}`).toContain(lang === 'zh' ? `${PARAPHRASE}（大意）` : `${PARAPHRASE} (paraphrase)`);
        // A verbatim clause keeps its quotation marks.
        expect(text, `${lang} ${format}`).toContain('“活动碳中和完成时间最迟不晚于活动结束后1个月内”');
      }
      const csv = renderReport(matrix, 'csv');
      expect(csv).toContain(lang === 'zh' ? `（未核实，大意）：${PARAPHRASE}` : `(unconfirmed, paraphrase): ${PARAPHRASE}`);
    }
    const line = citationLine({ document: 'D', clause: 'C', zh: PARAPHRASE, en: 'e', basis: 'text', wording: 'paraphrase' });
    expect(line).toBe(`D C (text, paraphrase): ${PARAPHRASE}`);
  });

  it('says whether a duty binds this organizer, not only whether it applies when neutralizing', async () => {
    const row = compare.rows.find((r) => r.key === 'duties.complete-neutralization');
    expect(row?.cells['cn-chongqing']?.[0]?.text).toContain('· binding'); // required in Chongqing
    expect(row?.cells['cn-shandong-jining']?.[0]?.text).toContain('· if you neutralize'); // only encouraged in Jining
    expect(row?.cells['cn-shandong-jining']?.[0]?.text).not.toContain('binding');
    // The matrix speaks of packs in general: a duty that applies when neutralizing never sounds optional.
    const zh = item(matrixZh, 'deadlines', 'cn-chongqing', '活动结束后1个月内').text;
    expect(zh).toContain('须实施或自愿实施碳中和时适用');
    expect(zh).not.toMatch(/(^|·\s)实施碳中和时适用/);
  });

  it('names the offset lines a date governs (1-based), and the new duties get their own rows', async () => {
    const event = {
      kind: 'forum',
      attendees: 600,
      startDate: AS_OF,
      endDate: AS_OF,
      organizer: { type: 'enterprise', level: 'prefectural' },
      emissionsTco2e: '100',
      offsets: [
        { instrument: 'ocean-sink', quantityTco2e: '50', newProject: true },
        { instrument: 'CCER', quantityTco2e: '50' },
      ],
    };
    for (const lang of ['zh', 'en'] as const) {
      const report = (await buildReport('compare', [pack('cn-national'), pack('cn-shandong-jining')], { lang, event })) as CompareReport;
      const text = (key: string) => report.rows.find((r) => r.key === key)?.cells['cn-shandong-jining']?.[0]?.text ?? '';
      if (lang === 'zh') {
        expect(text('duties.complete-neutralization')).toContain('购买的碳配额、碳信用（抵消计划第 2 行）');
        expect(text('duties.forestry-project-application')).toContain('新建林业碳汇或海洋碳汇项目（抵消计划第 1 行）');
      } else {
        expect(text('duties.complete-neutralization')).toContain('bought allowances and credits (offset plan line 2)');
        expect(text('duties.forestry-neutralization')).toContain('a new forestry or ocean sink project (offset plan line 1)');
      }
      // cn-national's plan need not be published (make-plan); Jining's must (publish-plan): two rows.
      expect(report.rows.find((r) => r.key === 'duties.make-plan')?.cells['cn-national']).toHaveLength(1);
      expect(report.rows.find((r) => r.key === 'duties.publish-plan')?.cells['cn-shandong-jining']).toHaveLength(1);
    }
  });

  it('lists the contested readings the answer rests on, in words, with what the other option gives', async () => {
    const district = { kind: 'meeting', attendees: 300, meetingClass: 1, startDate: AS_OF, endDate: AS_OF, organizer: { type: 'party-government', level: 'county' } };
    const report = (await buildReport('compare', [pack('cn-chongqing'), pack('cn-sichuan')], { lang: 'zh', event: district })) as CompareReport;
    const cell = report.rows.find((r) => r.key === 'readings')?.cells['cn-chongqing'] ?? [];
    expect(cell).toHaveLength(1);
    expect(cell[0]?.text).toContain('是否须实施碳中和？');
    expect(cell[0]?.text).toContain('（默认解读）');
    expect(cell[0]?.text).toMatch(/若按「是：[^」]+」：应当实施碳中和/);
    expect(cell[0]?.text).not.toMatch(/phase-in|every-level|district-organs-before-2027/);
    expect(cell[0]?.citations.map((c) => c.clause)).toEqual(['一', '三（一）']);
  });
});
