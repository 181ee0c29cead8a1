// Comparison reports for analysts: `compare` (one event under several packs), `matrix` (the packs' rules side by
// side) and `sweep` (the obligation over a grid of events), each rendered as JSON, Markdown, CSV or HTML. Every word
// about a province comes from its pack; the builders are pure apart from the engine's own (async) evaluation.
import { type CalendarDate, type CompiledPack, type EventKind, type Lang, todayInChina } from '../../engine/index.js';
import { buildCompare } from './compare-report.js';
import { buildMatrix } from './matrix.js';
import { renderCsv } from './render-csv.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import type { Report, ReportFormat, ReportKind } from './report.js';
import { buildSweep, type OrganizerChoice } from './sweep.js';

export type { CompareReport, CompareRow } from './compare-report.js';
export type { MatrixReport, MatrixRow, MatrixRowKey } from './matrix.js';
export type { SweepCell, SweepLine, SweepReport } from './sweep.js';
export type { CitedItem } from './cited-item.js';
export { citationLine, citedWords, isQuotable, paraphraseMark } from './cited-item.js';
export { governsWords } from './report-words.js';
export { REPORT_FORMATS, REPORT_KINDS, REPORT_MEDIA_TYPES, reportFileName } from './report.js';
export type { Report, ReportFormat, ReportKind } from './report.js';

export interface ReportOptions {
  lang: Lang;
  /** The date the policies are read at. Default: the event's start date (compare), else today in China. */
  asOf?: CalendarDate;
  /** The event (compare only): validated, every bad field named (InputError). */
  event?: unknown;
  /** The sweep's grid; the defaults are in sweep.ts. */
  kinds?: readonly EventKind[];
  sizes?: readonly number[];
  organizers?: readonly OrganizerChoice[];
}

/** Builds a report over `packs` (columns in the order given). */
export async function buildReport(kind: ReportKind, packs: CompiledPack[], options: ReportOptions): Promise<Report> {
  const { lang } = options;
  if (kind === 'compare') return buildCompare(packs, options.event, { lang, asOf: options.asOf });
  const asOf = options.asOf ?? todayInChina();
  if (kind === 'matrix') return buildMatrix(packs, { lang, asOf });
  return buildSweep(packs, { lang, asOf, kinds: options.kinds, sizes: options.sizes, organizers: options.organizers });
}

/** How a report is rendered: `bom` (csv only) puts a UTF-8 byte order mark first, for Excel on Chinese Windows. */
export interface RenderOptions {
  bom?: boolean;
}

export function renderReport(report: Report, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'md':
      return renderMarkdown(report);
    case 'csv':
      return renderCsv(report, { bom: options.bom === true });
    case 'html':
      return renderHtml(report);
  }
}
