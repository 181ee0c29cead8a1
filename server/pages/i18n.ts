// The pages' words: a view of the one bilingual lexicon (engine/lexicon/interface.ts, engine/lexicon/page-words.ts).
// A few keys the pages have always used name a lexicon concept differently; they are mapped here, never given
// words of their own.
import { factHeading, INTERFACE_WORDS, type InterfaceWord, type Lang, mark, PAGE_WORDS, type PageWord } from '../../engine/index.js';

const both = (say: (lang: Lang) => string) => ({ zh: say('zh'), en: say('en') });

const WORDS = {
  ...INTERFACE_WORDS,
  ...PAGE_WORDS,
  /** The heading of the optional plan form. */
  plan: INTERFACE_WORDS.planForm,
  /** The emissions field of the plan form, with its unit. */
  emissions: both((lang) => factHeading('emissionsTco2e', lang)),
  /** Followed by the level on the answer card. */
  soFar: both((lang) => `${INTERFACE_WORDS.soFar[lang]}${mark('colon', lang)}`.trimEnd()),
};

export type WordKey = InterfaceWord | PageWord | keyof typeof WORDS;

export function t(key: WordKey, lang: Lang): string {
  return WORDS[key][lang];
}

/** `t` with `{name}` placeholders filled in. */
export function tf(key: WordKey, lang: Lang, values: Record<string, string | number>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
