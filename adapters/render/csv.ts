// The one CSV writer of every CSV the service gives (the reports' matrix, compare and sweep, and the batch answers):
// RFC 4180, a CRLF after every record, a field quoted when it holds a comma, a double quote or a line break (its
// quotes doubled), and no cell a spreadsheet would run as a formula.
//
// Formula injection: a text cell that starts with = + - @ (or a tab or a carriage return, or those after spaces, or
// their full-width forms ＝ ＋ － ＠ that a Chinese input method types) would be read by Excel, WPS or LibreOffice as a
// formula, e.g. a document number "=HYPERLINK(...)" that a bureau wrote into a pack. Such a cell gets a leading
// apostrophe, which the spreadsheet shows as text (OWASP's advice, and csv-stringify's `escape_formulas`). Numbers
// are written as numbers: -5 stays a number.
//
// A UTF-8 byte order mark (`bom`) makes Excel on Chinese Windows read the file as UTF-8 rather than GBK.

export type CsvValue = string | number | boolean | null | undefined;

export const CSV_RECORD_END = '\r\n';
export const UTF8_BOM = '\uFEFF';

/** A text a spreadsheet would take for a formula. */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The value as a spreadsheet will take it: a text that would be a formula is kept as text. */
export function neutralized(value: CsvValue): CsvValue {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field: neutralized, then quoted when it must be. */
export function csvField(value: CsvValue): string {
  const safe = neutralized(value);
  const text = safe === null || safe === undefined ? '' : String(safe);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its CRLF. */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}${CSV_RECORD_END}`;
}

/** Records, each with its CRLF; with `bom`, a UTF-8 byte order mark first. */
export function csvRecords(records: readonly (readonly CsvValue[])[], options: { bom?: boolean } = {}): string {
  return (options.bom ? UTF8_BOM : '') + records.map(csvRecord).join('');
}
