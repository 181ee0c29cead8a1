// The fields of an event the hand-written functions read, checked by hand from untrusted JSON (as evaluate()
// validates its input): a wrong type, an unknown code or an impossible date throws BadEvent.
import { BadEvent } from './decision.js';

export interface HandEvent {
  kind?: string;
  startDate?: string;
  endDate?: string;
  attendees?: number;
  floorAreaM2?: number;
  meetingClass?: number;
  chengyuCircle?: boolean;
  scale?: string;
  bidCommitsNeutrality?: boolean;
  organizerType?: string;
  organizerLevel?: string;
  offsets?: { instrument: string; newProject?: boolean }[];
}

const KINDS = ['meeting', 'forum', 'exhibition', 'performance', 'sports', 'other'];
const SCALES = ['international', 'national', 'provincial', 'local'];
const TYPES = ['party-government', 'public-institution', 'soe', 'enterprise', 'social-organization', 'individual'];
const LEVELS = ['central', 'provincial', 'prefectural', 'county'];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
export const daysIn = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] as number));

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  if (c < 0 || c > 9) throw new BadEvent(`not a date: ${s}`);
  return c;
};

/** Checks YYYY-MM-DD (a real day from 0001-01-01) and returns it. */
function date(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') throw new BadEvent('not a date');
  const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const m = digit(value, 5) * 10 + digit(value, 6);
  const d = digit(value, 8) * 10 + digit(value, 9);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) throw new BadEvent(`not a date: ${value}`);
  return value;
}

function code(value: unknown, codes: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !codes.includes(value)) throw new BadEvent(`unknown code: ${String(value)}`);
  return value;
}

function count(value: unknown, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new BadEvent(`not a count: ${String(value)}`);
  }
  return value;
}

function flag(value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new BadEvent('not true or false');
}

/** The event's fields a pack function reads, checked. */
export function readEvent(raw: unknown, withOffsets: boolean): HandEvent {
  if (typeof raw !== 'object' || raw === null) throw new BadEvent('not an object');
  const e = raw as Record<string, unknown>;
  const organizer = e.organizer as Record<string, unknown> | undefined;
  if (organizer !== undefined && (typeof organizer !== 'object' || organizer === null)) throw new BadEvent('bad organizer');
  const event: HandEvent = {
    kind: code(e.kind, KINDS),
    startDate: date(e.startDate),
    endDate: date(e.endDate),
    attendees: count(e.attendees, true),
    floorAreaM2: count(e.floorAreaM2, false),
    meetingClass: count(e.meetingClass, true),
    chengyuCircle: flag(e.chengyuCircle),
    scale: code(e.scale, SCALES),
    bidCommitsNeutrality: flag(e.bidCommitsNeutrality),
    organizerType: code(organizer?.type, TYPES),
    organizerLevel: code(organizer?.level, LEVELS),
  };
  if (event.startDate && event.endDate && event.endDate < event.startDate) throw new BadEvent('ends before it starts');
  if (event.meetingClass !== undefined && (event.meetingClass < 1 || event.meetingClass > 4)) throw new BadEvent('bad meeting class');
  if (withOffsets && e.offsets !== undefined) {
    if (!Array.isArray(e.offsets)) throw new BadEvent('offsets: not a list');
    event.offsets = e.offsets as HandEvent['offsets'];
  }
  return event;
}
