// The month-end rule (POLICY-NOTES §5.5) and due dates built on it.
import { fc, test } from '@fast-check/vitest';
import { addDays, addMonths, addYears, format, parse } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { compareDates, isCalendarDate, shiftDate, todayInChina } from '../engine/calendar.js';
import { computeDue, describeDue } from '../engine/due-date.js';
import type { Due } from '../engine/pack-schema.js';

describe('shiftDate: the month-end rule', () => {
  it.each([
    ['2026-01-31', { months: 1 }, '2026-02-28'],
    ['2024-01-31', { months: 1 }, '2024-02-29'],
    ['2026-03-31', { months: 1 }, '2026-04-30'],
    ['2026-08-31', { months: 6 }, '2027-02-28'],
    ['2024-02-29', { years: 1 }, '2025-02-28'],
    ['2024-02-29', { years: 2 }, '2026-02-28'],
    ['2024-02-29', { years: 4 }, '2028-02-29'],
    ['2026-01-15', { months: 1 }, '2026-02-15'],
    ['2026-12-31', { months: 2 }, '2027-02-28'],
    ['2026-12-31', { days: 1 }, '2027-01-01'],
  ])('%s + %o = %s', (start, offset, expected) => {
    expect(shiftDate(start, offset)).toBe(expected);
  });

  it('applies years, then months, then days', () => {
    // 2024-01-31 + 1 year = 2025-01-31; + 1 month = 2025-02-28; + 1 day = 2025-03-01.
    expect(shiftDate('2024-01-31', { years: 1, months: 1, days: 1 })).toBe('2025-03-01');
  });

  it('shifts backwards with the same clamping', () => {
    expect(shiftDate('2026-03-31', { months: 1 }, -1)).toBe('2026-02-28');
    expect(shiftDate('2024-03-31', { months: 1 }, -1)).toBe('2024-02-29');
    expect(shiftDate('2026-03-01', { days: 1 }, -1)).toBe('2026-02-28');
  });

  it('leaves the date alone with an empty offset', () => {
    expect(shiftDate('2026-05-17', {})).toBe('2026-05-17');
  });

  it.each([
    ['2024-02-29', { months: 12 }, 1, '2025-02-28'],
    ['2023-02-28', { years: 1 }, 1, '2024-02-28'],
    ['2000-01-31', { months: 1 }, 1, '2000-02-29'], // divisible by 400: a leap year
    ['1900-01-31', { months: 1 }, 1, '1900-02-28'], // divisible by 100 only: not one
    ['2100-03-31', { months: 1 }, -1, '2100-02-28'],
    ['2028-02-29', { years: 4 }, -1, '2024-02-29'],
    ['2024-02-28', { days: 1 }, 1, '2024-02-29'],
    ['2023-02-28', { days: 1 }, 1, '2023-03-01'],
    ['2024-03-01', { days: 366 }, -1, '2023-03-01'],
    ['2024-01-31', { months: 1, days: 1 }, 1, '2024-03-01'],
  ] as const)('leap years: %s %o x%d = %s', (start, offset, direction, expected) => {
    expect(shiftDate(start, offset, direction)).toBe(expected);
  });
});

