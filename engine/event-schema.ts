// The event an organizer describes. Every field is optional: a pack asks only for the facts it needs, and
// a missing fact makes the answer "undetermined" rather than a guess. Unknown fields are rejected so that
// a typo ("attendee") never silently drops a fact.
import { z } from 'zod';
import { isCalendarDate } from './calendar.js';
import { ActivitySchema } from './estimate/activity-schema.js';
import { isBoundedDecimalString, MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from './decimal.js';
import { type Problem, problemsFromZod } from './problems.js';
import { EVENT_KINDS, INSTRUMENTS, ORGANIZER_LEVELS, ORGANIZER_TYPES, SCALES } from './vocabulary.js';

// A refinement names its problem's kind in `params` (engine/problems.ts), for the words of engine/lexicon/problems.ts.
export const calendarDate = z.string().refine(isCalendarDate, {
  message: 'must be a calendar date written YYYY-MM-DD (e.g. 2026-01-31), from 0001-01-01 to 9999-12-31',
  params: { kind: 'date' },
});

// The digit limits keep every sum exact at the engine's precision (see decimal.ts).
export const decimalString = z.string().refine(isBoundedDecimalString, {
  message: `must be a non-negative decimal written as a string, e.g. "100.5" (tCO2e), with at most ${MAX_INTEGER_DIGITS} digits before and ${MAX_FRACTION_DIGITS} after the point`,
  params: { kind: 'decimal', integerDigits: MAX_INTEGER_DIGITS, fractionDigits: MAX_FRACTION_DIGITS },
});

/** GB/T 2260 administrative division code: six digits, e.g. 500000 Chongqing, 510100 Chengdu (kind `region-code`). */
export const regionCode = z.string().regex(/^\d{6}$/, 'must be a six-digit GB/T 2260 code, e.g. "500000"');

/**
 * Bidi controls: U+200E/U+200F (LRM, RLM), U+202A–U+202E (embeddings and overrides), U+2066–U+2069 (isolates).
 * Invisible, they make a text display other than it reads (U+202E turns the rest of a line around).
 */
export const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without its bidi controls. */
export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

// eslint-disable-next-line no-control-regex -- NUL is what is refused
const NUL = /\u0000/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A free text of the event (a name, a project type, a serial number): NUL and lone surrogates are refused, naming
 * the field (they are not text a person writes, and PostgreSQL, where the decision log keeps the request as asked,
 * cannot store them); bidi controls are removed (they arrive unseen with text copied from documents, and only
 * change how the text displays, so refusing them would refuse what the organizer cannot see).
 */
const freeText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !NUL.test(text), { message: 'must not contain the NUL character (U+0000): remove it', params: { kind: 'invalid-character' } })
    .refine((text) => !LONE_SURROGATE.test(text), {
      message: 'must be valid Unicode text: it holds half of a UTF-16 surrogate pair (U+D800 to U+DFFF alone)',
      params: { kind: 'invalid-character' },
    })
    .overwrite(withoutBidiControls);

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: () => `must be one of: ${values.join(', ')}` });

export const OrganizerSchema = z
  .object({
    type: enumOf(ORGANIZER_TYPES).optional(),
    level: enumOf(ORGANIZER_LEVELS).optional(),
    name: freeText(500).optional(),
  })
  .strict();

export const OffsetLineSchema = z
  .object({
    instrument: enumOf(INSTRUMENTS),
    quantityTco2e: decimalString,
    projectRegion: regionCode.optional(),
    projectType: freeText(200).optional(),
    vintageStart: calendarDate.optional(),
    vintageEnd: calendarDate.optional(),
    projectStartDate: calendarDate.optional(),
    approvedOn: calendarDate.optional().describe('the day the reductions were approved (审定通过) by the issuing authority'),
    serial: freeText(200).min(1).optional(),
    newProject: z.boolean().optional(),
  })
  .strict();

