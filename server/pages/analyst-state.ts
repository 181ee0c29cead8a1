// What the analyst's page shows for a query: the packs chosen, the report asked for, and the compare report's event
// asked with the organizers' questionnaire: the facts given (each can be changed) and whatever any chosen pack still
// needs, each in its pack's words, with its unit and type; then the report itself.
import { answer } from '../../app/answer.js';
import type { PackRegistry } from '../../app/registry.js';
import { REPORT_KINDS, type Report, type ReportKind } from '../../adapters/reports/index.js';
import { prepareReport } from '../../adapters/reports/report-packs.js';
import { factTitle } from '../../adapters/reports/fact-words.js';
import { isCalendarDate, type Lang, type Problem, type Question, QUESTIONS, todayInChina } from '../../engine/index.js';
import { appliesTo, type DeclaredFact, eventFromForm, type FormValues, formValues, isQuestionFact } from './event-form.js';
import { t } from './i18n.js';
import type { PackChoice } from './organizer.js';
import { inOrder, NOT_ASKED, packChoices } from './organizer-state.js';

/** The event's fields are named `e.<fact>` on this page (`kind` names the report). */
export const EVENT_FIELD_PREFIX = 'e.';

/** The event compared until another is given: a municipal SOE's meeting of 250. */
const SAMPLE: FormValues = { kind: 'meeting', attendees: '250', 'organizer.type': 'soe', 'organizer.level': 'provincial', startDate: '2026-06-10', endDate: '2026-06-12' };

/** The facts always offered, so an analyst can describe any event before a pack asks for more. */
const ALWAYS = ['kind', 'attendees', 'organizer.type', 'organizer.level', 'startDate', 'endDate'];

export interface AnalystState {
  lang: Lang;
  packs: PackChoice[];
  chosen: string[];
  kind?: ReportKind;
  /** The compare event's answers: fact -> value as the form holds it. */
  values: FormValues;
  /** The questions of the compare event: those answered, then what a chosen pack still needs. */
  questions: Question[];
  /** The chosen packs' fact declarations (the first pack's where two declare a fact). */
  facts: DeclaredFact[];
  problems: Problem[];
  /** The event as the API takes it, for the download links. */
  event: string;
  report?: Report;
  error?: string;
}

/** A flat form of an event given as JSON in the address (`event=...`, as older links have it). */
function valuesOfJson(raw: string | undefined): FormValues | undefined {
  if (!raw) return undefined;
  let event: unknown;
  try {
    event = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!event || typeof event !== 'object' || Array.isArray(event)) return undefined;
  const out: FormValues = {};
  const put = (name: string, value: unknown) => {
    if (typeof value === 'string' || typeof value === 'number') out[name] = String(value);
    else if (typeof value === 'boolean') out[name] = value ? 'yes' : 'no';
  };
  for (const [key, value] of Object.entries(event as Record<string, unknown>)) {
    if ((key === 'organizer' || key === 'extra') && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [field, v] of Object.entries(value as Record<string, unknown>)) put(`${key}.${field}`, v);
    } else put(key, value);
  }
  return formValues(out);
}

function eventValues(query: Record<string, string>): FormValues {
  const given = Object.entries(query).filter(([k]) => k.startsWith(EVENT_FIELD_PREFIX));
  if (given.length) return formValues(Object.fromEntries(given.map(([k, v]) => [k.slice(EVENT_FIELD_PREFIX.length), v])));
  return valuesOfJson(query.event) ?? { ...SAMPLE };
}

/** The packs chosen (`packs=a,b` or `packs=a&packs=b`), among those offered; by default all but the national one. */
function chosenPacks(requested: string[], packs: PackChoice[]): string[] {
  const chosen = [...new Set(requested.flatMap((p) => p.split(',')).map((p) => p.trim()))].filter((p) => packs.some((k) => k.id === p));
  return chosen.length ? chosen : packs.filter((p) => p.id !== 'cn-national').map((p) => p.id);
}

export async function analystState(registry: PackRegistry, query: Record<string, string>, requested: string[], lang: Lang): Promise<AnalystState> {
  const packs = packChoices(registry, lang);
  const chosen = chosenPacks(requested, packs);
  const kind = REPORT_KINDS.includes(query.kind as ReportKind) ? (query.kind as ReportKind) : undefined;
  const values = eventValues(query);
  const date = values.startDate && isCalendarDate(values.startDate) ? values.startDate : todayInChina();
  const facts: DeclaredFact[] = [];
  for (const id of chosen) {
    const resolved = registry.resolve(id, date);
    if (resolved.kind !== 'ok') continue;
    for (const f of resolved.resolved.compiled.pack.facts) if (!facts.some((g) => g.name === f.name)) facts.push(f);
  }
  const event = eventFromForm(values, facts);
  const state: AnalystState = { lang, packs, chosen, kind, values, questions: [], facts, problems: [], event: JSON.stringify(event) };

  // What each chosen pack still needs, as the organizers' page asks it.
  const open = new Set<string>();
  for (const id of chosen) {
    const outcome = await answer(registry, { pack: id, event, lang });
    if (outcome.kind === 'answered') for (const q of outcome.determination.questions) open.add(q.fact);
    else if (outcome.kind === 'invalid-event') for (const p of outcome.problems) if (!state.problems.some((q) => q.path === p.path)) state.problems.push(p);
  }
  const names = [...new Set([...ALWAYS, ...Object.keys(values), ...open])].filter(
    (fact) => isQuestionFact(fact) && !NOT_ASKED.has(fact) && appliesTo(fact, values.kind, facts),
  );
  state.questions = inOrder(
    names.map((fact) => ({ fact, question: facts.find((f) => f.name === fact)?.question[lang] ?? QUESTIONS[fact]?.[lang] ?? factTitle(fact, lang, facts) })),
    facts,
  );

  if (!kind) return state;
  if (kind === 'compare' && chosen.length < 2) return { ...state, error: t('fewPacks', lang) };
  if (kind === 'compare' && state.problems.length) return state;
  const outcome = await prepareReport(registry, { kind, packs: chosen, lang, event: kind === 'compare' ? event : undefined });
  if (outcome.kind === 'report') state.report = outcome.report;
  else if (outcome.kind === 'invalid-event') state.problems = outcome.problems;
  else state.error = t('reportUnavailable', lang);
  return state;
}
