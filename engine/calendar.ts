// Calendar dates (YYYY-MM-DD, China time) and the month-end rule.
//
// The month-end rule (POLICY-NOTES §5.5): "N months after the event ends" is the end date plus N calendar
// months; when that month has no such day, the due date is the month's last day (Jan 31 + 1 month = Feb 28,
// or Feb 29 in a leap year). Due dates are inclusive: the duty is met if done on the due date.
// date-fns addMonths/addYears clamp exactly so; the tests in test/calendar.test.ts pin the rule down.
import { addDays, addMonths, addYears, format, isValid, parse } from 'date-fns';

export type CalendarDate = string; // 'YYYY-MM-DD'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

// Dates are parsed as local-midnight and formatted back the same way, so the machine's time zone never
// shifts a calendar date; "China time" only matters for `today`.
function toDate(value: CalendarDate): Date {
  return parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

function fromDate(date: Date): CalendarDate {
  return format(date, 'yyyy-MM-dd');
}

export interface Offset {
  days?: number;
  months?: number;
  years?: number;
}

/** Adds years, then months, then days; month and year steps clamp to the month's last day. */
export function shiftDate(value: CalendarDate, offset: Offset, direction: 1 | -1 = 1): CalendarDate {
  let date = toDate(value);
  if (offset.years) date = addYears(date, direction * offset.years);
  if (offset.months) date = addMonths(date, direction * offset.months);
  if (offset.days) date = addDays(date, direction * offset.days);
  return fromDate(date);
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