describe('shiftDate stays within 0001-01-01..9999-12-31', () => {
  it('9999-12-31 + 1 month has no date', () => {
    expect(shiftDate('9999-12-31', { months: 1 })).toBeNull();
  });

  it.each([
    ['9999-12-31', { days: 1 }, 1],
    ['9999-12-31', { years: 1 }, 1],
    ['9999-01-31', { months: 12 }, 1],
    ['9990-06-30', { years: 10 }, 1],
    ['0001-01-01', { days: 1 }, -1],
    ['0001-12-31', { years: 1 }, -1],
    ['0001-01-31', { months: 1 }, -1],
  ] as const)('%s %o x%d -> null', (start, offset, direction) => {
    expect(shiftDate(start, offset, direction)).toBeNull();
  });

  it('reaches the ends of the range exactly', () => {
    expect(shiftDate('9999-11-30', { months: 1 })).toBe('9999-12-30');
    expect(shiftDate('9999-11-30', { days: 31 })).toBe('9999-12-31');
    expect(shiftDate('0001-02-01', { months: 1 }, -1)).toBe('0001-01-01');
    expect(shiftDate('0002-01-01', { days: 365 }, -1)).toBe('0001-01-01');
    expect(shiftDate('0099-12-31', { days: 1 })).toBe('0100-01-01'); // not read as 1999 or 2000
  });

  it('has no date for an input that is not a date', () => {
    expect(shiftDate('0000-12-31', { days: 1 })).toBeNull();
    expect(shiftDate('2026-02-30', { days: 1 })).toBeNull();
  });
});

