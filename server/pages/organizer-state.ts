// What the organizer page shows for a query: the pack chosen, the event its form describes (read with the pack's
// own fact declarations), the engine's answer, the questions it still asks, and once it is complete the other
// facts the policy reads, so that an organizer may add them.
import { answer } from '../../app/answer.js';
import type { PackRegistry } from '../../app/registry.js';
import { fallbackNotice } from '../../adapters/render/fallback-notice.js';
import {
  type CompiledPack,
  type EventKind,
  EVENT_KINDS,
  factsToAsk,
  FACT_CATALOG,
  isCalendarDate,
  isCustomFact,
  type Lang,
  type Problem,
  type Question,
  todayInChina,
  ui,
} from '../../engine/index.js';
import { factTitle } from '../../adapters/reports/fact-words.js';
import { appliesTo, type DeclaredFact, eventFromForm, fieldOf, formValues, isQuestionFact, readingsFromForm } from './event-form.js';
import type { OrganizerState } from './organizer.js';
import { shownDocument } from './shown-pack.js';

/** Questions read best in this order: what the event is, how large, who holds it, when; then the pack's own facts. */
const ORDER = ['kind', 'attendees', 'floorAreaM2', 'organizer.type', 'organizer.level', 'meetingClass', 'scale', 'bidCommitsNeutrality', 'chengyuCircle', 'startDate', 'endDate'];

/** Facts an organizer does not answer in the questionnaire: the plan check has its own form. */
export const NOT_ASKED = new Set(['name', 'organizer.name', 'emissionsTco2e', 'offsets']);

/** The packs to choose from: those with a published version (a draft is never offered, nor named, on a page). */
export function packChoices(registry: PackRegistry, lang: Lang) {
  return registry.packIds().flatMap((id) => {
    const doc = shownDocument(registry, id);
    return doc ? [{ id, name: `${doc.jurisdiction.name[lang]} · ${doc.title[lang]}` }] : [];
  });
}

function rank(fact: string, facts: readonly DeclaredFact[]): number {
  const i = ORDER.indexOf(fact);
  return i >= 0 ? i : ORDER.length + Math.max(0, facts.findIndex((f) => f.name === fact));
}

/** Questions in the order they read best (the kind, the size, the organizer, the dates, then the pack's own). */
export function inOrder(questions: Question[], facts: readonly DeclaredFact[]): Question[] {
  return [...questions].sort((a, b) => rank(a.fact, facts) - rank(b.fact, facts));
}

/** The pack a form is read with: the version for the event's start date (today before one is given). */
function packFor(registry: PackRegistry, packId: string, startDate: string | undefined): CompiledPack | undefined {
  const date = startDate && isCalendarDate(startDate) ? startDate : todayInChina();
  const resolved = registry.resolve(packId, date);
  return resolved.kind === 'ok' ? resolved.resolved.compiled : undefined;
}

const kindOf = (values: Record<string, string>): EventKind | undefined =>
  (EVENT_KINDS as readonly string[]).includes(values.kind ?? '') ? (values.kind as EventKind) : undefined;

/**
 * The facts the policy reads that the event does not give, and that apply to its kind; and the pack's own facts
 * that apply to it even when no rule reads them (Shanghai's online attendees: stated, and seen not to count).
 * While the kind is not known, only what applies to every kind (the kind itself first).
 */
function moreFacts(compiled: CompiledPack, values: Record<string, string>, lang: Lang): Question[] {
  const kind = kindOf(values);
  const facts = compiled.pack.facts;
  const read = factsToAsk(compiled, kind);
  const own = facts.filter((f) => isCustomFact(f.name) && !read.includes(f));
  const restricted = (name: string) => Boolean(facts.find((f) => f.name === name)?.kinds ?? FACT_CATALOG.find((f) => f.name === name)?.kinds);
  const candidates = [...read, ...own].filter(
    (f) =>
      !values[f.name] &&
      !NOT_ASKED.has(f.name) &&
      isQuestionFact(f.name) &&
      appliesTo(f.name, kind, facts) &&
      (kind !== undefined || !restricted(f.name)),
  );
  return inOrder(
    candidates.map((f) => ({ fact: f.name, question: f.question[lang] })),
    facts,
  );
}

/** The engine's questions that the questionnaire asks: event facts, never one that does not apply to the kind. */
function openQuestions(questions: Question[], values: Record<string, string>, facts: readonly DeclaredFact[]): Question[] {
  return inOrder(
    questions.filter((q) => isQuestionFact(q.fact) && !NOT_ASKED.has(q.fact) && appliesTo(q.fact, kindOf(values), facts)),
    facts,
  );
}

export async function organizerState(registry: PackRegistry, query: Record<string, string>, lang: Lang): Promise<OrganizerState> {
  const packs = packChoices(registry, lang);
  const packId = query.pack && packs.some((p) => p.id === query.pack) ? query.pack : undefined;
  const values = formValues(query);
  const state: OrganizerState = { lang, packs, packId, values, problems: [], questions: [], more: [], facts: [], jurisdiction: '000000', moreOpen: query.more === '1' };
  if (!packId) return state;
  const shown = packFor(registry, packId, values.startDate);
  if (shown) {
    state.facts = shown.pack.facts;
    state.jurisdiction = shown.pack.jurisdiction.code;
  }
  const event = eventFromForm(values, state.facts);
  const ask = (readings: Record<string, string>) => answer(registry, { pack: packId, event, lang, readings });
  let outcome = await ask(readingsFromForm(values));
  if (outcome.kind === 'invalid-readings') {
    // A reading the pack does not have (or an option it does not offer) is named, in words (the page says it with
    // the pack's readings), and the answer is given under the pack's default for it.
    state.readings = outcome.resolved.compiled.pack.readings;
    state.problems = outcome.problems;
    for (const p of outcome.problems) delete values[`reading.${p.path.slice('readings.'.length)}`];
    outcome = await ask(readingsFromForm(values));
  }
  if (outcome.kind === 'answered') {
    const d = outcome.determination;
    const compiled = outcome.resolved.compiled;
    state.determination = d;
    state.facts = compiled.pack.facts;
    state.jurisdiction = compiled.pack.jurisdiction.code;
    state.questions = openQuestions(d.questions, values, state.facts);
    if (!state.questions.length) state.more = moreFacts(compiled, values, lang);
    if (outcome.fallback) state.notice = fallbackNotice(outcome.fallback, lang, (id) => registry.describe(id));
  } else if (outcome.kind === 'invalid-event') {
    state.problems = outcome.problems;
    // A rejected answer is asked again, next to its message, in the words of the pack.
    state.questions = reask(outcome.problems, state.facts, lang);
  } else state.problems.push({ path: 'pack', message: ui('packUnavailable', 'en'), kind: 'pack-unavailable' });
  return state;
}

function reask(problems: Problem[], facts: readonly DeclaredFact[], lang: Lang): Question[] {
  const asked = new Set<string>();
  const questions: Question[] = [];
  for (const p of problems) {
    const fact = fieldOf(p);
    const declared = facts.find((f) => f.name === fact);
    if (!isQuestionFact(fact) || asked.has(fact) || (!declared && isCustomFact(fact))) continue;
    asked.add(fact);
    questions.push({ fact, question: declared?.question[lang] ?? factTitle(fact, lang, facts) });
  }
  return questions;
}
