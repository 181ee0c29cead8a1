// The reports as CSV (RFC 4180): the matrix parses back to exactly the cells of its JSON, and the sweep lists every
// cell with where each line is first reached, in words.
import { beforeAll, describe, expect, it } from 'vitest';
import { OBLIGATION_LABELS } from '../engine/index.js';
import { citationLine } from '../adapters/reports/cited-item.js';
import { csvField, matrixCsvHeaders, sweepCsvHeaders } from '../adapters/reports/render-csv.js';
import { type MatrixReport, renderReport, type SweepReport } from '../adapters/reports/index.js';
import { buildReports } from './support/reports.js';
import { csvObjects, parseCsv } from './support/rfc4180.js';

let matrixEn: MatrixReport;
let matrixZh: MatrixReport;
let sweep: SweepReport;
beforeAll(async () => {
  ({ matrixEn, matrixZh, sweep } = await buildReports('matrixEn', 'matrixZh', 'sweep'));
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(parseCsv('a,"b, c","d ""e""","f\r\ng"\r\n1,2,3,4\r\n')).toEqual([
      ['a', 'b, c', 'd "e"', 'f\r\ng'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('parses back to exactly the cells of the JSON matrix', () => {
    for (const report of [matrixEn, matrixZh]) {
      const csv = renderReport(report, 'csv');
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
      const parsed: Record<string, Record<string, { text: string; citations: string }[]>> = {};
      // Headers and cells in the report's language: the row by its label, each citation by its basis in words.
      const [rowH, packH, itemH, citationsH] = matrixCsvHeaders(report.lang) as [string, string, string, string];
      for (const record of csvObjects(csv)) {
        const row = (parsed[record[rowH] as string] ??= {});
        const items = (row[record[packH] as string] ??= []);
        if (record[itemH]) items.push({ text: record[itemH], citations: record[citationsH] as string });
      }
      const expected = Object.fromEntries(
        report.rows.map((row) => [
          row.label,
          Object.fromEntries(
            Object.entries(row.cells).map(([id, items]) => [
              id,
              items.map((i) => ({ text: i.text, citations: i.citations.map((c) => citationLine(c, report.lang)).join('\n') })),
            ]),
          ),
        ]),
      );
      expect(parsed).toEqual(expected);
    }
  });

  it('lists every sweep cell with where each line is first reached', () => {
    const records = csvObjects(renderReport(sweep, 'csv'));
    expect(records).toHaveLength(sweep.cells.length);
    const [pack, kind, organizer, size, attendees, floorArea, , , , firstReached] = sweepCsvHeaders('en') as [string, string, string, string, string, string, string, string, string, string];
    // Kinds, organizers and obligations by their names, never their codes.
    const name = (code: string, list: { code?: string; key?: string; label: string }[]) => list.find((x) => x.code === code || x.key === code)?.label;
    const line = records.filter(
      (r) => r[pack] === 'cn-chongqing' && r[kind] === name('meeting', sweep.kinds) && r[organizer] === name('soe/provincial', sweep.organizers) && r[firstReached],
    );
    expect(line.map((r) => [r[size], r[firstReached]])).toEqual([
      ['50', OBLIGATION_LABELS.encouraged.en],
      ['200', OBLIGATION_LABELS.required.en],
    ]);
    const exhibition = records.find((r) => r[kind] === name('exhibition', sweep.kinds) && r[size] === '10000');
    expect(exhibition).toMatchObject({ [attendees]: '10000', [floorArea]: '10000' });
  });
});
