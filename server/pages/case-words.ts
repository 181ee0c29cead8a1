// The case pages' words: a view of the lexicon (engine/lexicon/case-documents.ts), with the joins of ./i18n.ts.
import { CASE_PAGE_WORDS, DOCUMENT_WORDS, type Lang, sayFilled } from '../../engine/index.js';

export type CaseWord = keyof typeof CASE_PAGE_WORDS;

export const cw = (key: CaseWord, lang: Lang): string => CASE_PAGE_WORDS[key][lang];

/** A quantity with its unit: `12.5 吨CO2e`, `12.5 tCO2e`. */
export const tco2e = (q: string, lang: Lang): string => sayFilled(DOCUMENT_WORDS.tonnes, lang, { q });

export const colon = (lang: Lang): string => (lang === 'zh' ? '：' : ': ');

/** The address of a case page, its documents and its certificate, in `lang`. */
export const casePath = (id: string, lang: Lang, rest = '') => `/cases/${encodeURIComponent(id)}${rest}?lang=${lang}`;
