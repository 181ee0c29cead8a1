// A case document as JSON: its fields in the document's order, each with its label and its value (as data and in
// words), the tick boxes of the form with the ticked ones marked, and the clauses it rests on. A field nobody has
// given is blank (value and text null) and listed in `blank`: the documents never guess.
import {
  type BilingualText,
  type Citation,
  DOCUMENT_TITLES,
  clauses,
  DOCUMENT_WORDS,
  KIND_LABELS,
  labelled,
  type Lang,
  list,
  paren,
  REGISTRATION_FIELDS,
  SCALE_LABELS,
  sayFilled,
} from '../../../engine/index.js';
import type { EventParticulars, ResponsibleContact } from './inputs.js';

export const DOCUMENT_KINDS = ['sichuan-registration', 'jining-self-commitment', 'chongqing-plan'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type FieldValue = string | number | readonly string[] | null;

export interface FieldOption {
  code: string;
  label: string;
  ticked: boolean;
}

export interface DocumentField {
  /** A stable key for programs (`eventName`, `boundary`). */
  key: string;
  label: string;
  /** The value as data: text, a date, a decimal string, a number, the codes of ticked boxes; null when blank. */
  value: FieldValue;
  /** The value in words as the document shows it; null when blank. */
  text: string | null;
  /** Every tick box of the field, ticked or not (none ticked when the value is blank). */
  options?: FieldOption[];
  /** Parts of a compound field (附表1's department, contact person and phone). */
  parts?: DocumentField[];
  citation?: Citation;
}

export interface CaseDocument {
  document: DocumentKind;
  lang: Lang;
  title: string;
  /** The clause that asks for the document. */
  source: Citation;
  /** Further clauses the fields rest on. */
  citations: Citation[];
  fields: DocumentField[];
  /** The labels of the blank fields, in order (a compound field counts when any of its parts is blank). */
  blank: string[];
  notes: string[];
  /** A commitment's own sentence, which the signatory makes. */
  statement?: string;
}

/** A field's label in `lang`. */
export const labelOf = (table: Record<string, BilingualText>, key: string, lang: Lang) => (table[key] as BilingualText)[lang];

/** A plain field: its value in words is the value itself, or what `words` makes of it. */
export function field<T extends string | number>(
  key: string,
  label: string,
  value: T | null | undefined,
  words: (v: T) => string = String,
): DocumentField {
  const given = value === undefined || value === null || value === '' ? null : value;
  return { key, label, value: given, text: given === null ? null : words(given) };
}

/** A field of tick boxes: every option with its label; the ticked codes as the value, null when nothing is said. */
export function ticks(
  key: string,
  label: string,
  options: Record<string, BilingualText>,
  ticked: readonly string[] | null,
  lang: Lang,
  detail: Partial<Record<string, string | null>> = {},
): DocumentField {
  const chosen = ticked && ticked.length ? ticked : null;
  const optionList = Object.entries(options).map(([code, words]) => ({ code, label: words[lang], ticked: Boolean(chosen?.includes(code)) }));
  const text = chosen
    ? list(
        optionList.filter((o) => o.ticked).map((o) => (detail[o.code] ? `${o.label}${paren(detail[o.code] as string, lang)}` : o.label)),
        lang,
      )
    : null;
  return { key, label, value: chosen, text, options: optionList };
}

/** The labels of the blank fields (a compound one when any part is blank). */
export function blankLabels(fields: readonly DocumentField[]): string[] {
  return fields.filter((f) => (f.parts ? f.parts.some((p) => p.text === null) : f.text === null)).map((f) => f.label);
}

export const tonnes = (q: string, lang: Lang) => sayFilled(DOCUMENT_WORDS.tonnes, lang, { q });

/** `2026-06-10 至 2026-06-12`; one day alone when both are the same; null when either is unknown. */
export function dateRange(event: Pick<EventParticulars, 'startDate' | 'endDate'>, lang: Lang): string | null {
  const { startDate, endDate } = event;
  if (!startDate || !endDate) return null;
  return startDate === endDate ? startDate : sayFilled(DOCUMENT_WORDS.dateRange, lang, { start: startDate, end: endDate });
}

/** The event's size in words: the scale, the attendees and the floor area given, and the organizer's own words. */
export function sizeWords(event: EventParticulars, lang: Lang): string | null {
  const parts: string[] = [];
  if (event.scale) parts.push(SCALE_LABELS[event.scale][lang]);
  if (event.attendees !== null) parts.push(sayFilled(DOCUMENT_WORDS.attendees, lang, { n: event.attendees }));
  if (event.floorAreaM2 !== null) parts.push(sayFilled(DOCUMENT_WORDS.floorArea, lang, { n: event.floorAreaM2 }));
  if (event.scaleText) parts.push(event.scaleText);
  return parts.length ? list(parts, lang) : null;
}

/** The event's size as data: what was given of it. */
export function sizeValue(event: EventParticulars): string | null {
  const parts = [event.scale, event.attendees, event.floorAreaM2, event.scaleText].filter((p) => p !== null && p !== undefined);
  return parts.length ? parts.join('; ') : null;
}

export const kindWords = (event: EventParticulars, lang: Lang) => (event.kind ? KIND_LABELS[event.kind][lang] : null);

export const titleOf = (kind: DocumentKind, lang: Lang) => DOCUMENT_TITLES[kind][lang];

/** 责任部门及联系方式: three parts (附表1's), each blank on its own. */
export function contactField(label: string, contact: ResponsibleContact, lang: Lang): DocumentField {
  const parts = [
    field('department', REGISTRATION_FIELDS.department[lang], contact.department),
    field('person', REGISTRATION_FIELDS.person[lang], contact.person),
    field('phone', REGISTRATION_FIELDS.phone[lang], contact.phone),
  ];
  const given = parts.filter((p) => p.text !== null);
  return {
    key: 'contact',
    label,
    value: given.length ? given.map((p) => p.text as string) : null,
    text: given.length ? clauses(given.map((p) => labelled(p.label, p.text as string, lang)), lang) : null,
    parts,
  };
}
