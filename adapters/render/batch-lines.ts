// A batch's answers as they are written, one at a time and in order (docs/determination.md, "Batches"):
//
// - JSON lines: one object per event, `{ index, ok: true, decision | determination }` (with `fallback`, and in
//   `full` detail `notice`, when a base pack answered) or `{ index, ok: false, error: { code, message, issues } }`.
// - CSV (RFC 4180): a header row in words in the batch's language (the lexicon's interface words), then one row per
//   event whose values are codes (obligations, rule ids, duty and mode codes, fact paths), dates and `true`/`false`,
//   never words; only a failed row's error message is words, in English as the API gives it. Written by the one CSV
//   writer (adapters/render/csv.ts): a cell a spreadsheet would read as a formula gets a leading apostrophe.
import type { Fallback } from '../../app/registry.js';
import type { BatchOutcome } from '../../app/batch.js';
import { capital, type Decision, factName, type Lang, plainProblem, ui, withoutBidiControls } from '../../engine/index.js';
import { csvRecord, type CsvValue } from './csv.js';
import { answerFailureBody } from './answer-failure.js';
import { fallbackNotice, type PackNames } from './fallback-notice.js';

/** Where an answer sits in its batch: the event's 0-based index, and (the CLI) the 1-based line of its file. */
export interface BatchPlace {
  index: number;
  line?: number;
}

/** The answer to one event of a batch as one JSON line (ending with a line feed). */
export function batchJsonLine(place: BatchPlace, outcome: BatchOutcome, lang: Lang, names: PackNames): string {
  const at = { index: place.index, ...(place.line !== undefined ? { line: place.line } : {}) };
  const fallback = (f: Fallback | undefined) => (f ? { fallback: f } : {});
  let body: Record<string, unknown>;
  if (outcome.kind === 'decided') body = { ...at, ok: true, decision: outcome.decision, ...fallback(outcome.fallback) };
  else if (outcome.kind === 'answered') {
    const notice = outcome.fallback ? { notice: fallbackNotice(outcome.fallback, lang, names) } : {};
    body = { ...at, ok: true, determination: outcome.determination, ...fallback(outcome.fallback), ...notice };
  } else {
    const error = answerFailureBody(outcome);
    body = { ...at, ok: false, error: { ...error, issues: error.issues.map(plainProblem) } };
  }
  return `${JSON.stringify(body)}\n`;
}

/** The batch's own column names; the others are the lexicon's interface words. */

const BATCH_COLUMN_WORDS = {
  index: 'batchIndex',
  decidedBy: 'batchDecidedBy',
  error: 'batchError',
  errorMessage: 'batchErrorMessage',
} as const;

/** The columns of the batch CSV, in order, by the code docs/determination.md names them with. */
export const BATCH_CSV_COLUMNS = [
  'index',
  'name',
  'pack',
  'version',
  'asOf',
  'obligation',
  'obligationAtLeast',
  'decidedBy',
  'due',
  'modes',
  'sufficient',
  'rules',
  'missingFacts',
  'error',
  'errorMessage',
] as const;

export type BatchCsvColumn = (typeof BATCH_CSV_COLUMNS)[number];

/** A column's name in `lang`. */
export function batchColumnName(column: BatchCsvColumn, lang: Lang): string {
  switch (column) {
    case 'index':
    case 'decidedBy':
    case 'error':
    case 'errorMessage':
      return ui(BATCH_COLUMN_WORDS[column], lang);
    case 'name':
      return capital(factName('name', lang), lang);
    case 'obligationAtLeast':
      return ui('soFar', lang);
    case 'due':
      return ui('duties', lang);
    case 'modes':
      return ui('confirmation', lang);
    case 'rules':
      return ui('reasons', lang);
    default:
      return ui(column, lang);
  }
}

type Cells = Partial<Record<BatchCsvColumn, CsvValue>>;

const csvRow = (cells: Cells) => csvRecord(BATCH_CSV_COLUMNS.map((column) => cells[column]));

export function batchCsvHeader(lang: Lang): string {
  return csvRecord(BATCH_CSV_COLUMNS.map((column) => batchColumnName(column, lang)));
}

/** The event's own name, when it has one: the analyst's handle on a row (without bidi controls, as the engine reads it). */
function eventName(event: unknown): string | undefined {
  const name = (event as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? withoutBidiControls(name) : undefined;
}

const list = (values: readonly string[]) => values.join('; ');

function decisionCells(decision: Decision): Cells {
  const check = decision.offsets;
  return {
    pack: decision.pack.id,
    version: decision.pack.version,
    asOf: decision.asOf,
    obligation: decision.obligation,
    obligationAtLeast: decision.obligationAtLeast,
    decidedBy: decision.decidedBy,
    due: list(decision.duties.map((d) => `${d.duty}=${d.due ?? ''}`)),
    modes: list(decision.modes),
    sufficient: check ? (check.sufficient ?? 'undetermined') : undefined,
    rules: list(decision.rules),
    missingFacts: list(decision.missingFacts),
  };
}

/** The answer to one event as one CSV row, from a decision-only answer (the batch CSV holds codes, not words). */
export function batchCsvRow(place: BatchPlace, event: unknown, outcome: BatchOutcome): string {
  const head: Cells = { index: place.index, name: eventName(event) };
  if (outcome.kind === 'decided') return csvRow({ ...head, ...decisionCells(outcome.decision) });
  if (outcome.kind === 'answered') throw new Error('a batch CSV row is written from a decision-only answer');
  const error = answerFailureBody(outcome);
  const errorMessage = [error.message, ...error.issues.map((i) => `${i.path}: ${i.message}`)].join('; ');
  return csvRow({ ...head, error: error.code, errorMessage });
}
