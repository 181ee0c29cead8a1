// The organizer page's form fields, read back into an event. The fields are the facts the answering pack declares
// (a custom fact `extra.<name>` as well as a built-in one), each converted by its declared type; form values are
// strings, and anything that does not read as its type is passed on as typed so that the engine names the field.
import { type EventKind, EVENT_KINDS, FACT_CATALOG, type FactDeclaration, type Problem } from '../../engine/index.js';

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

/** Built-in event facts a person answers on the page (offsets and emissions belong to the optional plan check). */
export const QUESTION_FACTS = FACT_CATALOG.filter((f) => f.type !== 'offsets' && f.name !== 'emissionsTco2e' && f.name !== 'name');
const QUESTION_NAMES = new Set(QUESTION_FACTS.map((f) => f.name));
const CUSTOM_NAME = /^extra\.[a-zA-Z][a-zA-Z0-9]*$/;

/** What the page knows of a pack's fact: its declaration, as the pack gives it. */
export type DeclaredFact = Pick<FactDeclaration, 'name' | 'type' | 'question'> & Partial<Pick<FactDeclaration, 'values' | 'valueLabels' | 'label' | 'unit' | 'kinds'>>;

/** How a fact is answered on the page: its type and values (the pack's declaration, else the catalogue's). */
export interface FieldSpec {
  type: string;
  values?: readonly (string | number)[];
  /** The kinds of event the fact applies to; undefined: every kind. */
  kinds?: readonly EventKind[];
}

export function fieldSpec(name: string, declared: readonly DeclaredFact[] = []): FieldSpec | undefined {
  const decl = declared.find((f) => f.name === name);
  const spec = FACT_CATALOG.find((f) => f.name === name);
  if (!decl && !spec) return undefined;
  const values = decl?.values ?? spec?.values;
  const kinds = decl?.kinds ?? spec?.kinds;
  return { type: decl?.type ?? spec?.type ?? 'string', ...(values ? { values } : {}), ...(kinds ? { kinds } : {}) };
}

/** A fact a person may answer on the page: a built-in question fact, or a custom fact of a pack. */
export function isQuestionFact(name: string): boolean {
  return QUESTION_NAMES.has(name) || CUSTOM_NAME.test(name);
}

/** Whether a fact applies to an event of `kind` (undefined: the kind is not known yet, so it may). */
export function appliesTo(name: string, kind: string | undefined, declared: readonly DeclaredFact[] = []): boolean {
  const kinds = fieldSpec(name, declared)?.kinds;
  return !kinds || kind === undefined || !(EVENT_KINDS as readonly string[]).includes(kind) || kinds.includes(kind as EventKind);
}

export type FormValues = Record<string, string>;

function typed(name: string, raw: string, declared: readonly DeclaredFact[]): unknown {
  if (/^o\d\.newProject$/.test(name)) return raw === 'yes' ? true : raw === 'no' ? false : raw;
  const spec = fieldSpec(name, declared);
  if (!spec) return raw;
  if ((spec.type === 'integer' || spec.type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (spec.type === 'boolean') return raw === 'yes' ? true : raw === 'no' ? false : raw;
  if (spec.values?.some((v) => typeof v === 'number' && String(v) === raw)) return Number(raw);
  return raw;
}

function set(target: Record<string, unknown>, path: string, value: unknown) {
  const [head, rest] = path.split(/\.(.*)/s) as [string, string | undefined];
  if (rest === undefined) target[head] = value;
  else set((target[head] ??= {}) as Record<string, unknown>, rest, value);
}

/** The event the form describes (custom facts under `extra`), typed by the pack's declarations; blanks are facts not given. */
export function eventFromForm(values: FormValues, declared: readonly DeclaredFact[] = []): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  for (const [fact, value] of Object.entries(values)) {
    const raw = value.trim();
    if (!raw || !(isQuestionFact(fact) || fact === 'name' || fact === 'emissionsTco2e')) continue;
    set(event, fact, typed(fact, raw, declared));
  }
  const offsets: Record<string, unknown>[] = [];
  for (let i = 0; i < PLAN_LINES; i++) {
    const line: Record<string, unknown> = {};
    for (const field of LINE_FIELDS) {
      const raw = values[`o${i}.${field}`]?.trim();
      if (raw) line[field] = typed(`o${i}.${field}`, raw, declared);
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
  return Object.fromEntries(
    Object.entries(query).filter(
      ([k, v]) => v.trim() !== '' && (isQuestionFact(k) || k === 'name' || k === 'emissionsTco2e' || /^o\d\.\w+$/.test(k) || isReadingField(k)),
    ),
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

/** A form value read as its fact's type, for showing it back in words. */
export function typedValue(name: string, raw: string, declared: readonly DeclaredFact[] = []): unknown {
  return typed(name, raw, declared);
}
