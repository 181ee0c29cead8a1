// What an update of a case changed: the facts of the event and the case's details as given, and what the policy
// answers now against what it answered before (the obligation, the deciding rule, the confirmation routes, each
// duty and its due date), under the same pack versions.
import {
  ACCOUNTING_LABELS,
  type BilingualText,
  BOUNDARY_LABELS,
  CASE_CHANGE_WORDS,
  type Determination,
  factName,
  factValue,
  fill,
  INSTRUMENT_LABELS,
  type Lang,
  list,
  MODE_LABELS,
  NEUTRALIZATION_TYPE_LABELS,
  OBLIGATION_LABELS,
  PARTICULAR_LABELS,
  PLAN_MEASURE_LABELS,
  regionName,
} from '../../engine/index.js';
import { canonicalJson } from '../canonical-json.js';
import type { CaseChange } from './case-view.js';

const shown = (value: unknown): string | null => (value === undefined ? null : typeof value === 'string' ? value : canonicalJson(value));

/** The words of the codes a case's details hold; any other value as it was given. */
const PARTICULAR_VALUES: Record<string, Record<string, BilingualText>> = {
  boundary: BOUNDARY_LABELS,
  accountedBy: ACCOUNTING_LABELS,
  neutralizationType: NEUTRALIZATION_TYPE_LABELS,
  measures: PLAN_MEASURE_LABELS,
  plannedInstruments: INSTRUMENT_LABELS,
  plannedConfirmation: MODE_LABELS,
  placeRegion: {},
};

function particularValue(key: string, value: unknown, lang: Lang): string | null {
  if (value === undefined || value === null) return null;
  const words = PARTICULAR_VALUES[key];
  if (!words) return shown(value);
  const one = (code: unknown) => (key === 'placeRegion' ? regionName(String(code), lang) : (words[String(code)]?.[lang] ?? String(code)));
  return Array.isArray(value) ? list(value.map(one), lang) : one(value);
}

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, prefix: 'event' | 'particulars', lang: Lang): CaseChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => {
    if (canonicalJson(before[key] ?? null) === canonicalJson(after[key] ?? null)) return [];
    if (prefix === 'event') {
      const say = (value: unknown) => (value === undefined ? null : typeof value === 'object' ? shown(value) : factValue(key, value, lang));
      return [{ field: `event.${key}`, text: fill(CASE_CHANGE_WORDS.event[lang], { field: factName(key, lang) }), before: say(before[key]), after: say(after[key]) }];
    }
    const name = (PARTICULAR_LABELS as Record<string, BilingualText | undefined>)[key]?.[lang] ?? key;
    const say = (value: unknown) => particularValue(key, value, lang);
    return [{ field: `particulars.${key}`, text: fill(CASE_CHANGE_WORDS.particular[lang], { field: name }), before: say(before[key]), after: say(after[key]) }];
  });
}

function answerChanges(before: Determination, after: Determination, lang: Lang): CaseChange[] {
  const changes: CaseChange[] = [];
  if (before.obligation !== after.obligation) {
    changes.push({ field: 'obligation', text: CASE_CHANGE_WORDS.obligation[lang], before: OBLIGATION_LABELS[before.obligation][lang], after: OBLIGATION_LABELS[after.obligation][lang] });
  }
  const decidedBefore = before.decidedBy ? `${before.decidedBy.citation.document} ${before.decidedBy.citation.clause}` : null;
  const decidedAfter = after.decidedBy ? `${after.decidedBy.citation.document} ${after.decidedBy.citation.clause}` : null;
  if (before.decidedBy?.rule !== after.decidedBy?.rule) {
    changes.push({ field: 'decidedBy', text: CASE_CHANGE_WORDS.decidedBy[lang], before: decidedBefore, after: decidedAfter });
  }
  const routes = (d: Determination) => list(d.confirmation.routes.map((r) => r.label), lang) || CASE_CHANGE_WORDS.none[lang];
  if (canonicalJson(before.confirmation.modes) !== canonicalJson(after.confirmation.modes)) {
    changes.push({ field: 'modes', text: CASE_CHANGE_WORDS.modes[lang], before: routes(before), after: routes(after) });
  }
  const beforeDuties = new Map(before.duties.map((d) => [d.duty, d]));
  const afterDuties = new Map(after.duties.map((d) => [d.duty, d]));
  for (const [duty, now] of afterDuties) {
    const was = beforeDuties.get(duty);
    if (!was) changes.push({ field: `duties.${duty}`, text: fill(CASE_CHANGE_WORDS.dutyAdded[lang], { duty: now.title }), before: null, after: now.due });
    else if (was.due !== now.due) changes.push({ field: `duties.${duty}.due`, text: fill(CASE_CHANGE_WORDS.due[lang], { duty: now.title }), before: was.due, after: now.due });
  }
  for (const [duty, was] of beforeDuties) {
    if (!afterDuties.has(duty)) changes.push({ field: `duties.${duty}`, text: fill(CASE_CHANGE_WORDS.dutyRemoved[lang], { duty: was.title }), before: was.due, after: null });
  }
  return changes;
}

export function caseChanges(
  before: { event: Record<string, unknown>; particulars: Record<string, unknown>; determination: Determination },
  after: { event: Record<string, unknown>; particulars: Record<string, unknown>; determination: Determination },
  lang: Lang,
): CaseChange[] {
  return [
    ...fieldChanges(before.event, after.event, 'event', lang),
    ...fieldChanges(before.particulars, after.particulars, 'particulars', lang),
    ...answerChanges(before.determination, after.determination, lang),
  ];
}
