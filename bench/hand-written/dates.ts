// Due dates by hand: the day before a date, and N months later clamped to the month's end (Jan 31 + 1 month =
// Feb 28), the rule engine/calendar.ts states. Plain integer arithmetic on the YYYY-MM-DD text.
import { daysIn } from './event.js';

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad4 = (n: number) => (n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : `${n}`);
const ymd = (date: string) => [+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10)] as const;

/** The day before `date` (a duty due "before the event starts"); null before 0001-01-01. */
export function dayBefore(date: string): string | null {
  let [y, m, d] = ymd(date);
  if (--d === 0) {
    if (--m === 0) {
      m = 12;
      if (--y === 0) return null;
    }
    d = daysIn(y, m);
  }
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** `date` plus `months` calendar months, clamped to the month's last day; null after 9999-12-31. */
export function addMonths(date: string, months: number): string | null {
  const [y0, m0, d0] = ymd(date);
  const index = y0 * 12 + (m0 - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  if (y > 9999) return null;
  const d = Math.min(d0, daysIn(y, m));
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}
