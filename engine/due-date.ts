// When a duty is due: an anchor of the event (its start or end) shifted by days, months or years.
// "Before the start" with no shift means the day before the start: registration must be done by then.
import { type CalendarDate, shiftDate } from './calendar.js';
import { DUE } from './lexicon/sentences.js';
import { type BilingualText, fill } from './lexicon/words.js';
import type { Due } from './pack-schema.js';
import type { Lang } from './vocabulary.js';

/**
 * The due date, or null: when the policy sets none, when the anchor date is missing (`missingFact`), or when the
 * date would fall outside 0001-01-01..9999-12-31 (`outOfRange`).
 */
export type DueOutcome = { due: CalendarDate | null; missingFact?: 'startDate' | 'endDate'; outOfRange?: true };

export function computeDue(due: Due, event: { startDate?: string; endDate?: string }): DueOutcome {
  if (due.anchor === 'none') return { due: null };
  const anchorFact = due.anchor === 'event.start' ? 'startDate' : 'endDate';
  const anchor = event[anchorFact];
  if (!anchor) return { due: null, missingFact: anchorFact };
  const shift = { days: due.days, months: due.months, years: due.years };
  const noShift = !shift.days && !shift.months && !shift.years;
  const date =
    due.direction === 'before' ? shiftDate(anchor, noShift ? { days: 1 } : shift, -1) : shiftDate(anchor, shift, 1);
  return date === null ? { due: null, outOfRange: true } : { due: date };
}

/** The rule in words, e.g. "within 1 month after the event ends", for renderers and reports. */
// A pack's due rules never change: their words are worked out once per rule and language.
const described = new WeakMap<Due, Partial<Record<Lang, string>>>();

export function describeDue(due: Due, lang: Lang): string {
  let byLang = described.get(due);
  if (!byLang) described.set(due, (byLang = {}));
  return (byLang[lang] ??= dueInWords(due, lang));
}

function dueInWords(due: Due, lang: Lang): string {
  if (due.anchor === 'none') return DUE.none[lang];
  const unit = (template: BilingualText, n: number | undefined) => (n ? [fill(template[lang], { n, s: n > 1 ? 's' : '' })] : []);
  const span = [...unit(DUE.years, due.years), ...unit(DUE.months, due.months), ...unit(DUE.days, due.days)].join(DUE.spanJoin[lang]);
  const anchor = (due.anchor === 'event.start' ? DUE.start : DUE.end)[lang];
  if (!span) return fill(DUE.justBefore[lang], { anchor });
  return fill((due.direction === 'before' ? DUE.before : DUE.after)[lang], { anchor, span });
}
