// The policy pack format: the zod schema is the single definition; policies/pack.schema.json is generated
// from it (npm run schema) so editors autocomplete packs.
//
// Conditions are json-rules-engine condition JSON. Their shape is checked here loosely and their meaning
// (known facts, known operators, values of the right type) by engine/lint/, so one bad leaf is reported
// with its path instead of drowning in a union error.
import { z } from 'zod';
import { calendarDate, regionCode } from './event-schema.js';
import { CITATION_BASES, CONFIRMATION_MODES, INSTRUMENTS, OBLIGATION_LEVELS, PHASES } from './vocabulary.js';

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
    name: z.string().min(1).describe('path of the fact in the event, e.g. organizer.type'),
    type: z.enum(['integer', 'number', 'decimal', 'boolean', 'enum', 'date', 'string', 'offsets']),
    values: z.array(z.union([z.string(), z.number()])).optional(),
    question: Bilingual,
    assumeWhenMissing: z
      .object({ value: z.union([z.string(), z.number(), z.boolean()]), citation: CitationSchema })
      .strict()
      .optional()
      .describe('a stated assumption used when the fact is not given; reported in every answer that uses it'),
  })
  .strict();

// Conditions: validated structurally by engine/lint/conditions.ts.
export const ConditionSchema = z.record(z.string(), z.unknown());

const ObligationEffect = z.object({ type: z.literal('obligation'), level: z.enum(OBLIGATION_LEVELS) }).strict();
const ConfirmationEffect = z
  .object({ type: z.literal('confirmation'), modes: z.array(z.enum(CONFIRMATION_MODES)).min(1) })
  .strict();
export const DueSchema = z
  .object({
    anchor: z.string().describe('event.start, event.end, or none (the policy sets no date)'),
    direction: z.enum(['before', 'after']).optional(),
    days: z.number().int().nonnegative().optional(),
    months: z.number().int().nonnegative().optional(),
    years: z.number().int().nonnegative().optional(),
  })
  .strict();
const DutyEffect = z
  .object({
    type: z.literal('duty'),
    duty: z.string().min(1),
    due: DueSchema,
    applies: z
      .enum(['always', 'if-neutralizing'])
      .describe('always: a duty in its own right; if-neutralizing: binds the organizer who neutralizes'),
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
const checkBase = { citation: CitationSchema, onFail: Verdictish };
export const EligibilityCheckSchema = z.discriminatedUnion('check', [
  z.object({ check: z.literal('region-within'), regions: z.array(regionCode).min(1), ...checkBase }).strict(),
  z.object({ check: z.literal('vintage-after'), date: calendarDate, ...checkBase }).strict(),
  z.object({ check: z.literal('project-start-after'), date: calendarDate, ...checkBase }).strict(),
  z.object({ check: z.literal('project-type-in'), types: z.array(z.string()).min(1), ...checkBase }).strict(),
  z.object({ check: z.literal('new-project'), value: z.boolean(), ...checkBase }).strict(),
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

export const PackSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'pack ids are lower-case words joined by -'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version is MAJOR.MINOR.PATCH, e.g. 1.0.0'),
    title: Bilingual,
    jurisdiction: z.object({ code: regionCode.or(z.literal('000000')), name: Bilingual }).strict(),
    documents: z.array(SourceDocumentSchema).min(1),
    inForce: PeriodSchema,
    inForceNote: Bilingual.optional().describe('how the period was chosen, when the source does not state it'),
    extends: z.string().optional(),
    facts: z.array(FactDeclarationSchema).default([]),
    rules: z.array(RuleSchema).default([]),
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
export type Rule = z.infer<typeof RuleSchema>;
export type EligibilityCheck = z.infer<typeof EligibilityCheckSchema>;
export type AcceptedInstrument = z.infer<typeof AcceptedInstrumentSchema>;
export type OffsetPolicy = z.infer<typeof OffsetPolicySchema>;
export type ProcessStep = z.infer<typeof ProcessStepSchema>;
export type PackDocument = z.infer<typeof PackSchema>;
