// A fallback put into words: the requested pack was not in effect yet on the date asked, so the pack it extends
// answered. The CLI, the API's `notice` and the organizer page say it in these same words, in the asked language.
import type { BilingualText, Lang } from '../../engine/index.js';
import type { Fallback } from '../../app/registry.js';

/** How a pack is named to a person: its title (the registry's `describe`). */
export type PackNames = (packId: string) => { title: BilingualText } | undefined;

export function fallbackNotice(fallback: Fallback, lang: Lang, names: PackNames): string {
  const title = (id: string) => names(id)?.title[lang] ?? id;
  const requested = title(fallback.requested);
  const base = title(fallback.answeredBy);
  return lang === 'zh'
    ? `《${requested}》自 ${fallback.firstEffective} 起施行，${fallback.date} 尚未施行，因此按其所依据的《${base}》作答。`
    : `${requested} takes effect on ${fallback.firstEffective}; on ${fallback.date} it was not yet in force, so this answer is given under ${base}, which it extends.`;
}

/** The fields an answer carries when a base pack answered: `notice` in words and `fallback` as data; else none. */
export function fallbackFields(fallback: Fallback | undefined, lang: Lang, names: PackNames): { notice?: string; fallback?: Fallback } {
  return fallback ? { notice: fallbackNotice(fallback, lang, names), fallback } : {};
}
