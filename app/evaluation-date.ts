// The one rule for the date a question is answered on: `asOf`, else the event's start date. It is taken from an
// event already validated, never from raw input. Without either, the version in effect today answers and the
// engine, given no date, says the answer is undetermined until the date is known.
import { type CalendarDate, type EventInput, todayInChina } from '../engine/index.js';

export interface EvaluationDate {
  /** The date the policy is read at, as the engine is given it: null when neither asOf nor the start is known. */
  asOf: CalendarDate | null;
  /** The date the pack version is chosen on: `asOf`, else today. */
  versionDate: CalendarDate;
}

export function evaluationDate(event: EventInput, asOf: CalendarDate | undefined, today: CalendarDate = todayInChina()): EvaluationDate {
  const date = asOf ?? event.startDate ?? null;
  return { asOf: date, versionDate: date ?? today };
}
