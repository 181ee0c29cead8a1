// The policy pack format: the zod schema is the single definition; policies/pack.schema.json is generated
// from it (npm run schema) so editors autocomplete packs.
//
// Conditions are json-rules-engine condition JSON. Their shape is checked here loosely and their meaning
// (known facts, known operators, values of the right type) by engine/lint/, so one bad leaf is reported
// with its path instead of drowning in a union error.
import { z } from 'zod';
import { FINDING_CODES } from './analysis/finding.js';
import { PackEstimateSchema } from './estimate/factor-schema.js';
import { calendarDate, regionCode } from './event-schema.js';
import { CITATION_BASES, EVENT_KINDS, INSTRUMENTS, OBLIGATION_LEVELS, PHASES, WORDINGS } from './vocabulary.js';

// Every number, text and list of a pack is bounded, and the message of each bound says it: a pack is published for
// good, and whatever it holds is read by every answer, page and report that touches it.
/** Names, numbers, ids and clauses. */
export const MAX_NAME_LENGTH = 200;
/** Texts in words (a title, a question, a note, the English of a citation). */
export const MAX_TEXT_LENGTH = 2000;
/** The quoted Chinese words of a clause. */
export const MAX_QUOTE_LENGTH = 400;
/** A number a pack states (a threshold in a condition, a value of a fact): at most this far from zero. */
export const MAX_PACK_NUMBER = 1e12;
/** The most items of a list (rules, facts, values, regions …) or keys of a map. */
export const MAX_RULES = 1000;
export const MAX_LIST = 200;
/** An offset line's rank among the accepted instruments (1 is the first choice). */
export const MAX_RANK = 100;

/** A text of at most `max` characters (not empty unless `empty`). */
export function boundedText(max: number, empty = false) {
  const text = z.string().max(max, `must be at most ${max} characters`);
  return empty ? text : text.min(1);
}

/** A list of at most `max` items. */
export function boundedList<T extends z.ZodType>(item: T, max: number = MAX_LIST) {
  return z.array(item).max(max, `must have at most ${max} items`);
}

/** A map of at most `max` keys (each a name). */
function boundedRecord<T extends z.ZodType>(key: z.ZodType<string>, value: T, max: number = MAX_LIST) {
  return z.record(key, value).refine((map) => Object.keys(map).length <= max, {
    message: `must have at most ${max} keys`,
    params: { kind: 'too-many', maximum: max },
  });
}

/** A number a pack states: finite, and at most MAX_PACK_NUMBER from zero. */
export const packNumber = z
  .number()
  .min(-MAX_PACK_NUMBER, `must be at least -${MAX_PACK_NUMBER.toExponential()} (-10^12)`)
  .max(MAX_PACK_NUMBER, `must be at most ${MAX_PACK_NUMBER.toExponential()} (10^12)`);

const name = boundedText(MAX_NAME_LENGTH);
const text = boundedText(MAX_TEXT_LENGTH);

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

export const MAX_DUE_YEARS = 100;
export const MAX_DUE_MONTHS = 1200;
export const MAX_DUE_DAYS = 36525;

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
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;
export type PackDocument = z.infer<typeof PackSchema>;
