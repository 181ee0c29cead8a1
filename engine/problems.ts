// A problem found in input: where it is and what to do about it. Paths are written the way a person
// would point into the JSON: `rules[3].citation.clause`, `offsets[0].quantityTco2e`.
//
// `message` is English, for the API and logs, and may name codes (`must be one of: meeting, forum, …`). `kind` and
// `values` say the same for a machine: the pages and the CLI put them into words in either language with the
// lexicon (engine/lexicon/problems.ts), naming every allowed value by its name. `values` hold nothing the input and
// the message do not already hold.
import type { z } from 'zod';

/** What is wrong, as a code: the lexicon has words for each (engine/lexicon/problems.ts). */
export const PROBLEM_KINDS = [
  /** A field that must be given is missing. */
  'required',
  /** Of the wrong JSON type; values: { expected: a type, or several: number, string, boolean, object, array }. */
  'wrong-type',
  /** Not one of the allowed values; values: { options } (codes: the words name them). */
  'one-of',
  /** Not a calendar date written YYYY-MM-DD. */
  'date',
  /** Not a non-negative decimal string; values: { integerDigits, fractionDigits } (the most allowed). */
  'decimal',
  'whole-number',
  'not-negative',
  /** values: { minimum } */
  'at-least',
  /** values: { maximum } */
  'at-most',
  /** A text that must not be empty is empty. */
  'empty',
  /** A text longer than allowed; values: { maximum } (characters). */
  'too-long',
  /** A text shorter than allowed; values: { minimum } (characters). */
  'too-short',
  /** A list or object with more items than allowed; values: { maximum }. */
  'too-many',
  /** values: { minimum } */
  'too-few',
  /** Fields the object does not have; values: { keys } (as the input wrote them). */
  'unknown-field',
  /** A custom fact's name that is not letters and digits. */
  'fact-name',
  /** A date before another field's; values: { other } (the other field, beside this one: `startDate`, `vintageStart`). */
  'not-before',
  /** Not a six-digit GB/T 2260 code. */
  'region-code',
  /** A custom fact the answering pack chain does not declare; values: { packs } when the caller knows which do. */
  'unknown-fact',
  /** A custom fact's value not of its declared type; values: { type: integer, number, boolean or date }. */
  'fact-type',
  /** A contested reading the pack does not have. */
  'unknown-reading',
  /** An option a reading does not offer; values: { options } (the reading's option ids). */
  'unknown-option',
  /** The pack has no version in effect for the event. */
  'pack-unavailable',
  /** A text holding a character that is not text a person writes and cannot be stored: NUL, a lone surrogate. */
  'invalid-character',
  /** Any other format check failed (a pattern of a pack's field). */
  'format',
] as const;

export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export type ProblemValue = string | number | boolean | readonly (string | number)[];

export interface Problem {
  path: string;
  /** English, as the API and logs give it. */
  message: string;
  /** What is wrong, for a machine (absent: only the message says it). */
  kind?: ProblemKind;
  /** What the kind needs to be put into words (allowed values, limits); see PROBLEM_KINDS. */
  values?: Readonly<Record<string, ProblemValue>>;
}

export const isProblemKind = (kind: unknown): kind is ProblemKind => (PROBLEM_KINDS as readonly unknown[]).includes(kind);

/** The path and message only: what the API's `issues` give (its JSON shape is `{ path, message }`). */
export const plainProblem = ({ path, message }: Problem): Problem => ({ path, message });

export function joinPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out || '(root)';
}

