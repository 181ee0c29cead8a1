// The activity data of an event, per phase: what an organizer knows or plans (kWh, fuel, passenger-km, room-nights,
// meals, materials, waste, or participants by origin city and mode). Amounts are decimal strings (or plain numbers);
// every item names its unit, and a unit the item's kind does not take, or a city the table has not, is refused
// naming the field, together with every problem of the schema.
import { z } from 'zod';
import { MAX_LINES } from '../decimal.js';
import { type Problem, problemsFromZod } from '../problems.js';
import { cityCoordinates } from './factor-catalog.js';
import { factorValue } from './factor-schema.js';
import {
  ACTIVITY_LISTS,
  type ActivityList,
  ENERGY_KINDS,
  ESTIMATE_PHASES,
  FUELS,
  MATERIALS,
  TRAVEL_MODES,
  unitsOf,
  WASTE_TREATMENTS,
} from './vocabulary.js';

/** Digits an activity amount may have: with a factor's digits every product and sum stays exact (engine/decimal.ts). */
export const AMOUNT_INTEGER_DIGITS = 15;
export const AMOUNT_FRACTION_DIGITS = 9;
const AMOUNT = /^(0|[1-9]\d{0,14})(\.\d{1,9})?$/;
/** The most participants one origin line may have. */
export const MAX_PARTICIPANTS = 10_000_000;