/**
 * Custom facts a pack of format 2 declares (`extra.<name>` in the pack): their values, by name. Apart from the
 * built-in fields so a custom fact can never collide with one; checked against the evaluating pack chain's
 * declarations by engine/event-facts.ts.
 */
const MAX_EXTRA_FACTS = 100;

export const ExtraFactsSchema = z
  .record(
    z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a custom fact is named by letters and digits, e.g. onSiteAttendees'),
    z.union([z.number().finite(), z.boolean(), freeText(500)], {
      error: () => 'must be a number, true or false, or a string (a date YYYY-MM-DD or one of the fact\'s values)',
    }),
  )
  .refine((extra) => Object.keys(extra).length <= MAX_EXTRA_FACTS, {
    message: `at most ${MAX_EXTRA_FACTS} custom facts`,
    params: { kind: 'too-many', maximum: MAX_EXTRA_FACTS },
  })
  .describe('custom facts declared by the pack (format 2), e.g. {"onSiteAttendees": 350}; a rule reads it as extra.onSiteAttendees');

export const EventSchema = z
  .object({
    name: freeText(500).optional(),
    kind: enumOf(EVENT_KINDS).optional(),
    startDate: calendarDate.optional(),
    endDate: calendarDate.optional(),
    attendees: z.number().int('must be a whole number').nonnegative('must not be negative').optional(),
    floorAreaM2: z.number().nonnegative('must not be negative').finite().optional(),
    scale: enumOf(SCALES).optional(),
    bidCommitsNeutrality: z.boolean().optional(),
    chengyuCircle: z.boolean().optional(),
    meetingClass: z.number().int().min(1, 'must be 1, 2, 3 or 4').max(4, 'must be 1, 2, 3 or 4').optional(),
    organizer: OrganizerSchema.optional(),
    emissionsTco2e: decimalString.optional(),
    offsets: z.array(OffsetLineSchema).max(1000).optional(),
    activity: ActivitySchema.optional().describe('activity data per phase: without emissionsTco2e, the offset plan is checked against their estimate'),
    extra: ExtraFactsSchema.optional(),
  })
  .strict();

export type EventInput = z.infer<typeof EventSchema>;
export type OffsetLine = z.infer<typeof OffsetLineSchema>;

// Checks across fields run on the raw input, apart from the schema: zod skips an object's refinements as soon as
// any field fails, which would hide "endDate before startDate" behind an unrelated typo.
function orderedDates(raw: Record<string, unknown>, first: string, second: string, path: string, problems: Problem[]) {
  const a = raw[first];
  const b = raw[second];
  if (typeof a === 'string' && typeof b === 'string' && isCalendarDate(a) && isCalendarDate(b) && b < a) {
    problems.push({ path, message: `must not be before ${first}`, kind: 'not-before', values: { other: first } });
  }
}

function crossFieldProblems(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  if (typeof raw !== 'object' || raw === null) return problems;
  const event = raw as Record<string, unknown>;
  orderedDates(event, 'startDate', 'endDate', 'endDate', problems);
  if (Array.isArray(event.offsets)) {
    event.offsets.forEach((line: unknown, i: number) => {
      if (typeof line === 'object' && line !== null) {
        orderedDates(line as Record<string, unknown>, 'vintageStart', 'vintageEnd', `offsets[${i}].vintageEnd`, problems);
      }
    });
  }
  return problems;
}

export type EventValidation = { ok: true; event: EventInput } | { ok: false; problems: Problem[] };

/** Validates an event whole: every problem of the schema and across fields, each naming its field. */
export function validateEvent(raw: unknown): EventValidation {
  const parsed = EventSchema.safeParse(raw);
  const problems = [...(parsed.success ? [] : problemsFromZod(parsed.error)), ...crossFieldProblems(raw)];
  if (problems.length || !parsed.success) return { ok: false, problems };
  return { ok: true, event: parsed.data };
}
