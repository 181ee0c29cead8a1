// The bureau's list of cases (app/cases/bureau-list.ts) as CSV (through the one CSV writer: RFC 4180, formula
// injection neutralized) and as a self-contained, printable HTML page. The columns are 附表2's, then the duties
// overdue, the policy and the stage; every cell is words or a figure, never a code.
import { type CaseList, type CaseListRow, overdueText } from '../../app/cases/bureau-list.js';
import { CASE_LIST_COLUMNS, CASE_LIST_WORDS, fill, type Lang, list, regionName } from '../../engine/index.js';
import { escapeHtml, htmlPage } from '../reports/html-page.js';
import { type CsvValue, csvRecords } from './csv.js';

const COLUMNS = ['index', 'name', 'organizer', 'dates', 'place', 'neutralizationType', 'offsetMethod', 'offsetDate', 'quantity', 'overdue', 'pack', 'stage'] as const;

export const CASE_LIST_FORMATS = ['json', 'csv', 'html'] as const;
export type CaseListFormat = (typeof CASE_LIST_FORMATS)[number];

export const CASE_LIST_MEDIA_TYPES: Record<CaseListFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

function cells(row: CaseListRow, index: number, lang: Lang): CsvValue[] {
  return [
    index + 1,
    row.name,
    row.organizer,
    row.dates,
    row.place,
    row.neutralizationType?.text ?? null,
    list(row.offsetMethod.map((m) => m.text), lang) || null,
    row.offsetDate,
    row.quantityTco2e,
    overdueText(row.overdue, lang) || null,
    `${row.pack.title} ${row.pack.version}`,
    row.stage.text,
  ];
}

export function caseListCsv(caseList: CaseList, options: { bom?: boolean } = {}): string {
  const { lang } = caseList;
  const header = COLUMNS.map((c) => CASE_LIST_COLUMNS[c][lang]);
  return csvRecords([header, ...caseList.rows.map((row, i) => cells(row, i, lang))], options);
}

export function caseListHtml(caseList: CaseList): string {
  const { lang } = caseList;
  const jurisdiction = regionName(caseList.jurisdictionCode, lang);
  const title = fill(CASE_LIST_WORDS.title[lang], { jurisdiction });
  const any = CASE_LIST_WORDS.anyDate[lang];
  const period = fill(CASE_LIST_WORDS.period[lang], { from: caseList.from ?? any, to: caseList.to ?? any });
  const head = `<tr>${COLUMNS.map((c) => `<th scope="col">${escapeHtml(CASE_LIST_COLUMNS[c][lang])}</th>`).join('')}</tr>`;
  const body = caseList.rows
    .map((row, i) => {
      const values = cells(row, i, lang).map((v) => (v === null || v === undefined || v === '' ? '<span class="none">—</span>' : escapeHtml(String(v))));
      const overdue = row.overdue.length ? ' class="differs"' : '';
      return `<tr${overdue}>${values.map((v) => `<td>${v}</td>`).join('')}</tr>`;
    })
    .join('\n');
  const table = caseList.rows.length
    ? `<table><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`
    : `<p class="none">${escapeHtml(CASE_LIST_WORDS.empty[lang])}</p>`;
  const truncated = caseList.truncated ? `<p class="meta">${escapeHtml(fill(CASE_LIST_WORDS.truncated[lang], { n: caseList.rows.length }))}</p>` : '';
  const meta = `<p class="meta">${escapeHtml(period)}；${escapeHtml(fill(CASE_LIST_WORDS.asOf[lang], { asOf: caseList.asOf }))}</p>`;
  return htmlPage(lang, title, `<h1>${escapeHtml(title)}</h1>\n${meta.replace('；', lang === 'zh' ? '；' : '; ')}\n${table}\n${truncated}`);
}