describe('shiftDate does not depend on the machine time zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  // Sao Paulo had DST switches at midnight (2018-11-04 00:00 did not exist); Kiritimati is UTC+14.
  it.each([
    ['America/Sao_Paulo', 180],
    ['Pacific/Kiritimati', -840],
    ['America/Los_Angeles', 420],
    ['Asia/Shanghai', -480],
  ])('in %s', (zone, julyOffsetMinutes) => {
    process.env.TZ = zone;
    // The zone really is in effect (offset in July 2026, minutes west of UTC).
    expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(julyOffsetMinutes);
    expect(shiftDate('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(shiftDate('2018-11-03', { days: 1 })).toBe('2018-11-04');
    expect(shiftDate('2018-11-04', { days: 1 }, -1)).toBe('2018-11-03');
    expect(shiftDate('2018-10-04', { months: 1 })).toBe('2018-11-04');
    expect(isCalendarDate('2018-11-04')).toBe(true);
  });
});

describe('isCalendarDate', () => {
  it.each(['0000-01-01', '0000-12-31', '-0001-01-01', '10000-01-01', '1900-02-29', '2026-02-30', '2026-2-3', '', '2025-02-29', '2026-13-01', '2026-00-10', '2026-01-32', '2026-01-31T00:00', ' 2026-01-31', '20260131'])(
    'rejects %j',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it.each(['0001-01-01', '9999-12-31', '0004-02-29', '2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts %j', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });
});

describe('compareDates and todayInChina', () => {
  it('orders dates', () => {
    expect(compareDates('2026-01-31', '2026-02-01')).toBeLessThan(0);
    expect(compareDates('2026-02-01', '2026-01-31')).toBeGreaterThan(0);
    expect(compareDates('2026-02-01', '2026-02-01')).toBe(0);
  });

  it('reads today in UTC+8', () => {
    expect(todayInChina(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02-01');
    expect(todayInChina(new Date('2026-01-31T15:59:59Z'))).toBe('2026-01-31');
  });
});

describe('computeDue', () => {
  const afterEndOneMonth: Due = { anchor: 'event.end', direction: 'after', months: 1 };

  it('is the end date plus one month, clamped to the month end', () => {
    expect(computeDue(afterEndOneMonth, { startDate: '2026-01-29', endDate: '2026-01-31' })).toEqual({ due: '2026-02-28' });
    expect(computeDue(afterEndOneMonth, { startDate: '2024-01-29', endDate: '2024-01-31' })).toEqual({ due: '2024-02-29' });
  });

  it('before the start with no shift means the day before the start', () => {
    const due: Due = { anchor: 'event.start', direction: 'before' };
    expect(computeDue(due, { startDate: '2026-03-01' })).toEqual({ due: '2026-02-28' });
    expect(computeDue(due, { startDate: '2024-03-01' })).toEqual({ due: '2024-02-29' });
    expect(computeDue(due, { startDate: '2027-01-01' })).toEqual({ due: '2026-12-31' });
  });

  it('before the start with a shift subtracts it', () => {
    expect(computeDue({ anchor: 'event.start', direction: 'before', days: 10 }, { startDate: '2026-03-05' })).toEqual({ due: '2026-02-23' });
    expect(computeDue({ anchor: 'event.start', direction: 'before', months: 1 }, { startDate: '2026-03-31' })).toEqual({ due: '2026-02-28' });
  });

  it('after the start with no shift is the start date itself', () => {
    expect(computeDue({ anchor: 'event.start', direction: 'after' }, { startDate: '2026-03-05' })).toEqual({ due: '2026-03-05' });
  });

  it('names the missing anchor date', () => {
    expect(computeDue(afterEndOneMonth, { startDate: '2026-01-01' })).toEqual({ due: null, missingFact: 'endDate' });
    expect(computeDue({ anchor: 'event.start', direction: 'before' }, {})).toEqual({ due: null, missingFact: 'startDate' });
  });

  it('has no date, and says so, when the date would fall past 9999-12-31 or before 0001-01-01', () => {
    expect(computeDue(afterEndOneMonth, { startDate: '9999-12-30', endDate: '9999-12-31' })).toEqual({ due: null, outOfRange: true });
    expect(computeDue({ anchor: 'event.start', direction: 'before' }, { startDate: '0001-01-01' })).toEqual({
      due: null,
      outOfRange: true,
    });
    expect(computeDue(afterEndOneMonth, { startDate: '9999-11-01', endDate: '9999-11-30' })).toEqual({ due: '9999-12-30' });
  });

  it('has no date when the policy sets none', () => {
    expect(computeDue({ anchor: 'none' }, { startDate: '2026-01-01', endDate: '2026-01-02' })).toEqual({ due: null });
  });
});

describe('describeDue', () => {
  it.each<[Due, string, string]>([
    [{ anchor: 'event.end', direction: 'after', months: 1 }, '活动结束后1个月内', 'within 1 month after the event ends'],
    [{ anchor: 'event.end', direction: 'after', months: 6 }, '活动结束后6个月内', 'within 6 months after the event ends'],
    [{ anchor: 'event.start', direction: 'before' }, '活动开始前', 'before the event starts'],
    [{ anchor: 'event.start', direction: 'before', days: 10 }, '活动开始前10日', '10 days before the event starts'],
    [{ anchor: 'event.start', direction: 'before', days: 1 }, '活动开始前1日', '1 day before the event starts'],
    [{ anchor: 'event.end', direction: 'after', years: 2, months: 1 }, '活动结束后2年1个月内', 'within 2 years 1 month after the event ends'],
    [{ anchor: 'none' }, '政策未规定期限', 'no deadline set by the policy'],
  ])('%o', (due, zh, en) => {
    expect(describeDue(due, 'zh')).toBe(zh);
    expect(describeDue(due, 'en')).toBe(en);
  });
});

// The previous implementation (date-fns, local time) as an oracle for the arithmetic rewrite, on years where
// date-fns and JavaScript Dates are unambiguous.
function shiftWithDateFns(value: string, offset: { days?: number; months?: number; years?: number }, direction: 1 | -1): string {
  let date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  if (offset.years) date = addYears(date, direction * offset.years);
  if (offset.months) date = addMonths(date, direction * offset.months);
  if (offset.days) date = addDays(date, direction * offset.days);
  return format(date, 'yyyy-MM-dd');
}

describe('shiftDate agrees with date-fns', () => {
  const day = fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2400, 11, 31)), noInvalidDate: true });
  const offset = fc.record(
    { days: fc.nat(4000), months: fc.nat(1200), years: fc.nat(100) },
    { requiredKeys: [] },
  );
  test.prop([day, offset, fc.constantFrom(1 as const, -1 as const)], { numRuns: 300 })(
    'on random dates and offsets, month-end clamping included',
    (d, o, direction) => {
      const start = d.toISOString().slice(0, 10);
      expect(isCalendarDate(start)).toBe(true);
      expect(shiftDate(start, o, direction)).toBe(shiftWithDateFns(start, o, direction));
    },
  );
});
