// A pack's offset policy: the instruments it accepts (ranked, each with the checks a line must pass), those it
// excludes and why, what it encourages, whether a partial offset is allowed, and where credits are retired.
import { z } from 'zod';
import { Bilingual, CitationSchema } from './citation-schema.js';
import { calendarDate, regionCode } from './event-schema.js';
import { boundedList, boundedRecord, MAX_DUE_YEARS, MAX_RANK, packName as name } from './pack-bounds.js';
import { INSTRUMENTS } from './vocabulary.js';

const Verdictish = z.enum(['ineligible', 'discouraged']);

/** A line that fails the check still counts when its reductions were approved before `before` (e.g. 渝环规〔2024〕7号 第四十三条). */
export const ApprovedBeforeSchema = z
  .object({ before: calendarDate, citation: CitationSchema })
  .strict()
  .describe('grandfathering: reductions approved before this date may still be used');

const checkBase = { citation: CitationSchema, onFail: Verdictish, unlessApprovedBefore: ApprovedBeforeSchema.optional() };
export const EligibilityCheckSchema = z.discriminatedUnion('check', [
  z.object({ check: z.literal('region-within'), regions: boundedList(regionCode, 500).min(1), ...checkBase }).strict(),
  z.object({ check: z.literal('vintage-after'), date: calendarDate, ...checkBase }).strict(),
  z.object({ check: z.literal('project-start-after'), date: calendarDate, ...checkBase }).strict(),
  z.object({ check: z.literal('project-type-in'), types: boundedList(name).min(1), ...checkBase }).strict(),
  z.object({ check: z.literal('new-project'), value: z.boolean(), ...checkBase }).strict(),
  z
    .object({
      check: z.literal('crediting-period'),
      maxYears: boundedRecord(name, z.number().int().min(1).max(MAX_DUE_YEARS, `must be at most ${MAX_DUE_YEARS} years`))
        .describe('project type -> the longest crediting period in years, e.g. {"engineering": 5}'),
      ...checkBase,
    })
    .strict(),
]);

export const AcceptedInstrumentSchema = z
  .object({
    instrument: z.enum(INSTRUMENTS),
    rank: z.number().int().min(1).max(MAX_RANK, `must be at most ${MAX_RANK}`).describe('1 is the first choice; equal ranks are equally preferred'),
    standing: z.enum(['preferred', 'accepted', 'discouraged']),
    label: Bilingual,
    citation: CitationSchema,
    eligibility: boundedList(EligibilityCheckSchema, 50).default([]),
  })
  .strict();

export const OffsetPolicySchema = z
  .object({
    accepted: boundedList(AcceptedInstrumentSchema, 100).optional(),
    excluded: boundedList(z.object({ instrument: z.enum(INSTRUMENTS), reason: Bilingual, citation: CitationSchema }).strict(), 100).optional(),
    encouraged: boundedList(
        z
          .object({
            id: name,
            text: Bilingual,
            regions: boundedList(regionCode, 500).optional(),
            citation: CitationSchema,
          })
          .strict(),
        100,
      )
      .optional(),
    coverage: z
      .object({
        partialAllowed: z.boolean().describe('true: a partial offset is allowed, but only full offset supports a claim'),
        citation: CitationSchema,
      })
      .strict()
      .optional(),
    noReuse: z.object({ citation: CitationSchema }).strict().optional(),
    unlisted: z
      .object({ reason: Bilingual, citation: CitationSchema })
      .strict()
      .optional()
      .describe('why an instrument outside `accepted` and `excluded` still counts (as discouraged)'),
    retirement: boundedList(z.object({ instruments: boundedList(z.enum(INSTRUMENTS), 20).min(1), where: Bilingual, citation: CitationSchema }).strict(), 100)
      .optional(),
  })
  .strict();

export type EligibilityCheck = z.infer<typeof EligibilityCheckSchema>;
export type AcceptedInstrument = z.infer<typeof AcceptedInstrumentSchema>;
export type OffsetPolicy = z.infer<typeof OffsetPolicySchema>;
