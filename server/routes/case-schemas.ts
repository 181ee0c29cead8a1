// The request and response schemas of the case routes (cases, the ledger, certificates, the bureau's list); the
// OpenAPI document is generated from them. Every free text refuses NUL and lone surrogates, naming the field, and
// loses its bidi controls, as the event's texts do.
import { z } from '@hono/zod-openapi';
import { ACCOUNTED_BY, COMMITMENT_ITEMS, EMISSION_PHASES, NEUTRALIZATION_TYPES, REDUCTION_MEASURES } from '../../app/cases/case-view.js';
import { CONFIRMATION_MODES, INSTRUMENTS, LANGS, withoutBidiControls } from '../../engine/index.js';
import { calendarDate, decimalString, regionCode } from '../../engine/event-schema.js';
import { Event, Readings } from '../schemas.js';

// eslint-disable-next-line no-control-regex -- NUL is what is refused
const NUL = /\u0000/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A person's text of at most `max` characters; `min` 1 when it must not be empty. */
export const safeText = (max: number, min = 0) =>
  z
    .string()
    .max(max)
    .refine((t) => !NUL.test(t), { message: 'must not contain the NUL character (U+0000): remove it' })
    .refine((t) => !LONE_SURROGATE.test(t), { message: 'must be valid Unicode text (it holds half of a surrogate pair)' })
    .overwrite(withoutBidiControls)
    .refine((t) => t.trim().length >= min, { message: 'must not be empty' });

// A non-negative decimal with a digit other than 0 is more than 0.
const positiveDecimal = decimalString.refine((v) => /[1-9]/.test(v), { message: 'must be more than 0' });

export const Particulars = z
  .object({
    place: safeText(500).optional(),
    placeRegion: regionCode.optional().openapi({ description: 'the GB/T 2260 division the event is held in: its bureaus (and those above) read the case' }),
    coOrganizers: z.array(safeText(500, 1)).max(50).optional(),
    measures: z.array(z.enum(REDUCTION_MEASURES)).max(REDUCTION_MEASURES.length).optional(),
    content: safeText(2000).optional(),
    scaleText: safeText(500).optional(),
    boundary: z.array(z.enum(EMISSION_PHASES)).max(3).optional(),
    estimatedEmissionsTco2e: decimalString.optional(),
    accountedBy: z.enum(ACCOUNTED_BY).optional(),
    accountingBody: safeText(500).optional(),
    reductionMeasures: safeText(2000).optional(),
    neutralizationType: z.enum(NEUTRALIZATION_TYPES).optional(),
    plannedInstruments: z.array(z.enum(INSTRUMENTS)).max(INSTRUMENTS.length).optional(),
    plannedOtherMethod: safeText(500).optional(),
    plannedOffsetTco2e: decimalString.optional(),
    plannedNeutralityDate: calendarDate.optional(),
    responsibleDepartment: safeText(500).optional(),
    contactPerson: safeText(200).optional(),
    contactPhone: safeText(100).optional(),
    plannedConfirmation: z.enum(CONFIRMATION_MODES).optional(),
    confirmationBody: safeText(500).optional(),
  })
  .strict()
  .openapi('CaseParticulars', { description: 'What the forms need beyond the event (附表1, 计划书, the commitment); every field optional, a form leaves an unknown one blank' });

/** The same fields, each `null` to remove it (a merge patch). */
export const ParticularsPatch = z
  .object(Object.fromEntries(Object.entries(Particulars.shape).map(([key, schema]) => [key, (schema as z.ZodOptional<z.ZodType>).unwrap().nullable().optional()])))
  .strict();

export const OpenCaseRequest = z
  .object({
    pack: z.string().min(1).max(100).openapi({ example: 'cn-sichuan' }),
    event: Event,
    lang: z.enum(LANGS).optional(),
    readings: Readings.optional(),
    particulars: Particulars.optional(),
  })
  .strict();

export const UpdateCaseRequest = z
  .object({
    event: z.record(z.string().max(100), z.unknown()).optional().openapi({ description: 'fields of the event to change (merge patch: null removes one); the result is checked whole' }),
    particulars: ParticularsPatch.optional(),
    lang: z.enum(LANGS).optional(),
  })
  .strict();

export const RegistrationRequest = z.object({ filedOn: calendarDate, authority: safeText(500).optional(), reference: safeText(200).optional() }).strict();

export const EmissionsRequest = z
  .object({
    totalTco2e: decimalString.optional(),
    lines: z
      .array(z.object({ phase: z.enum(EMISSION_PHASES).optional(), source: safeText(200).optional(), quantityTco2e: decimalString }).strict())
      .max(200)
      .optional(),
    accountedBy: z.enum(ACCOUNTED_BY),
    accountedByName: safeText(500, 1).optional(),
    accountedOn: calendarDate.optional(),
    reportReference: safeText(200).optional(),
  })
  .strict();

