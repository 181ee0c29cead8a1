// The policy pack format: the zod schema is the single definition; policies/pack.schema.json is generated
// from it (npm run schema) so editors autocomplete packs.
//
// Conditions are json-rules-engine condition JSON. Their shape is checked here loosely and their meaning
// (known facts, known operators, values of the right type) by engine/lint/, so one bad leaf is reported
// with its path instead of drowning in a union error.
import { z } from 'zod';
import { calendarDate, regionCode } from './event-schema.js';
import { CITATION_BASES, EVENT_KINDS, INSTRUMENTS, OBLIGATION_LEVELS, PHASES, WORDINGS } from './vocabulary.js';

export const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const CitationSchema = z
  .object({
    document: z.string().min(1).describe('document number, as listed in the pack documents, e.g. 渝环〔2025〕21号'),
    clause: z.string().min(1).describe('clause, e.g. 三（一） or 第十六条'),
    zh: z.string().min(1).max(400).describe('the Chinese words of the clause (short)'),
    en: z.string().min(1).describe('an English note: what the clause says or how we read it'),
    basis: z
      .enum(CITATION_BASES)
      .describe('text: the clause says so; interpretation: our reading; unconfirmed: not verified in the source'),
    wording: z
      .enum(WORDINGS)
      .optional()
      .describe('verbatim (the default): zh is the source\'s own words; paraphrase: zh summarizes them and is never shown in quotation marks'),
  })
  .strict();

/** A period in force; `until` is inclusive and optional (open-ended). */
export const PeriodSchema = z.object({ from: calendarDate, until: calendarDate.optional() }).strict();

export const SourceDocumentSchema = z
  .object({
    number: z.string().min(1),
    title: Bilingual,
    issuers: z.array(z.string().min(1)).min(1),
    issued: calendarDate.or(z.string().regex(/^\d{4}$/)).describe('date of issue, or the year alone when the day is not known'),
    inForce: calendarDate.optional(),
    published: calendarDate.optional(),
    seed: z.string().optional().describe('file name of the source text in shared/seeds'),
  })
  .strict();

export const FactDeclarationSchema = z
  .object({
    name: z.string().min(1).describe('path of the fact in the event, e.g. organizer.type; a custom fact (format 2): extra.<name>'),
    type: z
      .enum(['integer', 'number', 'decimal', 'boolean', 'enum', 'date', 'string', 'offsets'])
      .describe('a custom fact is integer, number (a decimal number), boolean, date or enum (one of its values)'),
    values: z.array(z.union([z.string(), z.number()])).optional(),
    label: Bilingual.optional().describe('custom facts (format 2): the name of the fact in words'),
    unit: Bilingual.optional().describe('custom facts (format 2): the unit written after its numbers, e.g. 人 / people'),
    valueLabels: z
      .record(z.string(), Bilingual)
      .optional()
      .describe('custom enum facts (format 2): each value in words, e.g. { "hall": { "zh": "展馆", "en": "Exhibition hall" } }; a key is one of values'),
    kinds: z.array(z.enum(EVENT_KINDS)).min(1).optional().describe('format 2: the kinds of event the fact applies to'),
    question: Bilingual,
    assumeWhenMissing: z
      .object({ value: z.union([z.string(), z.number(), z.boolean()]), citation: CitationSchema })
      .strict()
      .optional()
      .describe('a stated assumption used when the fact is not given; reported in every answer that uses it'),
  })
  .strict();

export const MAX_DUE_YEARS = 100;
export const MAX_DUE_MONTHS = 1200;
export const MAX_DUE_DAYS = 36525;

// Conditions: validated structurally by engine/lint/conditions.ts.
export const ConditionSchema = z.record(z.string(), z.unknown());

const ObligationEffect = z.object({ type: z.literal('obligation'), level: z.enum(OBLIGATION_LEVELS) }).strict();
const ConfirmationEffect = z
  .object({
    type: z.literal('confirmation'),
    modes: z
      .array(z.string().min(1))
      .min(1)
      .describe('third-party, self-commitment, platform, or a mode the pack chain declares in vocabulary.modes'),
  })
  .strict();
