// Operators added to json-rules-engine, which has none for dates, decimals or lists of offset lines.
// Every operator returns false for a missing fact; the three-valued reading in conditions.ts is what turns
// "missing" into "unknown".
import { Operator } from 'json-rules-engine';
import { isCalendarDate } from './calendar.js';

export const BUILTIN_OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;

const isDate = (v: unknown): v is string => typeof v === 'string' && isCalendarDate(v);

/** `{ instrument: [...], newProject: true }`: true when some offset line matches every listed field. */
export type LinePattern = Record<string, unknown>;

function lineMatches(line: Record<string, unknown>, pattern: LinePattern): boolean {
  return Object.entries(pattern).every(([key, expected]) =>
    Array.isArray(expected) ? expected.includes(line[key]) : line[key] === expected,
  );
}

/** tanzhong's own operators as plain tests: used by the compiled evaluator and, wrapped, by json-rules-engine. */
export const CUSTOM_OPERATOR_TESTS: Record<string, (fact: unknown, value: unknown) => boolean> = {
  dateOnOrAfter: (fact, value) => isDate(fact) && isDate(value) && fact >= value,
  dateOnOrBefore: (fact, value) => isDate(fact) && isDate(value) && fact <= value,
  anyLineMatches: (fact, value) =>
    Array.isArray(fact) &&
    typeof value === 'object' &&
    value !== null &&
    fact.some((line) => typeof line === 'object' && line !== null && lineMatches(line, value as LinePattern)),
};

export const CUSTOM_OPERATORS: readonly Operator[] = Object.entries(CUSTOM_OPERATOR_TESTS).map(
  ([name, test]) => new Operator(name, (fact: unknown, value: unknown) => test(fact, value)),
);

export const KNOWN_OPERATORS: ReadonlySet<string> = new Set([...BUILTIN_OPERATORS, ...CUSTOM_OPERATORS.map((o) => o.name)]);

/** Which fact types each operator can take; used by the pack linter. */
export const OPERATOR_FACT_TYPES: Record<string, readonly string[]> = {
  equal: ['integer', 'number', 'decimal', 'boolean', 'enum', 'date', 'string'],
  notEqual: ['integer', 'number', 'decimal', 'boolean', 'enum', 'date', 'string'],
  in: ['integer', 'number', 'enum', 'string', 'date'],
  notIn: ['integer', 'number', 'enum', 'string', 'date'],
  contains: ['offsets'],
  doesNotContain: ['offsets'],
  lessThan: ['integer', 'number'],
  lessThanInclusive: ['integer', 'number'],
  greaterThan: ['integer', 'number'],
  greaterThanInclusive: ['integer', 'number'],
  dateOnOrAfter: ['date'],
  dateOnOrBefore: ['date'],
  anyLineMatches: ['offsets'],
};
