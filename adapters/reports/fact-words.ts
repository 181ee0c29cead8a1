// An event's facts in words, for pages and reports: each fact by its name (a custom fact by the label its pack
// declares), each value by its name and unit, never the path or the code an event is written in. The names come
// from the lexicon (engine/lexicon/facts.ts); this adds only how a page lists and heads them.
import { capital, type DeclaredFacts, type EventInput, factName, type Lang, valueName, withUnit } from '../../engine/index.js';
import { ui } from '../../engine/index.js';

export type { DeclaredFacts };

/** The unit written after a fact's numbers, if it has one (`人`, `m²`, the unit a pack declares). */
export function factUnit(fact: string, lang: Lang, facts?: DeclaredFacts): string | undefined {
  return withUnit('', fact, lang, facts).trim() || undefined;
}

/** A value of a fact as a page shows it on its own: `国有企业` / `State-owned enterprise`, `是`, `300 人`. */
export function shownValue(fact: string, value: unknown, lang: Lang, facts?: DeclaredFacts): string {
  return withUnit(valueName(fact, value, lang, facts), fact, lang, facts);
}

/** A fact's name heading a value or a field: the name as the lexicon gives it, capitalized in English. */
export function factTitle(fact: string, lang: Lang, facts?: DeclaredFacts): string {
  return capital(factName(fact, lang, facts), lang);
}

/** The facts an event gives, in words, in the order written (the offset plan as its number of lines). */
export function eventWords(event: EventInput, lang: Lang, facts?: DeclaredFacts): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  const put = (fact: string, value: unknown) => {
    if (value !== undefined && value !== null) out.push({ label: factTitle(fact, lang, facts), value: shownValue(fact, value, lang, facts) });
  };
  for (const [key, value] of Object.entries(event)) {
    if (key === 'organizer' || key === 'extra') {
      for (const [field, v] of Object.entries((value ?? {}) as Record<string, unknown>)) put(`${key}.${field}`, v);
    } else if (key === 'offsets' && Array.isArray(value)) {
      out.push({ label: factTitle('offsets', lang, facts), value: ui('planLineCount', lang, { count: value.length }) });
    } else put(key, value);
  }
  return out;
}
