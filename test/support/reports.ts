// The analysts' reports as the report tests read them: the three shipped packs compared as of one date, the event
// they are compared on, the reports built from them, and the items of a matrix cell picked out by row, pack and words.
import { expect } from 'vitest';
import { buildReport, type CitedItem, type CompareReport, type MatrixReport, type SweepReport } from '../../adapters/reports/index.js';
import { pack } from './library.js';

export const AS_OF = '2026-06-01';
export const PACK_IDS = ['cn-chongqing', 'cn-shandong-jining', 'cn-sichuan'];
export const PACKS = PACK_IDS.map(pack);
// A municipal SOE's meeting of 250: required in Chongqing, only encouraged in Jining.
export const SOE_MEETING = { kind: 'meeting', attendees: 250, startDate: AS_OF, endDate: AS_OF, organizer: { type: 'soe', level: 'provincial' } };

/** The reports the tests read: the matrix in either language, the sweep, and the comparison for SOE_MEETING. */
export interface Reports {
  matrixEn: MatrixReport;
  matrixZh: MatrixReport;
  sweep: SweepReport;
  compare: CompareReport;
}

const BUILD: { [K in keyof Reports]: () => Promise<Reports[K]> } = {
  matrixEn: async () => (await buildReport('matrix', PACKS, { lang: 'en', asOf: AS_OF })) as MatrixReport,
  matrixZh: async () => (await buildReport('matrix', PACKS, { lang: 'zh', asOf: AS_OF })) as MatrixReport,
  sweep: async () => (await buildReport('sweep', PACKS, { lang: 'en', asOf: AS_OF })) as SweepReport,
  compare: async () => (await buildReport('compare', PACKS, { lang: 'en', event: SOE_MEETING })) as CompareReport,
};

/** Builds the reports named, one after the other (for a file's beforeAll). */
export async function buildReports<K extends keyof Reports>(...names: K[]): Promise<Pick<Reports, K>> {
  const built = {} as Pick<Reports, K>;
  for (const name of names) built[name] = await BUILD[name]();
  return built;
}

export function cell(report: MatrixReport, row: string, packId: string): CitedItem[] {
  const found = report.rows.find((r) => r.key === row);
  if (!found) throw new Error(`no row ${row}`);
  return found.cells[packId] ?? [];
}

/** The one item of a cell whose text contains `words`. */
export function item(report: MatrixReport, row: string, packId: string, words: string): CitedItem {
  const found = cell(report, row, packId).filter((i) => i.text.includes(words));
  expect(found.length, `${row} / ${packId} / ${words}`).toBeGreaterThan(0);
  return found[0] as CitedItem;
}
