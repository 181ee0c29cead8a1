// The policy pack format: the zod schema is the single definition; policies/pack.schema.json is generated
// from it (npm run schema) so editors autocomplete packs. Its parts of their own: the bounds (./pack-bounds.ts),
// words and citations (./citation-schema.ts), the offset policy (./offset-policy-schema.ts) and the findings a pack
// explains (./acknowledgement-schema.ts).
//
// Conditions are json-rules-engine condition JSON. Their shape is checked here loosely and their meaning
// (known facts, known operators, values of the right type) by engine/lint/, so one bad leaf is reported
// with its path instead of drowning in a union error.
import { z } from 'zod';
import { AcknowledgementSchema } from './acknowledgement-schema.js';
import { Bilingual, CitationSchema } from './citation-schema.js';
import { PackEstimateSchema } from './estimate/factor-schema.js';
import { calendarDate, regionCode } from './event-schema.js';
import { OffsetPolicySchema } from './offset-policy-schema.js';
import {
  boundedList,
  boundedRecord,
  boundedText,
  MAX_DUE_DAYS,
  MAX_DUE_MONTHS,
  MAX_DUE_YEARS,
  MAX_LIST,
  MAX_NAME_LENGTH,
  MAX_PACK_NUMBER,
  MAX_RULES,
  MAX_TEXT_LENGTH,
  packName as name,
  packNumber,
} from './pack-bounds.js';
import { EVENT_KINDS, INSTRUMENTS, OBLIGATION_LEVELS, PHASES } from './vocabulary.js';

/** A period in force; `until` is inclusive and optional (open-ended). */
export const PeriodSchema = z.object({ from: calendarDate, until: calendarDate.optional() }).strict();

export const SourceDocumentSchema = z
  .object({
    number: name,
    title: Bilingual,
    issuers: boundedList(name, 50).min(1),
    issued: calendarDate.or(z.string().regex(/^\d{4}$/)).describe('date of issue, or the year alone when the day is not known'),
    inForce: calendarDate.optional(),
    published: calendarDate.optional(),
    seed: name.optional().describe('file name of the source text in shared/seeds'),
  })
  .strict();

export const FactDeclarationSchema = z
  .object({
    name: name.describe('path of the fact in the event, e.g. organizer.type; a custom fact (format 2): extra.<name>'),
    type: z
      .enum(['integer', 'number', 'decimal', 'boolean', 'enum', 'date', 'string', 'offsets'])
      .describe('a custom fact is integer, number (a decimal number), boolean, date or enum (one of its values)'),
    values: boundedList(z.union([name, packNumber])).optional(),
    label: Bilingual.optional().describe('custom facts (format 2): the name of the fact in words'),
    unit: Bilingual.optional().describe('custom facts (format 2): the unit written after its numbers, e.g. 人 / people'),
    valueLabels: boundedRecord(name, Bilingual)
      .optional()
      .describe('custom enum facts (format 2): each value in words, e.g. { "hall": { "zh": "展馆", "en": "Exhibition hall" } }; a key is one of values'),
    kinds: boundedList(z.enum(EVENT_KINDS), 20).min(1).optional().describe('format 2: the kinds of event the fact applies to'),
    question: Bilingual,
    assumeWhenMissing: z
      .object({ value: z.union([name, packNumber, z.boolean()]), citation: CitationSchema })
      .strict()
      .optional()
      .describe('a stated assumption used when the fact is not given; reported in every answer that uses it'),
  })
  .strict();

/** Bounds of what a rule's conditions hold: every number, text and list in them (their meaning: the linter). */
export const MAX_CONDITION_NODES = 1000;

