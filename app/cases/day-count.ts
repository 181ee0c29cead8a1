// Whole days between two calendar dates (China time is implied by the dates themselves: no clock is read).
import { type CalendarDate, todayInChina } from '../../engine/index.js';

const MS_PER_DAY = 86_400_000;

function dayNumber(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

/** `to` minus `from`, in days: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar date, China time, of an ISO instant. */
export const chinaDateOf = (iso: string): CalendarDate => todayInChina(new Date(iso));
