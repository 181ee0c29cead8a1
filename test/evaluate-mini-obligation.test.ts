// evaluate() with the mini pack: the obligation, three-valued (undetermined while a fact that decides it is missing,
// asking for it in words), and determined as soon as a known fact settles it.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate.js';
import { MEETING } from './fixtures/mini-events.js';
import { compileMini } from './fixtures/mini-pack.js';

const compiled = compileMini();

describe('obligation', () => {
  it('is undetermined when meetingClass is missing for a meeting of 300', async () => {
    const d = await evaluate(compiled, MEETING);
    expect(d.obligation).toBe('undetermined');
    expect(d.obligationAtLeast).toBe('encouraged');
    expect(d.missingFacts).toContain('meetingClass');
    expect(d.missingFacts).toEqual(['meetingClass']);
    expect(d.undecided).toEqual([{ subject: 'obligation', rules: ['meeting-required'], missingFacts: ['meetingClass'] }]);
    expect(d.questions).toEqual([{ fact: 'meetingClass', question: '会议属于几类会议？', label: '会议类别' }]);
    // The summary asks the question in words; it never shows the fact's code.
    expect(d.summary).toContain('会议属于几类会议？');
    expect(d.summary).not.toContain('meetingClass');
  });

  it('asks in English when lang is en', async () => {
    const d = await evaluate(compiled, MEETING, { lang: 'en' });
    expect(d.questions).toEqual([{ fact: 'meetingClass', question: 'Which class of meeting is it (1-4)?', label: 'meeting class' }]);
    expect(d.summary).toBe('Undetermined (facts missing): please answer: Which class of meeting is it (1-4)?');
  });

  it('is required once meetingClass is given and in 1-3', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 2 });
    expect(d.obligation).toBe('required');
    expect(d.obligationAtLeast).toBeUndefined();
    expect(d.missingFacts).toEqual([]);
    expect(d.reasons.find((r) => r.decides === 'obligation:required')?.rule).toBe('meeting-required');
  });

  it('is encouraged for a class 4 meeting', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 4 });
    expect(d.obligation).toBe('encouraged');
  });

  it('is encouraged for a meeting of 199 even without meetingClass (a false leaf decides)', async () => {
    const d = await evaluate(compiled, { ...MEETING, attendees: 199 });
    expect(d.obligation).toBe('encouraged');
    expect(d.missingFacts).toEqual([]);
  });

  it('is determined for an exhibition: meetingClass is irrelevant', async () => {
    const d = await evaluate(compiled, { ...MEETING, kind: 'exhibition' });
    expect(d.obligation).toBe('encouraged');
    expect(d.obligationAtLeast).toBeUndefined();
    expect(d.missingFacts).toEqual([]);
    expect(d.undecided).toEqual([]);
    expect(d.reasons.map((r) => r.rule)).toEqual(['general-encouraged', 'complete-neutralization', 'confirmation-routes']);
  });

  it('names every missing fact when nothing is given', async () => {
    const d = await evaluate(compiled, {});
    expect(d.obligation).toBe('undetermined');
    expect(d.asOf).toBeNull();
    // Without a date the pack itself may not be in force, so no level is established.
    expect(d.obligationAtLeast).toBeUndefined();
    // endDate: the duty holds but its date cannot be computed.
    expect([...d.missingFacts].sort()).toEqual(['attendees', 'endDate', 'kind', 'meetingClass', 'organizer.type', 'startDate'].sort());
  });
});