/** The first value of a condition tree outside the bounds, as a zod issue; iterative (the nesting is bounded first). */
function conditionBounds(conditions: Record<string, unknown>, ctx: z.core.$RefinementCtx<Record<string, unknown>>): void {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: conditions, path: [] }];
  let nodes = 0;
  const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', message, path });
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (++nodes > MAX_CONDITION_NODES) return fail([], `must hold at most ${MAX_CONDITION_NODES} values in all: split the rule`);
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || Math.abs(value) > MAX_PACK_NUMBER)
        return fail(path, `must be a number from -10^12 to 10^12 (${-MAX_PACK_NUMBER} to ${MAX_PACK_NUMBER})`);
    } else if (typeof value === 'string') {
      if (value.length > MAX_NAME_LENGTH) return fail(path, `must be at most ${MAX_NAME_LENGTH} characters`);
    } else if (Array.isArray(value)) {
      if (value.length > MAX_LIST) return fail(path, `must have at most ${MAX_LIST} items`);
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      if (entries.length > MAX_LIST) return fail(path, `must have at most ${MAX_LIST} keys`);
      for (const [key, item] of entries) {
        if (key.length > MAX_NAME_LENGTH) return fail(path, `a key must be at most ${MAX_NAME_LENGTH} characters`);
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
}

// Conditions: bounded here, validated structurally by engine/lint/conditions.ts.
export const ConditionSchema = z.record(z.string(), z.unknown()).superRefine(conditionBounds);

const ObligationEffect = z.object({ type: z.literal('obligation'), level: z.enum(OBLIGATION_LEVELS) }).strict();
const ConfirmationEffect = z
  .object({
    type: z.literal('confirmation'),
    modes: z
      .array(name)
      .min(1)
      .max(20, 'must have at most 20 items')
      .describe('third-party, self-commitment, platform, or a mode the pack chain declares in vocabulary.modes'),
  })
  .strict();
export const DueSchema = z
  .object({
    anchor: name.describe('event.start, event.end, or none (the policy sets no date)'),
    direction: z.enum(['before', 'after']).optional(),
    // No offset longer than 100 years (engine/lint/duties.ts also bounds their sum).
    days: z.number().int().nonnegative().max(MAX_DUE_DAYS, `must be at most ${MAX_DUE_DAYS} days (100 years)`).optional(),
    months: z.number().int().nonnegative().max(MAX_DUE_MONTHS, `must be at most ${MAX_DUE_MONTHS} months (100 years)`).optional(),
    years: z.number().int().nonnegative().max(MAX_DUE_YEARS, `must be at most ${MAX_DUE_YEARS} years`).optional(),
  })
  .strict();

/** The offset lines a dated duty governs: the lines matching `lines` (or, with `match: "other"`, every other line). */
export const GovernsSchema = z
  .object({
    label: Bilingual.describe('what the date governs, in words, e.g. 购买的碳配额、碳信用'),
    lines: z
      .object({ instrument: boundedList(z.enum(INSTRUMENTS), 20).min(1).optional(), newProject: z.boolean().optional() })
      .strict(),
    match: z.enum(['matching', 'other']).default('matching'),
  })
  .strict();
const DutyEffect = z
  .object({
    type: z.literal('duty'),
    duty: name.describe('a built-in duty (see docs/pack-format.md) or one the pack chain declares in vocabulary.duties'),
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
    id: z.string().max(100, 'must be at most 100 characters').regex(/^[a-z0-9][a-z0-9.-]*$/, 'rule ids are lower-case words joined by - or .'),
    title: Bilingual,
    conditions: ConditionSchema,
    decides: EffectSchema,
    citation: CitationSchema,
    inForce: PeriodSchema.optional(),
  })
  .strict();

export const ProcessStepSchema = z
  .object({
    id: name,
    phase: z.enum(PHASES),
    title: Bilingual,
    detail: Bilingual.optional(),
    channel: Bilingual.optional().describe('the platform or authority to use'),
    citation: CitationSchema,
  })
  .strict();

export const ReadingOptionSchema = z
  .object({
    id: z.string().max(100, 'must be at most 100 characters').regex(/^[a-z0-9][a-z0-9-]*$/, 'option ids are lower-case words joined by -'),
    label: Bilingual,
    citation: CitationSchema.describe('the words that argue for this option'),
    inForceFrom: calendarDate.optional().describe('under this option the pack applies from this date instead of inForce.from'),
  })
  .strict();

/** Where the text supports two answers: the pack names the choice, its options and the default it answers with. */
export const ReadingSchema = z
  .object({
    id: z.string().max(100, 'must be at most 100 characters').regex(/^[a-z0-9][a-z0-9-]*$/, 'reading ids are lower-case words joined by -'),
    question: Bilingual,
    options: boundedList(ReadingOptionSchema, 20).min(2),
    default: name.describe('the id of the option used unless the user chooses another'),
  })
  .strict();

const termId = z.string().max(100, 'must be at most 100 characters').regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by -, e.g. keep-evidence');

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
    duties: boundedList(VocabularyTermSchema, 100).optional().describe('duties of this pack, used as decides.duty'),
    modes: boundedList(VocabularyTermSchema, 100).optional().describe('confirmation modes of this pack, used in decides.modes'),
  })
  .strict();

/** Format 2: an inherited rule (every dated version of its id) that no longer applies, and why. */
export const RemovalSchema = z
  .object({
    rule: name.describe('the id of a rule of a base pack'),
    citation: CitationSchema.describe('the words that replace or set aside the inherited rule'),
  })
  .strict();

export const PackSchema = z
  .object({
    $schema: boundedText(MAX_TEXT_LENGTH).optional(),
    format: z.union([z.literal(1), z.literal(2)]).optional().describe('pack format: absent means 1; 2 allows custom facts, vocabulary, removes'),
    id: z.string().max(100, 'must be at most 100 characters').regex(/^[a-z0-9][a-z0-9-]*$/, 'pack ids are lower-case words joined by -'),
    version: z.string().max(40, 'must be at most 40 characters').regex(/^\d+\.\d+\.\d+$/, 'a version is MAJOR.MINOR.PATCH, e.g. 1.0.0'),
    title: Bilingual,
    jurisdiction: z.object({ code: regionCode.or(z.literal('000000')), name: Bilingual }).strict(),
    documents: boundedList(SourceDocumentSchema, 100).min(1),
    inForce: PeriodSchema,
    inForceNote: Bilingual.optional().describe('how the period was chosen, when the source does not state it'),
    extends: boundedText(100).optional(),
    facts: boundedList(FactDeclarationSchema).default([]),
    readings: boundedList(ReadingSchema, 50).default([]).describe('contested readings; a rule reads one as the fact "reading.<id>"'),
    rules: boundedList(RuleSchema, MAX_RULES).default([]),
    vocabulary: VocabularySchema.optional().describe('format 2: confirmation modes and duties declared by this pack'),
    removes: boundedList(RemovalSchema, MAX_RULES).optional().describe('format 2: inherited rules that do not apply here, each with why'),
    offsets: OffsetPolicySchema.optional(),
    process: boundedList(ProcessStepSchema).optional(),
    estimate: PackEstimateSchema.optional().describe('emission estimates: the factor set (policies/factors/sets.json) and the values this pack overrides'),
    acknowledges: boundedList(AcknowledgementSchema, 100)
      .optional()
      .describe('findings of the static analysis (tanzhong pack lint) this pack explains, each with its reason and clause'),
  })
  .strict();

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
export type ProcessStep = z.infer<typeof ProcessStepSchema>;
export type PackDocument = z.infer<typeof PackSchema>;
