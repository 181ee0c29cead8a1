// The organizer page's form fields, read back into an event. Form values are strings: numbers and yes/no are
// converted here, anything else is passed on as typed so that the engine's validator names the bad field.
import { FACT_CATALOG, type Problem } from '../../engine/index.js';

export const PLAN_LINES = 3;
export const LINE_FIELDS = [
  'instrument',
  'quantityTco2e',
  'projectRegion',
  'projectType',
  'vintageStart',
  'vintageEnd',
  'projectStartDate',
  'approvedOn',
  'serial',
  'newProject',
] as const;

/** Event facts a person answers on the page (offsets and emissions belong to the optional plan check). */
export const QUESTION_FACTS = FACT_CATALOG.filter((f) => f.type !== 'offsets' && f.name !== 'emissionsTco2e' && f.name !== 'name');

const NUMERIC = new Set(QUESTION_FACTS.filter((f) => ['integer', 'number'].includes(f.type)).map((f) => f.name));
const BOOLEAN = new Set(QUESTION_FACTS.filter((f) => f.type === 'boolean').map((f) => f.name));

export type FormValues = Record<string, string>;

function typed(name: string, raw: string): unknown {
  if (NUMERIC.has(name) && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (BOOLEAN.has(name) || name.endsWith('.newProject')) return raw === 'yes' ? true : raw === 'no' ? false : raw;
  return raw;
}

function set(target: Record<string, unknown>, path: string, value: unknown) {
  const [head, rest] = path.split(/\.(.*)/s) as [string, string | undefined];
  if (rest === undefined) target[head] = value;
  else set((target[head] ??= {}) as Record<string, unknown>, rest, value);
}

/** The event the form describes; blank fields are facts not given. */
export function eventFromForm(values: FormValues): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  for (const fact of [...QUESTION_FACTS.map((f) => f.name), 'name', 'emissionsTco2e']) {
    const raw = values[fact]?.trim();
    if (raw) set(event, fact, typed(fact, raw));
  }
  const offsets: Record<string, unknown>[] = [];
  for (let i = 0; i < PLAN_LINES; i++) {
    const line: Record<string, unknown> = {};
    for (const field of LINE_FIELDS) {
      const raw = values[`o${i}.${field}`]?.trim();
      if (raw) line[field] = typed(`o${i}.${field}`, raw);
    }
    if (Object.keys(line).length) offsets.push(line);
  }
  if (offsets.length) event.offsets = offsets;
  return event;
}

/** The form field a problem of the event is about (offsets[1].serial -> o1.serial). */
export function fieldOf(problem: Problem): string {
  return problem.path.replace(/^offsets\[(\d+)\]\./, 'o$1.');
}

/** The field that asks a contested reading to be read under another option: `reading.<reading id>` = option id. */
export const READING_FIELD = 'reading.';
const READING_FIELD_PATTERN = /^reading\.[\w.-]+$/;

export const isReadingField = (name: string) => READING_FIELD_PATTERN.test(name);

/** Values in the query string that the form knows, blanks dropped. */
export function formValues(query: Record<string, string>): FormValues {
  const known = new Set([...QUESTION_FACTS.map((f) => f.name), 'name', 'emissionsTco2e']);
  return Object.fromEntries(
    Object.entries(query).filter(([k, v]) => v.trim() !== '' && (known.has(k) || /^o\d\.\w+$/.test(k) || isReadingField(k))),
  );
}

/** The readings the form asks for: reading id -> option id (for `evaluate`'s `readings`). */
export function readingsFromForm(values: FormValues): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([k]) => isReadingField(k))
      .map(([k, v]) => [k.slice(READING_FIELD.length), v.trim()]),
  );
}
