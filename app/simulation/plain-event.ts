// A quick look at an event before the schema's full validation: most events of a population are plain (known fields,
// values of the right type and range, texts without a character the schema would refuse or clean; an offset plan of
// lines naming only their instrument, quantity and project region), and for those
// engine/event-schema.ts's validateEvent would return the very same object. Such an event is taken as it is; any
// other (an offset plan, custom facts, an unknown field, a value out of range, a character to refuse or remove) goes
// through validateEvent, which names every problem. (An offset plan's other fields are left to the schema.) The look only ever says "plain" for what the schema accepts
// unchanged: test/simulate-plain-event.test.ts checks it against validateEvent over random events.
import {
  type EventInput,
  EVENT_KINDS,
  INSTRUMENTS,
  isCalendarDate,
  MAX_FRACTION_DIGITS,
  MAX_INTEGER_DIGITS,
  ORGANIZER_LEVELS,
  ORGANIZER_TYPES,
  SCALES,
} from '../../engine/index.js';

const KINDS = new Set<string>(EVENT_KINDS);
const SCALE_SET = new Set<string>(SCALES);
const TYPES = new Set<string>(ORGANIZER_TYPES);
const LEVELS = new Set<string>(ORGANIZER_LEVELS);
const INSTRUMENT_SET = new Set<string>(INSTRUMENTS);
/** engine/event-schema.ts regionCode. */
const REGION_CODE = /^\d{6}$/;
/** Lines of a plan taken at a glance at most (the schema's own bound is larger). */
const MAX_PLAIN_LINES = 1000;

/** NUL, any surrogate (a pair too: left to the schema), and the bidi controls the schema removes. */
// eslint-disable-next-line no-control-regex -- NUL is one of the characters looked for
const UNUSUAL_TEXT = /[\u0000\ud800-\udfff\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const MAX_TEXT = 500;
/** Attendees above this are left to the schema (it decides what a whole number is at that size). */
const MAX_PLAIN_COUNT = 1_000_000_000;

/** engine/decimal.ts isBoundedDecimalString in one expression. */
const BOUNDED_DECIMAL = new RegExp(`^(0|[1-9]\\d{0,${MAX_INTEGER_DIGITS - 1}})(\\.\\d{1,${MAX_FRACTION_DIGITS}})?$`);

/** Days already found to be calendar dates: a population has a few hundred of them. */
const DATES = new Set<string>();
function calendarDate(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  if (DATES.has(v)) return true;
  if (!isCalendarDate(v)) return false;
  if (DATES.size < 100_000) DATES.add(v);
  return true;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const plainText = (v: unknown) => typeof v === 'string' && v.length <= MAX_TEXT && !UNUSUAL_TEXT.test(v);

function plainOrganizer(value: unknown): boolean {
  if (!isObject(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    const v = value[key];
    if (key === 'type' ? !TYPES.has(v as string) : key === 'level' ? !LEVELS.has(v as string) : key === 'name' ? !plainText(v) : true) return false;
  }
  return true;
}

/** A line of an offset plan with its instrument and quantity, and perhaps its project region, and nothing else. */
function plainOffsetLine(line: unknown): boolean {
  if (!isObject(line) || Object.getPrototypeOf(line) !== Object.prototype) return false;
  let required = 0;
  for (const key in line) {
    if (!Object.hasOwn(line, key)) return false;
    const v = line[key];
    if (key === 'instrument') {
      if (typeof v !== 'string' || !INSTRUMENT_SET.has(v)) return false;
      required++;
    } else if (key === 'quantityTco2e') {
      if (typeof v !== 'string' || !BOUNDED_DECIMAL.test(v)) return false;
      required++;
    } else if (key !== 'projectRegion' || typeof v !== 'string' || !REGION_CODE.test(v)) return false;
  }
  return required === 2;
}

function plainOffsets(v: unknown): boolean {
  if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || v.length > MAX_PLAIN_LINES) return false;
  for (let i = 0; i < v.length; i++) if (!Object.hasOwn(v, i) || !plainOffsetLine(v[i])) return false;
  return true;
}

function plainField(key: string, v: unknown): boolean {
  switch (key) {
    case 'name':
      return plainText(v);
    case 'kind':
      return typeof v === 'string' && KINDS.has(v);
    case 'scale':
      return typeof v === 'string' && SCALE_SET.has(v);
    case 'startDate':
    case 'endDate':
      return calendarDate(v);
    case 'attendees':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_PLAIN_COUNT && !Object.is(v, -0);
    case 'floorAreaM2':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 && !Object.is(v, -0);
    case 'bidCommitsNeutrality':
    case 'chengyuCircle':
      return typeof v === 'boolean';
    case 'meetingClass':
      return v === 1 || v === 2 || v === 3 || v === 4;
    case 'organizer':
      return plainOrganizer(v);
    case 'emissionsTco2e':
      return typeof v === 'string' && BOUNDED_DECIMAL.test(v);
    case 'offsets':
      return plainOffsets(v);
    default:
      return false;
  }
}

/** `raw` as an event when it is plain (the schema would return it unchanged); undefined when the schema must look. */
export function plainEvent(raw: unknown): EventInput | undefined {
  if (!isObject(raw) || Object.getPrototypeOf(raw) !== Object.prototype) return undefined;
  for (const key in raw) {
    if (!Object.hasOwn(raw, key) || !plainField(key, raw[key])) return undefined;
  }
  const { startDate, endDate } = raw;
  if (typeof startDate === 'string' && typeof endDate === 'string' && endDate < startDate) return undefined;
  return raw as EventInput;
}
