// evaluate() with the mini pack: the duty to complete neutralization, its due date counted from the event's end
// (month-end clamped, leap years included), and asked for when the end date is missing.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate.js';
import { MEETING } from './fixtures/mini-events.js';
import { CLAUSES, compileMini, MINI_DOC } from './fixtures/mini-pack.js';

const compiled = compileMini();

describe('duties', () => {
  it('complete-neutralization is due one month after the end, month-end clamped', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 1 });
    expect(d.duties).toHaveLength(1);
    expect(d.duties[0]).toMatchObject({
      duty: 'complete-neutralization',
      due: '2026-02-28',
      dueText: '活动结束后1个月内',
      applies: 'if-neutralizing',
      rule: 'complete-neutralization',
      citation: { document: MINI_DOC, clause: CLAUSES.duty },
    });
    expect(d.summary).toContain('2026-02-28');
  });

  it('in a leap year', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 1, startDate: '2028-01-30', endDate: '2028-01-31' });
    expect(d.duties[0]?.due).toBe('2028-02-29');
  });

  it('without an end date: no date, and endDate is asked for', async () => {
    const d = await evaluate(compiled, { kind: 'exhibition', attendees: 10, organizer: { type: 'enterprise' }, startDate: '2026-03-01' });
    expect(d.duties[0]).toMatchObject({ duty: 'complete-neutralization', due: null, missingFacts: ['endDate'] });
    expect(d.missingFacts).toContain('endDate');
    expect(d.questions.find((q) => q.fact === 'endDate')).toEqual({ fact: 'endDate', question: '活动何时结束？', label: '活动结束日期' });
  });
});
