// Reports as CSV (RFC 4180): a header line, CRLF after every record, and a field quoted when it holds a comma,
// a double quote or a line break (its quotes doubled). One record per cell item, so a spreadsheet filters by pack
// or row; a cell where a pack says nothing is one record with an empty item, so every cell is there.
import type { CitedItem } from './cited-item.js';
import { citationLine } from './cited-item.js';
import type { CompareReport } from './compare-report.js';
import type { MatrixReport } from './matrix.js';
import type { Report } from './report.js';
import { sizeFacts, type SweepReport } from './sweep.js';

const RECORD_END = '\r\n';

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecords(records: CsvValue[][]): string {
  return records.map((record) => record.map(csvField).join(',') + RECORD_END).join('');
}

/** The citations of an item in one field, one per line. */
export function citationsField(item: Pick<CitedItem, 'citations'>): string {
  return item.citations.map(citationLine).join('\n');
}

/** Records of the cells of a table whose rows and columns are keyed: `[...prefix, item, citations]`. */
function itemRecords(prefix: CsvValue[], items: CitedItem[]): CsvValue[][] {
  if (!items.length) return [[...prefix, '', '']];
  return items.map((item) => [...prefix, item.text, citationsField(item)]);
}

function matrixCsv(report: MatrixReport): string {
  const records: CsvValue[][] = [['row', 'pack', 'item', 'citations']];
  for (const row of report.rows) {
    for (const pack of report.packs) records.push(...itemRecords([row.key, pack.id], row.cells[pack.id] ?? []));
  }
  return csvRecords(records);
}

function compareCsv(report: CompareReport): string {
  const records: CsvValue[][] = [['row', 'label', 'differs', 'pack', 'item', 'citations']];
  for (const row of report.rows) {
    for (const pack of report.packs) {
      records.push(...itemRecords([row.key, row.label, row.differs, pack.id], row.cells[pack.id] ?? []));
    }
  }
  return csvRecords(records);
}

function sweepCsv(report: SweepReport): string {
  const records: CsvValue[][] = [
    [
      'pack',
      'kind',
      'organizer',
      'size',
      'attendees',
      'floorAreaM2',
      'obligation',
      'obligationAtLeast',
      'missingFacts',
      'firstReached',
      'rules',
      'citations',
    ],
  ];
  const firstReached = new Set(
    report.lines.flatMap((line) => line.reached.map((r) => JSON.stringify([line.pack, line.kind, line.organizer, r.size, r.obligation]))),
  );
  for (const cell of report.cells) {
    const reached = firstReached.has(JSON.stringify([cell.pack, cell.kind, cell.organizer, cell.size, cell.obligation]));
    const cited = cell.rules.flatMap((id) => report.rules[cell.pack]?.[id]?.citations ?? []);
    const size = sizeFacts(cell.kind, cell.size);
    records.push([
      cell.pack,
      cell.kind,
      cell.organizer,
      cell.size,
      size.attendees,
      size.floorAreaM2 ?? '',
      cell.obligation,
      cell.obligationAtLeast ?? '',
      (cell.missingFacts ?? []).join(' '),
      reached ? cell.obligation : '',
      cell.rules.join(' '),
      citationsField({ citations: cited }),
    ]);
  }
  return csvRecords(records);
}

export function renderCsv(report: Report): string {
  if (report.kind === 'matrix') return matrixCsv(report);
  if (report.kind === 'compare') return compareCsv(report);
  return sweepCsv(report);
}
