// How words are put together in each language: punctuation, brackets, lists and templates. Every other table of
// the lexicon holds words only; the joins between them are made here, so Chinese never gets ", " nor English "，".
import type { BilingualText } from '../citation-schema.js';
import type { Lang } from '../vocabulary.js';

export type { BilingualText } from '../citation-schema.js';

/** The text in `lang`. */
export function say(text: BilingualText, lang: Lang): string {
  return text[lang];
}

const MARKS = {
  colon: { zh: '：', en: ': ' },
  comma: { zh: '，', en: ', ' },
  semicolon: { zh: '；', en: '; ' },
  list: { zh: '、', en: ', ' },
  stop: { zh: '。', en: '.' },
  or: { zh: '或', en: ' or ' },
} satisfies Record<string, BilingualText>;

export type Mark = keyof typeof MARKS;

/** A punctuation mark or join: `：` / `: `, `、` / `, ` … */
export function mark(which: Mark, lang: Lang): string {
  return MARKS[which][lang];
}

/** `{name}` placeholders filled in; a placeholder without a value is left as it is. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    out += (key in values ? String(values[key]) : `{${key}}`) + (parts[i + 1] as string);
  }
  return out;
}

// Templates are few and fixed: each is split once into text and placeholder names (text, name, text, …).
const split = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = split.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (split.size < 10_000) split.set(template, parts);
  }
  return parts;
}

/** A template of the lexicon, in `lang`, filled in. */
export function sayFilled(text: BilingualText, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(text[lang], values);
}

/** `（text）` in Chinese, ` (text)` in English (with the space before it). */
export function paren(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** `label：text` / `label: text`. */
export function labelled(label: string, text: string, lang: Lang): string {
  return `${label}${MARKS.colon[lang]}${text}`;
}

/** Items of one list: `a、b、c` / `a, b, c`. */
export function list(items: readonly string[], lang: Lang): string {
  return items.join(MARKS.list[lang]);
}

/** Clauses of one sentence: `a；b` / `a; b`. */
export function clauses(items: readonly string[], lang: Lang): string {
  return items.join(MARKS.semicolon[lang]);
}

/** `main（note；note）` / `main (note; note)`; just `main` without notes. */
export function withNotes(main: string, notes: readonly string[], lang: Lang): string {
  return notes.length ? `${main}${paren(clauses(notes, lang), lang)}` : main;
}

/** `main（a，b）` / `main (a, b)`. */
export function parenthesized(main: string, parts: readonly string[], lang: Lang): string {
  return `${main}${paren(parts.join(MARKS.comma[lang]), lang)}`;
}

/** Inside an English sentence a heading's capital goes (`Counted` -> `counted`); Chinese is unchanged. */
export function inline(text: string, lang: Lang): string {
  if (lang === 'zh' || !text) return text;
  // Keep acronyms and proper names: lower the first letter only when the second is lower case too.
  return /^[A-Z][a-z]/.test(text) ? `${text[0]?.toLowerCase()}${text.slice(1)}` : text;
}

/** A column heading from an inline word (`extends` -> `Extends`); Chinese is unchanged. */
export function capital(text: string, lang: Lang): string {
  if (lang === 'zh' || !text) return text;
  return `${text[0]?.toUpperCase()}${text.slice(1)}`;
}

/** 1-based ordinal of a 0-based index: offset plan lines and ranks are counted from 1 for a person. */
export const ordinal = (index: number) => index + 1;
