// The pages' words: a view of the one bilingual lexicon (engine/lexicon/interface.ts). A few keys the pages have
// always used name a lexicon concept differently; they are mapped here, never given words of their own.
import { factHeading, INTERFACE_WORDS, type InterfaceWord, type Lang, mark } from '../../engine/index.js';

const both = (say: (lang: Lang) => string) => ({ zh: say('zh'), en: say('en') });

const PAGE_WORDS = {
  ...INTERFACE_WORDS,
  /** The heading of the optional plan form. */
  plan: INTERFACE_WORDS.planForm,
  /** The emissions field of the plan form, with its unit. */
  emissions: both((lang) => factHeading('emissionsTco2e', lang)),
  /** Followed by the level on the answer card. */
  soFar: both((lang) => `${INTERFACE_WORDS.soFar[lang]}${mark('colon', lang)}`.trimEnd()),
};

export type WordKey = InterfaceWord | keyof typeof PAGE_WORDS;

export function t(key: WordKey, lang: Lang): string {
  return PAGE_WORDS[key][lang];
}

/** `t` with `{name}` placeholders filled in. */
export function tf(key: WordKey, lang: Lang, values: Record<string, string>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