export const CaseEstimateRequest = z
  .object({
    activity: z.record(z.string(), z.unknown()).openapi({
      description: 'the activity data per phase, as POST /v1/estimate takes them (docs/estimate.md); estimated under the factor set and overrides of the case\'s own pack versions',
      example: { venue: { region: '510100' }, phases: { holding: { energy: [{ kind: 'electricity', amount: '8000', unit: 'kWh' }], accommodation: [{ amount: '320', unit: 'room-night' }] } } },
    }),
    factorSet: z.string().min(1).max(100).optional().openapi({ description: 'a factor set by id, over the pack\'s: cn-2023, cn-2022, cn-2021', example: 'cn-2023' }),
  })
  .strict();

export const RetirementRequest = z
  .object({
    instrument: z.enum(INSTRUMENTS),
    registry: safeText(200, 1).openapi({ example: '全国温室气体自愿减排注册登记系统' }),
    serialFirst: safeText(200, 1).optional().openapi({ description: 'the serial number, or the first of a range', example: 'CCER-2025-000100' }),
    serial: safeText(200, 1).optional().openapi({ description: 'one serial number (the same as serialFirst alone)' }),
    serialLast: safeText(200, 1).optional().openapi({ description: 'the last serial of a range (same prefix)', example: 'CCER-2025-000199' }),
    quantityTco2e: positiveDecimal,
    retiredOn: calendarDate,
    projectRegion: regionCode.optional(),
    projectType: safeText(200).optional(),
    projectId: safeText(200).optional().openapi({ description: 'the project registration number or name; required for a new forestry or ocean sink project' }),
    vintageStart: calendarDate.optional(),
    vintageEnd: calendarDate.optional(),
    projectStartDate: calendarDate.optional(),
    approvedOn: calendarDate.optional(),
    newProject: z.boolean().optional(),
    proofReference: safeText(500, 1).openapi({ description: 'the retirement proof: certificate or transaction number in the registry' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.serial !== undefined && (body.serialFirst !== undefined || body.serialLast !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['serial'], message: 'give one serial as `serial`, or a range as `serialFirst` and `serialLast`, not both' });
    } else if (body.serial === undefined && body.serialFirst === undefined) {
      ctx.addIssue({ code: 'custom', path: ['serialFirst'], message: 'give the serial number (`serialFirst`, with `serialLast` for a range, or `serial` for one)' });
    }
  })
  .transform(({ serial, serialFirst, ...rest }) => ({ ...rest, serialFirst: (serialFirst ?? serial) as string }));

export const ConfirmationRequest = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('third-party'), body: safeText(500, 1), reportDate: calendarDate, conclusion: safeText(2000, 1), reference: safeText(200).optional() }).strict(),
  z
    .object({
      mode: z.literal('self-commitment'),
      committedOn: calendarDate,
      signatory: safeText(500, 1),
      items: z.object(Object.fromEntries(COMMITMENT_ITEMS.map((item) => [item, safeText(2000).optional()]))).strict(),
    })
    .strict(),
  z.object({ mode: z.literal('platform'), platform: safeText(200).optional(), certificateNumber: safeText(200, 1), issuedOn: calendarDate.optional() }).strict(),
]);

export const DutyMarkRequest = z.object({ doneOn: calendarDate, reference: safeText(500).optional() }).strict();

export const RevokeRequest = z.object({ reason: safeText(500, 1) }).strict();

export const CaseId = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) });

export const ViewQuery = z.object({
  asOf: calendarDate.optional().openapi({ description: 'judge each duty as of this date (default: today, China time)' }),
  lang: z.enum(LANGS).optional(),
});

export const CaseViewSchema = z
  .looseObject({
    id: z.string(),
    pack: z.looseObject({ id: z.string(), version: z.string() }),
    stage: z.looseObject({ code: z.string(), text: z.string() }),
    duties: z.array(z.looseObject({ duty: z.string(), due: z.string().nullable(), state: z.string() })),
    missing: z.array(z.looseObject({ code: z.string(), text: z.string() })),
  })
  .openapi('Case', { description: 'See app/cases/case-view.ts CaseView for every field.' });

export const CertificateSchema = z
  .looseObject({ verificationId: z.string(), kind: z.enum(['full', 'partial']), revoked: z.boolean(), pack: z.looseObject({ id: z.string(), version: z.string() }) })
  .openapi('Certificate');