/** An amount of activity: a decimal string ("1200.5") or a plain number, never negative. */
export const amount = z
  .union([z.string(), z.number()], { error: () => 'must be a non-negative decimal, e.g. "1200" or 1200' })
  .superRefine((value, ctx) => {
    const text = typeof value === 'number' ? String(value) : value.trim();
    if (text.startsWith('-')) {
      ctx.addIssue({ code: 'custom', message: 'must not be negative', params: { kind: 'not-negative' } });
    } else if (!AMOUNT.test(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a non-negative decimal, e.g. "1200" or "35.5", with at most ${AMOUNT_INTEGER_DIGITS} digits before and ${AMOUNT_FRACTION_DIGITS} after the point`,
        params: { kind: 'decimal', integerDigits: AMOUNT_INTEGER_DIGITS, fractionDigits: AMOUNT_FRACTION_DIGITS },
      });
    }
  });

const regionCode = z.string().regex(/^\d{6}$/, 'must be a six-digit GB/T 2260 code, e.g. "510100"');
const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: () => `must be one of: ${values.join(', ')}` });

/** The organizer's own factor for an item (a caterer's figure per meal): kg CO2e per unit, and where it is from. */
export const OwnFactorSchema = z
  .object({ value: factorValue, source: z.string().min(1).max(300).describe('where the value is from, in words') })
  .strict();

const common = { amount, unit: z.string().max(40), factor: OwnFactorSchema.optional() };
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LINES, `must have at most ${MAX_LINES} items`).optional();

export const PhaseActivitySchema = z
  .object({
    energy: list(z.object({ kind: enumOf(ENERGY_KINDS), ...common }).strict()),
    fuels: list(z.object({ fuel: enumOf(FUELS), ...common }).strict()),
    travel: list(
      z.object({ mode: enumOf(TRAVEL_MODES), who: z.enum(['organizers', 'participants']).optional(), ...common }).strict(),
    ),
    originMix: list(
      z
        .object({
          city: regionCode.describe('where the participants come from: the GB/T 2260 code of a prefecture-level city'),
          mode: enumOf(TRAVEL_MODES),
          participants: z.number().int('must be a whole number').nonnegative('must not be negative').max(MAX_PARTICIPANTS),
          roundTrip: z.boolean().optional().describe('default true: there and back'),
          factor: OwnFactorSchema.optional(),
        })
        .strict(),
    ),
    accommodation: list(z.object(common).strict()),
    meals: list(z.object(common).strict()),
    materials: list(z.object({ material: enumOf(MATERIALS), ...common }).strict()),
    waste: list(z.object({ treatment: enumOf(WASTE_TREATMENTS), ...common }).strict()),
  })
  .strict();

const ActivityShape = z
  .object({
    venue: z.object({ region: regionCode.describe('where the event is held: a GB/T 2260 code (city, district or province)') }).strict().optional(),
    phases: z
      .object({ preparation: PhaseActivitySchema.optional(), holding: PhaseActivitySchema.optional(), closing: PhaseActivitySchema.optional() })
      .strict(),
  })
  .strict();

/** `phases.holding.energy[0].unit` as zod's path: ['phases', 'holding', 'energy', 0, 'unit']. */
function pathSegments(path: string): (string | number)[] {
  return path.split('.').flatMap((part) => part.split(/\[(\d+)\]/).filter((x) => x !== '').map((x) => (/^\d+$/.test(x) && part.includes(`[${x}]`) ? Number(x) : x)));
}

/**
 * The activity data: the shape, and the units and cities checked on the input even when the shape has problems
 * (zod's `when`), so every problem is reported at once, wherever the schema is used (an event's `activity` too).
 */
export const ActivitySchema = ActivityShape.superRefine(
  (value, ctx) => {
    for (const p of crossProblems(value, '')) {
      ctx.addIssue({ code: 'custom', path: pathSegments(p.path), message: p.message, ...(p.kind ? { params: { kind: p.kind, ...p.values } } : {}) });
    }
  },
  { when: () => true },
);

export type Activity = z.infer<typeof ActivitySchema>;
export type PhaseActivity = z.infer<typeof PhaseActivitySchema>;
export type OwnFactor = z.infer<typeof OwnFactorSchema>;

const KIND_FIELD: Partial<Record<ActivityList, string>> = { energy: 'kind', fuels: 'fuel', travel: 'mode', originMix: 'mode', materials: 'material', waste: 'treatment' };
const KIND_VALUES: Partial<Record<ActivityList, readonly string[]>> = { energy: ENERGY_KINDS, fuels: FUELS, travel: TRAVEL_MODES, originMix: TRAVEL_MODES, materials: MATERIALS, waste: WASTE_TREATMENTS };

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const join = (prefix: string, path: string) => (prefix ? `${prefix}.${path}` : path);

/** Units and cities, checked on the raw input beside the schema so that they are reported with every other problem. */
function crossProblems(raw: unknown, prefix: string): Problem[] {
  const problems: Problem[] = [];
  const activity = asRecord(raw);
  const phases = asRecord(activity?.phases);
  if (!activity || !phases) return problems;
  let mixes = 0;
  for (const phase of ESTIMATE_PHASES) {
    const lists = asRecord(phases[phase]);
    if (!lists) continue;
    for (const name of ACTIVITY_LISTS) {
      const items = lists[name];
      if (!Array.isArray(items)) continue;
      items.forEach((value, i) => {
        const item = asRecord(value);
        if (!item) return;
        const path = join(prefix, `phases.${phase}.${name}[${i}]`);
        const field = KIND_FIELD[name];
        const kind = field ? item[field] : '';
        if (typeof kind !== 'string' || (field && !KIND_VALUES[name]?.includes(kind))) return;
        if (name === 'originMix') {
          mixes++;
          if (typeof item.city === 'string' && /^\d{6}$/.test(item.city) && !cityCoordinates(item.city)) {
            problems.push({
              path: `${path}.city`,
              message: `unknown city "${item.city}": give the six-digit GB/T 2260 code of a prefecture-level city (or a district or county in one), e.g. "510100"`,
            });
          }
          return;
        }
        const units = Object.keys(unitsOf(name, kind));
        if (typeof item.unit === 'string' && !units.includes(item.unit)) {
          problems.push({ path: `${path}.unit`, message: `unknown unit "${item.unit}": must be one of: ${units.join(', ')}`, kind: 'one-of', values: { options: units } });
        }
      });
    }
  }
  const venue = asRecord(activity.venue);
  const region = venue?.region;
  if (mixes && venue === undefined && activity.venue === undefined) {
    problems.push({ path: join(prefix, 'venue.region'), message: 'is required for an origin mix: the distances are measured from the venue\'s city', kind: 'required' });
  } else if (mixes && typeof region === 'string' && /^\d{6}$/.test(region) && !cityCoordinates(region)) {
    problems.push({ path: join(prefix, 'venue.region'), message: `unknown city "${region}": an origin mix measures distances from the venue's city; give its GB/T 2260 code, e.g. "510100"` });
  }
  return problems;
}

export type ActivityValidation = { ok: true; activity: Activity } | { ok: false; problems: Problem[] };

/** Validates activity data whole: every problem of the schema, of units and of cities, each naming its field. */
export function validateActivity(raw: unknown, prefix = ''): ActivityValidation {
  const parsed = ActivitySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, prefix) };
  return { ok: true, activity: parsed.data };
}
