// Request and response schemas of the API; the OpenAPI document at /openapi.json is generated from them.
import { z } from '@hono/zod-openapi';
import { EventSchema, LANGS, MAX_CONDITION_DEPTH, MAX_PACK_JSON_DEPTH, nestingProblems, OBLIGATION_LEVELS } from '../engine/index.js';
import { calendarDate } from '../engine/event-schema.js';

export const Lang = z.enum(LANGS).openapi({ description: 'language of the words in the answer', example: 'zh' });

// Rebuilt from the engine's shape: zod 4 gives .openapi() only to schemas made after @hono/zod-openapi loads.
export const Event = z.object(EventSchema.shape).strict().openapi('Event', {
  description: 'The event: every field optional; a missing fact the pack needs makes the answer undetermined.',
  example: {
    name: '市属国企年度工作会议',
    kind: 'meeting',
    startDate: '2026-01-30',
    endDate: '2026-01-31',
    attendees: 200,
    organizer: { type: 'soe', level: 'provincial' },
  },
});

const Citation = z
  .object({
    document: z.string(),
    clause: z.string(),
    zh: z.string(),
    en: z.string(),
    basis: z.enum(['text', 'interpretation', 'unconfirmed']),
  })
  .openapi('Citation');

export const Determination = z
  .looseObject({
    pack: z.object({ id: z.string(), version: z.string(), title: z.string() }).loose(),
    asOf: calendarDate.nullable(),
    obligation: z.enum([...OBLIGATION_LEVELS, 'undetermined']),
    summary: z.string(),
    missingFacts: z.array(z.string()),
    confirmation: z.looseObject({ modes: z.array(z.string()) }),
    duties: z.array(z.looseObject({ duty: z.string(), due: z.string().nullable(), citation: Citation })),
    offsets: z.looseObject({ accepted: z.array(z.looseObject({ instrument: z.string(), rank: z.number() })) }),
    reasons: z.array(z.looseObject({ rule: z.string(), citation: Citation })),
  })
  .openapi('Determination', { description: 'See docs/determination.md for every field.' });

export const Readings = z
  .record(z.string().max(100), z.string().max(100))
  .refine((r) => Object.keys(r).length <= 50, { message: 'at most 50 readings' })
  .openapi({
    description: 'reading id -> option id: answer under another option of a contested reading (the answer lists them in `readings`)',
    example: { 'district-organs-before-2027': 'every-level' },
  });

export const EvaluateRequest = z
  .object({
    pack: z.string().min(1).openapi({ example: 'cn-chongqing' }),
    event: Event,
    asOf: calendarDate.optional().openapi({ description: 'read the policy as in force on this date (default: the event start date)' }),
    lang: Lang.optional(),
    readings: Readings.optional(),
  })
  .strict()
  .openapi('EvaluateRequest');

export const Fallback = z
  .object({
    requested: z.string().openapi({ description: 'the pack asked for', example: 'cn-sichuan-chengdu' }),
    answeredBy: z.string().openapi({ description: 'the base pack that answered', example: 'cn-sichuan' }),
    date: z.string().openapi({ description: 'the date the versions were chosen on (YYYY-MM-DD)' }),
    firstEffective: z.string().openapi({ description: 'the day the requested pack first takes effect (YYYY-MM-DD)' }),
  })
  .openapi('Fallback');

export const EvaluateResponse = Determination.extend({
  decisionId: z.string().optional().openapi({ description: 'GET /v1/decisions/{id} returns the stored input, answer and pack version; absent when the decision log did not keep this answer (DECISION_LOG=off, or not drawn by sample:<share>)' }),
  notice: z
    .string()
    .optional()
    .openapi({ description: 'set when a base pack answered because the requested pack was not yet in effect: `fallback` in words, in `lang`' }),
  fallback: Fallback.optional().openapi({ description: 'set when a base pack answered because the requested pack was not yet in effect' }),
}).openapi('EvaluateResponse');

