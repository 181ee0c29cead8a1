// When a duty is due: an anchor of the event (its start or end) shifted by days, months or years.
// "Before the start" with no shift means the day before the start: registration must be done by then.
import { type CalendarDate, shiftDate } from './calendar.js';
import type { Due } from './pack-schema.js';

/**
 * The due date, or null: when the policy sets none, when the anchor date is missing (`missingFact`), or when the
 * date would fall outside 0001-01-01..9999-12-31 (`outOfRange`).
 */
export type DueOutcome = { due: CalendarDate | null; missingFact?: 'startDate' | 'endDate'; outOfRange?: true };

export function computeDue(due: Due, event: { startDate?: string; endDate?: string }): DueOutcome {
  if (due.anchor === 'none') return { due: null };
  const anchorFact = due.anchor === 'event.start' ? 'startDate' : 'endDate';
  const anchor = event[anchorFact];
  if (!anchor) return { due: null, missingFact: anchorFact };
  const shift = { days: due.days, months: due.months, years: due.years };
  const noShift = !shift.days && !shift.months && !shift.years;
  const date =
    due.direction === 'before' ? shiftDate(anchor, noShift ? { days: 1 } : shift, -1) : shiftDate(anchor, shift, 1);
  return date === null ? { due: null, outOfRange: true } : { due: date };
}

/** The rule in words, e.g. "event.end + 1 month", for renderers and reports. */
export function describeDue(due: Due, lang: 'zh' | 'en'): string {
  if (due.anchor === 'none') return lang === 'zh' ? '政策未规定期限' : 'no deadline set by the policy';
  const parts: string[] = [];
  const zh = lang === 'zh';
  if (due.years) parts.push(zh ? `${due.years}年` : `${due.years} year${due.years > 1 ? 's' : ''}`);
  if (due.months) parts.push(zh ? `${due.months}个月` : `${due.months} month${due.months > 1 ? 's' : ''}`);
  if (due.days) parts.push(zh ? `${due.days}日` : `${due.days} day${due.days > 1 ? 's' : ''}`);
  const anchor = due.anchor === 'event.start' ? (zh ? '活动开始' : 'the event starts') : zh ? '活动结束' : 'the event ends';
  if (!parts.length) return zh ? `${anchor}前` : `before ${anchor}`;
  const span = parts.join(zh ? '' : ' ');
  if (zh) return due.direction === 'before' ? `${anchor}前${span}` : `${anchor}后${span}内`;
  return due.direction === 'before' ? `${span} before ${anchor}` : `within ${span} after ${anchor}`;
}