export const DueSchema = z
  .object({
    anchor: z.string().describe('event.start, event.end, or none (the policy sets no date)'),
    direction: z.enum(['before', 'after']).optional(),
    // No offset longer than 100 years (engine/lint/duties.ts also bounds their sum).
    days: z.number().int().nonnegative().max(MAX_DUE_DAYS).optional(),
    months: z.number().int().nonnegative().max(MAX_DUE_MONTHS).optional(),
    years: z.number().int().nonnegative().max(MAX_DUE_YEARS).optional(),
  })
  .strict();

/** The offset lines a dated duty governs: the lines matching `lines` (or, with `match: "other"`, every other line). */
export const GovernsSchema = z
  .object({
    label: Bilingual.describe('what the date governs, in words, e.g. 购买的碳配额、碳信用'),
    lines: z
      .object({ instrument: z.array(z.enum(INSTRUMENTS)).min(1).optional(), newProject: z.boolean().optional() })
      .strict(),
    match: z.enum(['matching', 'other']).default('matching'),
  })
  .strict();
const DutyEffect = z
  .object({
    type: z.literal('duty'),
    duty: z.string().min(1).describe('a built-in duty (see docs/pack-format.md) or one the pack chain declares in vocabulary.duties'),
    due: DueSchema,
    applies: z
      .enum(['always', 'if-neutralizing'])
      .describe('always: a duty in its own right; if-neutralizing: binds the organizer who neutralizes'),
    governs: GovernsSchema.optional().describe('when the date holds only for some offset lines (e.g. bought credits, not a new sink)'),
    note: Bilingual.optional(),
  })
  .strict();
export const EffectSchema = z.discriminatedUnion('type', [ObligationEffect, ConfirmationEffect, DutyEffect]);

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'rule ids are lower-case words joined by - or .'),
    title: Bilingual,
    conditions: ConditionSchema,
    decides: EffectSchema,
    citation: CitationSchema,
    inForce: PeriodSchema.optional(),
  })
  .strict();

const Verdictish = z.enum(['ineligible', 'discouraged']);

/** A line that fails the check still counts when its reductions were approved before `before` (e.g. 渝环规〔2024〕7号 第四十三条). */
export const ApprovedBeforeSchema = z
  .object({ before: calendarDate, citation: CitationSchema })
  .strict()
  .describe('grandfathering: reductions approved before this date may still be used');

const checkBase = { citation: CitationSchema, onFail: Verdictish, unlessApprovedBefore: ApprovedBeforeSchema.optional() };
export const EligibilityCheckSchema = z.discriminatedUnion('check', [
  z.object({ check: z.literal('region-within'), regions: z.array(regionCode).min(1), ...checkBase }).strict(),
  z.object({ check: z.literal('vintage-after'), date: calendarDate, ...checkBase }).strict(),
  z.object({ check: z.literal('project-start-after'), date: calendarDate, ...checkBase }).strict(),
  z.object({ check: z.literal('project-type-in'), types: z.array(z.string()).min(1), ...checkBase }).strict(),
  z.object({ check: z.literal('new-project'), value: z.boolean(), ...checkBase }).strict(),
  z
    .object({
      check: z.literal('crediting-period'),
      maxYears: z
        .record(z.string().min(1), z.number().int().min(1).max(MAX_DUE_YEARS))
        .describe('project type -> the longest crediting period in years, e.g. {"engineering": 5}'),
      ...checkBase,
    })
    .strict(),
]);

export const AcceptedInstrumentSchema = z
  .object({
    instrument: z.enum(INSTRUMENTS),
    rank: z.number().int().min(1).describe('1 is the first choice; equal ranks are equally preferred'),
    standing: z.enum(['preferred', 'accepted', 'discouraged']),
    label: Bilingual,
    citation: CitationSchema,
    eligibility: z.array(EligibilityCheckSchema).default([]),
  })
  .strict();

