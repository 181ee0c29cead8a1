// The reports as HTML: one self-contained page per report, whatever its kind and language.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type CompareReport, type MatrixReport, renderReport, type SweepReport } from '../adapters/reports/index.js';
import { pack } from './support/library.js';
import { AS_OF, buildReports } from './support/reports.js';

let matrixEn: MatrixReport;
let matrixZh: MatrixReport;
let sweep: SweepReport;
let compare: CompareReport;
beforeAll(async () => {
  ({ matrixEn, matrixZh, sweep, compare } = await buildReports('matrixEn', 'matrixZh', 'sweep', 'compare'));
});

describe('HTML', () => {
  it('is one self-contained page per report: no URL, an inline SVG chart, a legend, lang set, CJK font', async () => {
    const reports = [matrixEn, matrixZh, sweep, compare, await buildReport('sweep', [pack('cn-chongqing')], { lang: 'zh', asOf: AS_OF })];
    for (const report of reports) {
      const html = renderReport(report, 'html');
      expect(html.startsWith('<!doctype html>'), report.kind).toBe(true);
      expect(html, report.kind).not.toMatch(/https?:\/\//);
      expect(html, report.kind).not.toMatch(/<(script|link|img|iframe)\b/);
      expect(html, report.kind).not.toMatch(/\b(src|href)="(?!#)/);
      expect(html, report.kind).toContain('<svg');
      expect(html, report.kind).toMatch(/<html lang="(zh-CN|en)">/);
      expect(html, report.kind).toContain('font-family: "Noto Sans CJK SC", sans-serif');
      expect(html, report.kind).toContain('class="legend"');
    }
    const heat = renderReport(sweep, 'html');
    for (const label of ['Required to neutralize', 'Expected to neutralize', 'Encouraged to neutralize', 'Not covered by this policy', 'Undetermined']) {
      expect(heat).toContain(label);
    }
    expect(heat).toContain('>req</text>');
  });
});
