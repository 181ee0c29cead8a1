// What every section of a text rendering shares: the determination, its language, the lexicon's words in that
// language, the citation numbers and the terminal style.
import {
  type Determination,
  factName,
  type InterfaceWord,
  type Lang,
  list,
  mark,
  paren,
  ui,
} from '../../engine/index.js';
import { CitationIndex } from './citation-index.js';
import { plainStyle, type Style, terminalStyle } from './style.js';

export interface Context {
  d: Determination;
  lang: Lang;
  /** An interface word (engine/lexicon/interface.ts) in the determination's language. */
  say: (word: InterfaceWord, values?: Record<string, string | number>) => string;
  colon: string;
  /** `（text）` in Chinese, ` (text)` in English. */
  paren: (text: string) => string;
  /** Between parts of a sentence: `，` / `, `. */
  comma: string;
  /** Facts in words, as a list: the answer's own names for them (`活动结束日期`), never their paths. */
  facts: (facts: readonly string[]) => string;
  cites: CitationIndex;
  style: Style;
}

export type Section = (c: Context) => string[];

export function makeContext(d: Determination, color: boolean): Context {
  const { lang } = d;
  const named = (fact: string) => d.questions.find((q) => q.fact === fact)?.label ?? factName(fact, lang);
  return {
    d,
    lang,
    say: (word, values) => ui(word, lang, values),
    colon: mark('colon', lang),
    paren: (text) => paren(text, lang),
    comma: mark('comma', lang),
    facts: (facts) => list([...new Set(facts)].map(named), lang),
    cites: new CitationIndex(),
    style: color ? terminalStyle : plainStyle,
  };
}

/** ` · [n]` after a statement that rests on a citation; nothing when it rests on none. */
export function cited(c: Context, citation: Parameters<CitationIndex['ref']>[0] | undefined): string {
  return citation ? ` · ${c.cites.ref(citation)}` : '';
}
