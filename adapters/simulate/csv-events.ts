// Events as CSV, for `tanzhong events generate --format csv` and `tanzhong simulate events.csv`: a header row naming
// the event's fields as the JSON of an event names them (`organizer.type`, `extra.onSiteAttendees`), then one event
// per record; an empty cell is a fact not given, and the offset plan is its JSON in one cell. The CSV is written by
// the service's one CSV writer (RFC 4180) and read back here, quoted fields and line breaks inside them included.
import type { EventInput, Problem } from '../../engine/index.js';
import { csvRecord } from '../render/csv.js';

/** The columns of a generated population, in order. */
export const EVENT_COLUMNS = [
  'name',
  'kind',
  'startDate',
  'endDate',
  'attendees',
  'floorAreaM2',
  'scale',
  'bidCommitsNeutrality',
  'chengyuCircle',
  'meetingClass',
  'organizer.type',
  'organizer.level',
  'organizer.name',
  'emissionsTco2e',
  'offsets',
] as const;

/** Columns read besides the generated ones: JSON cells, as the offset plan is. */
const JSON_COLUMNS = new Set(['offsets', 'activity']);
const NUMBERS = new Set(['attendees', 'floorAreaM2', 'meetingClass']);
const BOOLEANS = new Set(['bidCommitsNeutrality', 'chengyuCircle']);
const ORGANIZER = /^organizer\.(type|level|name)$/;
const EXTRA = /^extra\.[a-zA-Z][a-zA-Z0-9]*$/;

export function eventCsvHeader(): string {
  return csvRecord(EVENT_COLUMNS);
}

export function eventCsvRow(event: EventInput): string {
  return csvRecord(
    EVENT_COLUMNS.map((column) => {
      if (column === 'offsets') return event.offsets ? JSON.stringify(event.offsets) : '';
      const organizer = ORGANIZER.exec(column);
      const value = organizer ? event.organizer?.[organizer[1] as 'type'] : event[column as keyof EventInput];
      return value === undefined ? '' : (value as string | number | boolean);
    }),
  );
}

/** The header's problems: a column that is not a field of an event (the file cannot be read as events). */
export function headerProblems(columns: readonly string[]): Problem[] {
  const known = new Set<string>([...EVENT_COLUMNS, ...JSON_COLUMNS]);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    if (!known.has(column) && !EXTRA.test(column)) {
      problems.push({ path: column || '(empty column name)', message: `is not a field of an event: the header names the fields, e.g. ${EVENT_COLUMNS.slice(0, 5).join(',')}` });
    } else if (seen.has(column)) problems.push({ path: column, message: 'is named twice in the header' });
    seen.add(column);
  }
  return problems;
}

/** A cell of a custom fact, as the JSON of an event would give it: a number, true or false, else the text. */
function extraValue(cell: string): unknown {
  if (cell === 'true' || cell === 'false') return cell === 'true';
  return /^-?(0|[1-9]\d*)(\.\d+)?$/.test(cell) ? Number(cell) : cell;
}

/**
 * One record as the event it describes; a cell of the wrong kind is kept as its text, so that validating the
 * event names the field and what it must be. Throws a Problem list only for an offset plan that is not JSON.
 */
export function eventOfRecord(columns: readonly string[], cells: readonly string[]): { event: Record<string, unknown> } | { problems: Problem[] } {
  const event: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as string;
    const cell = cells[i] ?? '';
    if (cell === '') continue;
    const organizer = ORGANIZER.exec(column);
    if (organizer) {
      const into = (event.organizer ??= {}) as Record<string, unknown>;
      into[organizer[1] as string] = cell;
    } else if (EXTRA.test(column)) {
      const into = (event.extra ??= {}) as Record<string, unknown>;
      into[column.slice('extra.'.length)] = extraValue(cell);
    } else if (JSON_COLUMNS.has(column)) {
      try {
        event[column] = JSON.parse(cell);
      } catch (error) {
        return { problems: [{ path: column, message: `is not JSON: ${(error as Error).message}` }] };
      }
    } else if (NUMBERS.has(column)) event[column] = /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
    else if (BOOLEANS.has(column)) event[column] = cell === 'true' ? true : cell === 'false' ? false : cell;
    else event[column] = cell;
  }
  if (cells.length > columns.length) return { problems: [{ path: 'record', message: `has ${cells.length} fields but the header names ${columns.length}` }] };
  return { event };
}

/** A parsed CSV record with the line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
  /** Why the record cannot be read (a quote never closed before the end of the file). */
  problem?: string;
}

/**
 * The records of `text`, complete records only (RFC 4180: quoted fields may hold commas, quotes and line breaks);
 * `firstLine` is the line `text` starts on. A record whose quote is never closed is returned with its problem.
 */
export function parseCsvRecords(text: string, firstLine: number): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = firstLine;
  let start = firstLine;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += ch;
    i++;
  }
  if (quoted) {
    records.push({ line: start, cells: [], problem: 'a quoted field of this record is never closed: the file ends inside it' });
    return records;
  }
  if (cell !== '' || cells.length) endRecord();
  return records;
}
