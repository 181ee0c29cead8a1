// Each duty of a case done, open or overdue on a date. What meets a duty is what the case holds: the filed
// registration meets `register-event`; the retired credits meet the offsetting duties (complete-neutralization,
// retire-credits, forestry-neutralization) once the credits that count cover the emissions, on the day the last of
// the credits the duty governs was retired; any other duty (a plan made or published, information disclosed, a
// project applied for) is met by the organizer's own record of it (a duty mark).
import { type CalendarDate, type Determination, type DutyResult, DUTY_STATE_LABELS, type Lang } from '../../engine/index.js';
import type { CaseDuty, DutyState } from './case-view.js';
import type { CaseBundle } from './case-store.js';
import { daysBetween } from './day-count.js';

/** Duties the retired credits meet: no mark of the organizer's stands in for them. */
export const OFFSET_DUTIES: readonly string[] = ['complete-neutralization', 'retire-credits', 'forestry-neutralization'];
/** The duty the registration form meets. */
export const REGISTRATION_DUTY = 'register-event';
/** The duty a certificate reports as met on time or late. */
export const COMPLETION_DUTY = 'complete-neutralization';

/** Whether a duty is met by the organizer's own record of it (POST …/duties/{duty}). */
export const isMarkable = (duty: string) => duty !== REGISTRATION_DUTY && !OFFSET_DUTIES.includes(duty);

/** The day the retired credits a duty governs completed the offset, or null while they do not cover the emissions. */
export function offsetCompletedOn(duty: Pick<DutyResult, 'governs'>, determination: Determination, bundle: CaseBundle): CalendarDate | null {
  const check = determination.offsets.check;
  if (!bundle.retirements.length || !check || check.sufficient !== true) return null;
  const governed = duty.governs?.lines ?? bundle.retirements.map((_, i) => i);
  const dates = governed.flatMap((i) => (check.lines[i]?.counted ? [bundle.retirements[i]?.retiredOn as CalendarDate] : []));
  return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

function doneOn(duty: DutyResult, determination: Determination, bundle: CaseBundle): CalendarDate | null {
  if (duty.duty === REGISTRATION_DUTY) return bundle.registration?.filedOn ?? null;
  if (OFFSET_DUTIES.includes(duty.duty)) return offsetCompletedOn(duty, determination, bundle);
  return bundle.marks.find((m) => m.duty === duty.duty)?.doneOn ?? null;
}

export function dutyState(due: CalendarDate | null, done: CalendarDate | null, asOf: CalendarDate): { state: DutyState; daysLate?: number } {
  if (done) {
    const late = due ? daysBetween(due, done) : 0;
    return late > 0 ? { state: 'done', daysLate: late } : { state: 'done' };
  }
  if (due && asOf > due) return { state: 'overdue', daysLate: daysBetween(due, asOf) };
  return { state: 'open' };
}

export function caseDuties(determination: Determination, bundle: CaseBundle, asOf: CalendarDate, lang: Lang): CaseDuty[] {
  return determination.duties.map((duty) => {
    const done = doneOn(duty, determination, bundle);
    const { state, daysLate } = dutyState(duty.due, done, asOf);
    return {
      duty: duty.duty,
      title: duty.title,
      due: duty.due,
      dueText: duty.dueText,
      binding: duty.binding,
      state,
      stateText: DUTY_STATE_LABELS[state][lang],
      ...(done ? { doneOn: done } : {}),
      ...(daysLate !== undefined ? { daysLate } : {}),
      rule: duty.rule,
      citation: duty.citation,
      ...(duty.missingFacts?.length ? { missingFacts: duty.missingFacts } : {}),
    };
  });
}
