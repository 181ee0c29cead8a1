// A fallback put into words: the requested pack was not in effect yet on the date asked, so the pack it extends
// answered. The CLI, the API's `notice` and the organizer page say it in these same words (engine/lexicon/
// sentences.ts), in the asked language.
import { type BilingualText, FALLBACK_NOTICE, fill, type Lang } from '../../engine/index.js';
import type { Fallback } from '../../app/registry.js';

/** How a pack is named to a person: its title (the registry's `describe`). */
export type PackNames = (packId: string) => { title: BilingualText } | undefined;

export function fallbackNotice(fallback: Fallback, lang: Lang, names: PackNames): string {
  const title = (id: string) => names(id)?.title[lang] ?? id;
  const requested = title(fallback.requested);
  const base = title(fallback.answeredBy);
  return fill(FALLBACK_NOTICE[lang], { requested, base, firstEffective: fallback.firstEffective, date: fallback.date });
}

/** The fields an answer carries when a base pack answered: `notice` in words and `fallback` as data; else none. */
export function fallbackFields(fallback: Fallback | undefined, lang: Lang, names: PackNames): { notice?: string; fallback?: Fallback } {
  return fallback ? { notice: fallbackNotice(fallback, lang, names), fallback } : {};
}