export const CompareRequest = z
  .object({
    packs: z.array(z.string().min(1)).min(2).max(10).openapi({ example: ['cn-chongqing', 'cn-shandong-jining', 'cn-sichuan'] }),
    event: Event,
    asOf: calendarDate.optional(),
    lang: Lang.optional(),
  })
  .strict()
  .openapi('CompareRequest');

export const Difference = z.object({ field: z.string(), values: z.record(z.string(), z.unknown()) }).openapi('Difference');

export const PackVersionSummary = z
  .object({
    version: z.string(),
    status: z.enum(['draft', 'published']),
    effectiveFrom: z.string().nullable(),
    publishedAt: z.string().nullable(),
    contentHash: z.string(),
    source: z.enum(['shipped', 'api', 'folder']),
  })
  .openapi('PackVersion');

export const PackSummary = z
  .object({
    id: z.string(),
    title: z.object({ zh: z.string(), en: z.string() }),
    jurisdiction: z.object({ code: z.string(), name: z.object({ zh: z.string(), en: z.string() }) }),
    extends: z.string().optional(),
    current: PackVersionSummary.nullable().openapi({ description: 'the published version in effect today' }),
    versions: z.array(PackVersionSummary),
  })
  .openapi('Pack');

export const PublishRequest = z
  .object({
    effectiveFrom: calendarDate.describe("the first day this version answers: within the pack's inForce, and not before today (China time) unless correctsHistory"),
    correctsHistory: z.boolean().optional().openapi({ description: 'true to publish from a day before today, correcting what applied on past days; needs a reason, and is audited as such' }),
    reason: z.string().max(300).optional().openapi({ description: 'why history is corrected (with correctsHistory)' }),
  })
  .strict()
  .openapi('PublishRequest');

export const ReplayRequest = z
  .object({ pack: z.string().min(1).optional(), version: z.string().min(1).optional() })
  .strict()
  .openapi('ReplayRequest');

export const DecisionOutcome = z
  .object({
    obligation: z.enum([...OBLIGATION_LEVELS, 'undetermined']),
    due: z.record(z.string(), calendarDate.nullable()).openapi({ description: 'duty id -> its due date (null: none, or a fact is missing)' }),
    verdicts: z
      .string()
      .optional()
      .openapi({ description: 'one letter per offset line, in order: e eligible, d discouraged, i ineligible, u undetermined', example: 'eei' }),
    rules: z.array(z.string()).openapi({ description: 'the rules that hold (the reasons), in order' }),
  })
  .openapi('DecisionOutcome', { description: 'What was decided, kept with the decision: readable without the engine.' });

export const DecisionVerification = z
  .object({
    digest: z.string().openapi({ description: 'sha256 of the canonical JSON of the Determination answered' }),
    recomputed: z.string().nullable().openapi({ description: 'the same of the Determination derived again now; null when it could not be derived' }),
    matches: z.boolean().openapi({ description: 'the Determination derived again has the digest and the outcome recorded' }),
    engineVersion: z.string().openapi({ description: 'the engine that derived it again (version+fingerprint)', example: '0.1.0+src.3f2a9c1b7d6e' }),
    storedEngineVersion: z.string().nullable().openapi({ description: 'the engine that answered; null on a decision kept before engine versions were' }),
    problem: z.string().optional().openapi({ description: 'why it does not match' }),
  })
  .openapi('DecisionVerification');

export const ValidateResponse = z
  .object({ valid: z.boolean(), issues: z.array(z.object({ path: z.string(), message: z.string() })) })
  .openapi('ValidateResult');

export const PackDocumentBody = z
  .record(z.string(), z.unknown())
  // A pack nested deeper than any pack is (engine/nesting.ts) is refused here, 422 with the path, before it is read.
  .superRefine((document, ctx) => {
    for (const problem of nestingProblems(document)) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.segments });
  })
  .openapi('PackDocument', {
    description: `A policy pack (policies/pack.schema.json); validated whole, every problem listed. Conditions nest at most ${MAX_CONDITION_DEPTH} levels of all/any/not, the document at most ${MAX_PACK_JSON_DEPTH} levels (422 beyond).`,
  });
