// A view of the lexicon (engine/lexicon/) for the reports that still read the text renderer's words: the plan's
// verdict and shortfall inside a sentence, the standing of an instrument and the basis of a citation.
import { basisWords, type BilingualText, type CitationBasis, inline, INTERFACE_WORDS, STANDING_LABELS } from '../../engine/index.js';

export { fill } from '../../engine/index.js';

const inSentence = (text: BilingualText): BilingualText => ({ zh: text.zh, en: inline(text.en, 'en') });

export const WORDS = {
  sufficientYes: inSentence(INTERFACE_WORDS.sufficient),
  sufficientNo: inSentence(INTERFACE_WORDS.insufficient),
  sufficientUnknown: inSentence(INTERFACE_WORDS.undecidedPlan),
  shortfall: inSentence(INTERFACE_WORDS.shortfall),
  plan: INTERFACE_WORDS.planResult,
} satisfies Record<string, BilingualText>;

export const STANDING_WORDS = STANDING_LABELS;

/** How the basis of a citation is shown: the text plainly, the others marked ⚠. */
export const BASIS_WORDS: Record<CitationBasis, BilingualText> = {
  text: { zh: basisWords('text', 'zh'), en: basisWords('text', 'en') },
  interpretation: { zh: basisWords('interpretation', 'zh'), en: basisWords('interpretation', 'en') },
  unconfirmed: { zh: basisWords('unconfirmed', 'zh'), en: basisWords('unconfirmed', 'en') },
};
