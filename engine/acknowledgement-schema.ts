// A finding of the static analysis (tanzhong pack lint, engine/analysis/) that a pack explains, in its
// `acknowledges`: the finding stays in the report, marked explained with the reason and the clause, and is no longer an error.
import { z } from 'zod';
import { FINDING_CODES } from './analysis/finding.js';
import { Bilingual, CitationSchema } from './citation-schema.js';
import { boundedList, packName as name } from './pack-bounds.js';

/** A finding of the static analysis (tanzhong pack lint) that the pack explains, with the words that justify it. */
export const AcknowledgementSchema = z
  .object({
    finding: z.enum(FINDING_CODES).describe('the kind of finding: gap, conflict, unreachable-rule, non-monotonic, loosening, due-before-end, unknown-instrument, unread-fact, unused-reading'),
    rules: boundedList(z.string().max(100, 'must be at most 100 characters'), 20).optional().describe('the ids of rules the finding names (each must be among them)'),
    subject: name.optional().describe('the fact, reading, instrument or duty the finding is about'),
    reason: Bilingual.describe('why the pack is right as it is'),
    citation: CitationSchema,
  })
  .strict();

export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;
