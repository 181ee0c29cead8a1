// Calendar dates (YYYY-MM-DD, China time) and the month-end rule.
//
// The month-end rule: "N months after the event ends" is the end date plus N calendar
// months; when that month has no such day, the due date is the month's last day (Jan 31 + 1 month = Feb 28,
// or Feb 29 in a leap year). Due dates are inclusive: the duty is met if done on the due date.
// date-fns addMonths/addYears clamp exactly so; the tests in test/calendar.test.ts pin the rule down.
//
// Calendar dates run from 0001-01-01 to 9999-12-31: anything else is not a date (as input), and a shift that
// would leave that range has no answer (shiftDate returns null) rather than printing "10000-01-31".

import { addDays, addMonths, addYears } from 'date-fns';

export type CalendarDate = string; // 'YYYY-MM-DD'

export const MIN_DATE: CalendarDate = '0001-01-01';
export const MAX_DATE: CalendarDate = '9999-12-31';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const isLeapYear = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] as number);
}

function parseYmd(value: string): Ymd | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function formatYmd({ y, m, d }: Ymd): CalendarDate | null {
  if (!Number.isSafeInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return null;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** True for a real calendar date written YYYY-MM-DD from 0001-01-01 to 9999-12-31 (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  return parseYmd(value) !== null;
}

export interface Offset {
  days?: number;
  months?: number;
  years?: number;
}

// date-fns does the shifting (its addMonths/addYears clamp to the month's last day, which is the rule above)
// on a local-midnight Date built from the parsed numbers, and the result is read back the same way, so the
// machine's time zone never moves a calendar date. No format-string parsing on this hot path.
function toLocalDate({ y, m, d }: Ymd): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d); // setFullYear, not the constructor: years 1–99 must not become 1901–1999
  return date;
}

function fromLocalDate(date: Date): Ymd {
  return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() };
}

/**
 * Adds years, then months, then days; month and year steps clamp to the month's last day.
 * Null when `value` is not a calendar date or the result would fall outside 0001-01-01..9999-12-31.
 */
export function shiftDate(value: CalendarDate, offset: Offset, direction: 1 | -1 = 1): CalendarDate | null {
  // The same few shifts (an event's end plus a pack's months) recur in every answer: they are worked out once.
  const key = `${value}|${offset.years ?? 0}|${offset.months ?? 0}|${offset.days ?? 0}|${direction}`;
  const known = shifted.get(key);
  if (known !== undefined) return known;
  if (shifted.size >= SHIFT_CACHE_SIZE) shifted.clear();
  const result = shiftOnce(value, offset, direction);
  shifted.set(key, result);
  return result;
}

const SHIFT_CACHE_SIZE = 10_000;
const shifted = new Map<string, CalendarDate | null>();

function shiftOnce(value: CalendarDate, offset: Offset, direction: 1 | -1): CalendarDate | null {
  const date = parseYmd(value);
  if (!date) return null;
  const step = (n: number | undefined) => direction * Math.trunc(n ?? 0);
  const years = step(offset.years);
  const months = step(offset.months);
  const days = step(offset.days);
  if (![years, months, days].every(Number.isSafeInteger)) return null;
  let moved = toLocalDate(date);
  if (years) moved = addYears(moved, years);
  if (months) moved = addMonths(moved, months);
  if (days) moved = addDays(moved, days);
  return formatYmd(fromLocalDate(moved));
}

/** Compare two calendar dates: negative, zero or positive. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0; // YYYY-MM-DD sorts as text
}

/** Today's calendar date in China (UTC+8, no daylight saving). */
export function todayInChina(now: Date = new Date()): CalendarDate {
  const china = new Date(now.getTime() + 8 * 3600_000);
  return china.toISOString().slice(0, 10);
}
