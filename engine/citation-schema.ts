// Words in both languages, and the citation every rule and value of a pack carries: the document, the clause, its
// words (verbatim or marked paraphrase) and the basis (the text, our interpretation, or not confirmed).
import { z } from 'zod';
import { boundedText, MAX_QUOTE_LENGTH, packName as name, packText as text } from './pack-bounds.js';
import { CITATION_BASES, WORDINGS } from './vocabulary.js';

export const Bilingual = z.object({ zh: text, en: text }).strict();

export const CitationSchema = z
  .object({
    document: name.describe('document number, as listed in the pack documents, e.g. 渝环〔2025〕21号'),
    clause: name.describe('clause, e.g. 三（一） or 第十六条'),
    zh: boundedText(MAX_QUOTE_LENGTH).describe('the Chinese words of the clause (short)'),
    en: text.describe('an English note: what the clause says or how we read it'),
    basis: z
      .enum(CITATION_BASES)
      .describe('text: the clause says so; interpretation: our reading; unconfirmed: not verified in the source'),
    wording: z
      .enum(WORDINGS)
      .optional()
      .describe('verbatim (the default): zh is the source\'s own words; paraphrase: zh summarizes them and is never shown in quotation marks'),
  })
  .strict();

export type BilingualText = z.infer<typeof Bilingual>;
export type Citation = z.infer<typeof CitationSchema>;
