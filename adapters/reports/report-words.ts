// The reports' words: a view of the one bilingual lexicon (engine/lexicon/), and the few ways the reports put them
// together. A few keys the reports have always used name a lexicon concept differently; they are mapped here, never
// given words of their own.
import {
  APPLIES_LABELS,
  capital,
  factName,
  fill,
  INTERFACE_WORDS,
  type Lang,
  list,
  OBLIGATION_SHORT,
  paren,
  type Period,
  planLine,
  ui,
} from '../../engine/index.js';

export { labelled, parenthesized, withNotes } from '../../engine/index.js';
export { OBLIGATION_SHORT };

export const REPORT_WORDS = {
  ...INTERFACE_WORDS,
  // A pack's duty in general (the matrix): one that applies when neutralizing binds every event that must be
  // neutralized, so the words never make it sound optional.
  ifNeutralizing: APPLIES_LABELS['if-neutralizing'],
  always: APPLIES_LABELS.always,
  readingUsed: INTERFACE_WORDS.readingUsedAs,
  kind: { zh: factName('kind', 'zh'), en: capital(factName('kind', 'en'), 'en') },
  lines: INTERFACE_WORDS.thresholdLines,
};

export type ReportWord = keyof typeof REPORT_WORDS;

export function word(key: ReportWord, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(REPORT_WORDS[key][lang], values);
}

export function periodWords(period: Period, lang: Lang): string {
  return period.until
    ? ui('periodClosed', lang, { from: period.from, until: period.until })
    : ui('periodOpen', lang, { from: period.from });
}

/** What a duty's date governs: `购买的碳配额、碳信用（抵消计划第 2 行）`, `bought allowances and credits (offset plan
 * line 2)`; lines are the engine's 0-based indices, shown 1-based. */
export function governsWords(governs: { label: string; lines?: number[] }, lang: Lang): string {
  if (!governs.lines?.length) return governs.label;
  if (governs.lines.length === 1) return `${governs.label}${paren(planLine(governs.lines[0] as number, lang), lang)}`;
  const numbers = list(governs.lines.map((i) => String(i + 1)), lang);
  return `${governs.label}${paren(ui('planLines', lang, { lines: numbers }), lang)}`;
}

/** Parts of one statement: `a · b · c`. */
export function joinParts(parts: string[]): string {
  return parts.filter(Boolean).join(' · ');
}