export function prefixPath(prefix: string, path: string): string {
  if (path === '(root)') return prefix || '(root)';
  if (!prefix || prefix === '(root)') return path;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Patterns whose failure has a kind of its own (engine/event-schema.ts): region codes and custom fact names. */
const PATTERN_KINDS: Record<string, ProblemKind> = {
  [String(/^\d{6}$/)]: 'region-code',
  [String(/^[a-zA-Z][a-zA-Z0-9]*$/)]: 'fact-name',
};

type Issue = z.core.$ZodIssue;
type Kinded = Pick<Problem, 'kind' | 'values'>;

const kinded = (kind: ProblemKind, values?: Problem['values']): Kinded => (values ? { kind, values } : { kind });

/** The JSON types a union of them accepts (`extra`'s values: a number, true or false, or a string). */
function unionTypes(issue: Extract<Issue, { code: 'invalid_union' }>): string[] | undefined {
  const types = issue.errors.map((branch) => (branch.length === 1 && branch[0]?.code === 'invalid_type' ? branch[0].expected : undefined));
  return types.every((t): t is string => typeof t === 'string') ? types : undefined;
}

/** The kind of a zod issue, and its values; undefined when no kind says it. */
function kindOf(issue: Issue): Kinded | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return kinded('unknown-field', { keys: issue.keys });
    case 'invalid_key': {
      const inner = issue.issues[0];
      return inner?.code === 'invalid_format' && inner.pattern && PATTERN_KINDS[inner.pattern] === 'fact-name' ? kinded('fact-name') : undefined;
    }
    case 'invalid_value':
      return kinded('one-of', { options: issue.values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number') });
    case 'invalid_type': {
      if (/received undefined$/.test(issue.message)) return kinded('required');
      if (issue.expected === 'int') return kinded('whole-number');
      const expected = issue.expected === 'record' ? 'object' : issue.expected;
      return kinded('wrong-type', { expected });
    }
    case 'invalid_union': {
      const types = unionTypes(issue);
      return types ? kinded('wrong-type', { expected: types.map((t) => (t === 'record' ? 'object' : t)) }) : undefined;
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum === 1 ? kinded('empty') : kinded('too-short', { minimum });
      if (issue.origin === 'array' || issue.origin === 'set') return kinded('too-few', { minimum });
      if (minimum === 0 && issue.inclusive) return kinded('not-negative');
      return kinded('at-least', { minimum });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return kinded('too-long', { maximum });
      if (issue.origin === 'array' || issue.origin === 'set') return kinded('too-many', { maximum });
      return kinded('at-most', { maximum });
    }
    case 'invalid_format':
      return kinded((issue.pattern && PATTERN_KINDS[issue.pattern]) || 'format');
    case 'custom': {
      // A refinement says its kind in `params` (engine/event-schema.ts): `{ kind: 'date' }`, `{ kind: 'too-many', maximum: 100 }`.
      const { kind, ...values } = (issue.params ?? {}) as Record<string, ProblemValue>;
      if (!isProblemKind(kind)) return undefined;
      return kinded(kind, Object.keys(values).length ? values : undefined);
    }
    default:
      return undefined;
  }
}

/** The English message of a zod issue, as the API has always given it. */
function messageOf(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}: remove or rename`;
  }
  if (issue.code === 'invalid_key') {
    // A key of a record (e.g. a custom fact's name) failed its own check: say that check's words.
    return `is not a valid name: ${issue.issues[0]?.message ?? issue.message}`;
  }
  if (issue.code === 'invalid_type') {
    // zod 4 leaves `input` out of issues; its default message ends "received undefined" for a missing field.
    const expected = issue.expected === 'record' ? 'object' : issue.expected;
    if (/received undefined$/.test(issue.message)) return `is required (expected ${expected})`;
    if (issue.message.startsWith('Invalid input')) return `must be of type ${expected}`;
  }
  return issue.message;
}

/** One problem per zod issue, with the field path, a message a person can act on, and its kind. */
export function problemsFromZod(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => ({ path: prefixPath(prefix, joinPath(issue.path)), message: messageOf(issue), ...kindOf(issue) }));
}

/** Thrown by the engine's entry points when input is rejected; carries every problem found. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(summary: string, problems: Problem[]) {
    super(`${summary}\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'InputError';
    this.problems = problems;
  }
}
