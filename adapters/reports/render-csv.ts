// Reports as CSV, written by the service's one CSV writer (adapters/render/csv.ts: RFC 4180, CRLF, no cell a
// spreadsheet would run as a formula, and a UTF-8 byte order mark on request). One record per cell item, so a spreadsheet filters by pack
// or row; a cell where a pack says nothing is one record with an empty item, so every cell is there. Headers and
// cells are in the report's language, in words (the JSON rendering keeps the codes).
import { type Lang, OBLIGATION_LABELS, ui } from '../../engine/index.js';
import type { CitedItem } from './cited-item.js';
import { citationLine } from './cited-item.js';
import type { CompareReport } from './compare-report.js';
import { factTitle } from './fact-words.js';
import type { MatrixReport } from './matrix.js';
import type { Report } from './report.js';
import { word } from './report-words.js';
import { sizeFacts, type SweepReport } from './sweep.js';
import { csvRecords, type CsvValue } from '../render/csv.js';

export { csvField, type CsvValue } from '../render/csv.js';

/** How a report's CSV is written: `bom` puts a UTF-8 byte order mark first (for Excel on Chinese Windows). */
export interface CsvOptions {
  bom?: boolean;
}

/** The citations of an item in one field, one per line. */
export function citationsField(item: Pick<CitedItem, 'citations'>, lang: Lang = 'en'): string {
  return item.citations.map((c) => citationLine(c, lang)).join('\n');
}

/** Records of the cells of a table whose rows and columns are keyed: `[...prefix, item, citations]`. */
function itemRecords(prefix: CsvValue[], items: CitedItem[], lang: Lang): CsvValue[][] {
  if (!items.length) return [[...prefix, '', '']];
  return items.map((item) => [...prefix, item.text, citationsField(item, lang)]);
}

/** The headers of the matrix CSV: row, pack, item, citations, in `lang`. */
export function matrixCsvHeaders(lang: Lang): string[] {
  return [ui('row', lang), word('pack', lang), ui('item', lang), word('citations', lang)];
}

function matrixCsv(report: MatrixReport, options: CsvOptions): string {
  const lang = report.lang;
  const records: CsvValue[][] = [matrixCsvHeaders(lang)];
  for (const row of report.rows) {
    for (const pack of report.packs) records.push(...itemRecords([row.label, pack.id], row.cells[pack.id] ?? [], lang));
  }
  return csvRecords(records, options);
}

function compareCsv(report: CompareReport, options: CsvOptions): string {
  const lang = report.lang;
  const records: CsvValue[][] = [[ui('row', lang), ui('differsShort', lang), word('pack', lang), ui('item', lang), word('citations', lang)]];
  for (const row of report.rows) {
    for (const pack of report.packs) {
      records.push(...itemRecords([row.label, row.differs ? '≠' : '', pack.id], row.cells[pack.id] ?? [], lang));
    }
  }
  return csvRecords(records, options);
}

/** The headers of the sweep CSV, in `lang`. */
export function sweepCsvHeaders(lang: Lang): string[] {
  return [
    word('pack', lang),
    word('kind', lang),
    word('organizer', lang),
    word('size', lang),
    factTitle('attendees', lang),
    factTitle('floorAreaM2', lang),
    word('obligation', lang),
    word('atLeast', lang),
    word('missingFacts', lang),
    ui('firstReached', lang),
    ui('rules', lang),
    word('citations', lang),
  ];
}

function sweepCsv(report: SweepReport, options: CsvOptions): string {
  const lang = report.lang;
  const list = (items: string[]) => items.join(lang === 'zh' ? '；' : '; ');
  const records: CsvValue[][] = [sweepCsvHeaders(lang)];
  const firstReached = new Set(
    report.lines.flatMap((line) => line.reached.map((r) => JSON.stringify([line.pack, line.kind, line.organizer, r.size, r.obligation]))),
  );
  const kinds = new Map(report.kinds.map((k) => [k.code, k.label]));
  const organizers = new Map(report.organizers.map((o) => [o.key, o.label]));
  for (const cell of report.cells) {
    const reached = firstReached.has(JSON.stringify([cell.pack, cell.kind, cell.organizer, cell.size, cell.obligation]));
    const cited = cell.rules.flatMap((id) => report.rules[cell.pack]?.[id]?.citations ?? []);
    const titles = cell.rules.map((id) => report.rules[cell.pack]?.[id]?.text ?? '').filter(Boolean);
    const size = sizeFacts(cell.kind, cell.size);
    const obligation = OBLIGATION_LABELS[cell.obligation][lang];
    records.push([
      cell.pack,
      kinds.get(cell.kind) ?? cell.kind,
      organizers.get(cell.organizer) ?? cell.organizer,
      cell.size,
      size.attendees,
      size.floorAreaM2 ?? '',
      obligation,
      cell.obligationAtLeast ? OBLIGATION_LABELS[cell.obligationAtLeast][lang] : '',
      list((cell.missingFacts ?? []).map((f) => factTitle(f, lang))),
      reached ? obligation : '',
      list(titles),
      citationsField({ citations: cited }, lang),
    ]);
  }
  return csvRecords(records, options);
}

export function renderCsv(report: Report, options: CsvOptions = {}): string {
  if (report.kind === 'matrix') return matrixCsv(report, options);
  if (report.kind === 'compare') return compareCsv(report, options);
  return sweepCsv(report, options);
}