export const OffsetPolicySchema = z
  .object({
    accepted: z.array(AcceptedInstrumentSchema).optional(),
    excluded: z
      .array(z.object({ instrument: z.enum(INSTRUMENTS), reason: Bilingual, citation: CitationSchema }).strict())
      .optional(),
    encouraged: z
      .array(
        z
          .object({
            id: z.string().min(1),
            text: Bilingual,
            regions: z.array(regionCode).optional(),
            citation: CitationSchema,
          })
          .strict(),
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
    retirement: z
      .array(z.object({ instruments: z.array(z.enum(INSTRUMENTS)).min(1), where: Bilingual, citation: CitationSchema }).strict())
      .optional(),
  })
  .strict();

export const ProcessStepSchema = z
  .object({
    id: z.string().min(1),
    phase: z.enum(PHASES),
    title: Bilingual,
    detail: Bilingual.optional(),
    channel: Bilingual.optional().describe('the platform or authority to use'),
    citation: CitationSchema,
  })
  .strict();

export const ReadingOptionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'option ids are lower-case words joined by -'),
    label: Bilingual,
    citation: CitationSchema.describe('the words that argue for this option'),
    inForceFrom: calendarDate.optional().describe('under this option the pack applies from this date instead of inForce.from'),
  })
  .strict();

/** Where the text supports two answers: the pack names the choice, its options and the default it answers with. */
export const ReadingSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'reading ids are lower-case words joined by -'),
    question: Bilingual,
    options: z.array(ReadingOptionSchema).min(2),
    default: z.string().min(1).describe('the id of the option used unless the user chooses another'),
  })
  .strict();

const termId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by -, e.g. keep-evidence');

/** A confirmation mode or duty a pack declares (format 2), beside the built-in ones. */
export const VocabularyTermSchema = z
  .object({
    id: termId,
    label: Bilingual.describe('the name shown for it, e.g. 自我声明 / Self-declaration'),
    citation: CitationSchema.describe('the words that introduce it'),
  })
  .strict();

export const VocabularySchema = z
  .object({
    duties: z.array(VocabularyTermSchema).optional().describe('duties of this pack, used as decides.duty'),
    modes: z.array(VocabularyTermSchema).optional().describe('confirmation modes of this pack, used in decides.modes'),
  })
  .strict();

/** Format 2: an inherited rule (every dated version of its id) that no longer applies, and why. */
export const RemovalSchema = z
  .object({
    rule: z.string().min(1).describe('the id of a rule of a base pack'),
    citation: CitationSchema.describe('the words that replace or set aside the inherited rule'),
  })
  .strict();

export const PackSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.union([z.literal(1), z.literal(2)]).optional().describe('pack format: absent means 1; 2 allows custom facts, vocabulary, removes'),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'pack ids are lower-case words joined by -'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version is MAJOR.MINOR.PATCH, e.g. 1.0.0'),
    title: Bilingual,
    jurisdiction: z.object({ code: regionCode.or(z.literal('000000')), name: Bilingual }).strict(),
    documents: z.array(SourceDocumentSchema).min(1),
    inForce: PeriodSchema,
    inForceNote: Bilingual.optional().describe('how the period was chosen, when the source does not state it'),
    extends: z.string().optional(),
    facts: z.array(FactDeclarationSchema).default([]),
    readings: z.array(ReadingSchema).default([]).describe('contested readings; a rule reads one as the fact "reading.<id>"'),
    rules: z.array(RuleSchema).default([]),
    vocabulary: VocabularySchema.optional().describe('format 2: confirmation modes and duties declared by this pack'),
    removes: z.array(RemovalSchema).optional().describe('format 2: inherited rules that do not apply here, each with why'),
    offsets: OffsetPolicySchema.optional(),
    process: z.array(ProcessStepSchema).optional(),
  })
  .strict();

export type BilingualText = z.infer<typeof Bilingual>;
export type Citation = z.infer<typeof CitationSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
export type FactDeclaration = z.infer<typeof FactDeclarationSchema>;
export type Effect = z.infer<typeof EffectSchema>;
export type Due = z.infer<typeof DueSchema>;
export type Governs = z.infer<typeof GovernsSchema>;
export type Reading = z.infer<typeof ReadingSchema>;
export type ReadingOption = z.infer<typeof ReadingOptionSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type VocabularyTerm = z.infer<typeof VocabularyTermSchema>;
export type Removal = z.infer<typeof RemovalSchema>;
export type EligibilityCheck = z.infer<typeof EligibilityCheckSchema>;
export type AcceptedInstrument = z.infer<typeof AcceptedInstrumentSchema>;
export type OffsetPolicy = z.infer<typeof OffsetPolicySchema>;
export type ProcessStep = z.infer<typeof ProcessStepSchema>;
export type PackDocument = z.infer<typeof PackSchema>;
