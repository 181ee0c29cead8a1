// What a report is, whichever kind, and the formats it renders to.
import type { CompareReport } from './compare-report.js';
import type { MatrixReport } from './matrix.js';
import type { SweepReport } from './sweep.js';

export const REPORT_KINDS = ['compare', 'matrix', 'sweep'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ['json', 'md', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type Report = CompareReport | MatrixReport | SweepReport;

/** The media type each format is served as. */
export const REPORT_MEDIA_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  html: 'text/html; charset=utf-8',
};

/** `tanzhong-matrix-2026-11-21-en.csv` */
export function reportFileName(report: Report, format: ReportFormat): string {
  return `tanzhong-${report.kind}-${report.asOf ?? 'undated'}-${report.lang}.${format}`;
}
