// The dated duties of one event from the duty rules that hold for its class, as engine/duty-results.ts collectDuties
// sets them (without words): one per duty id, a dated rule over an undated one, else the earlier date, else a date
// over none; and the facts missing to date the duties kept. Without an offset plan no rule governs only some lines.
// The same few hundred anchor dates recur in a population, so each shift of an anchor is worked out once.
import { type CalendarDate, type Decision, type EventInput } from '../../engine/index.js';
import { computeDue, type DueOutcome } from '../../engine/due-date.js';
import type { Due } from '../../engine/pack-schema.js';

export interface DutyRule {
  duty: string;
  due: Due;
  binding: boolean;
  rule: string;
}

const dueDates = new WeakMap<Due, Map<CalendarDate, DueOutcome>>();

function dueOf(due: Due, event: EventInput): DueOutcome {
  const anchor = due.anchor === 'event.start' ? event.startDate : due.anchor === 'event.end' ? event.endDate : undefined;
  if (anchor === undefined) return computeDue(due, event);
  let byAnchor = dueDates.get(due);
  if (!byAnchor) dueDates.set(due, (byAnchor = new Map()));
  let outcome = byAnchor.get(anchor);
  if (!outcome) {
    outcome = computeDue(due, event);
    if (byAnchor.size < 100_000) byAnchor.set(anchor, outcome);
  }
  return outcome;
}

type DecidedDuty = Decision['duties'][number] & { dated: boolean; missingFact?: string };

function governsOver(a: DecidedDuty, b: DecidedDuty): boolean {
  if (a.dated !== b.dated) return a.dated;
  if (a.due !== null && b.due !== null) return a.due < b.due;
  return a.due !== null && b.due === null;
}

export function dutiesOf(rules: readonly DutyRule[], event: EventInput): { duties: Decision['duties']; missing: string[] } {
  if (!rules.length) return { duties: [], missing: [] };
  const byDuty = new Map<string, DecidedDuty>();
  for (const rule of rules) {
    const outcome = dueOf(rule.due, event);
    const result: DecidedDuty = { duty: rule.duty, due: outcome.due, binding: rule.binding, rule: rule.rule, dated: rule.due.anchor !== 'none' };
    if (outcome.missingFact) result.missingFact = outcome.missingFact;
    const prior = byDuty.get(rule.duty);
    if (!prior || governsOver(result, prior)) byDuty.set(rule.duty, result);
  }
  const duties: Decision['duties'] = [];
  const missing: string[] = [];
  for (const { dated: _dated, missingFact, ...duty } of byDuty.values()) {
    duties.push(duty);
    if (missingFact) missing.push(missingFact);
  }
  return { duties, missing };
}

/**
 * The duties of every event of a class, with whether each binds, when the dates cannot change them: each duty id's
 * rules all bind or all do not (which rule governs may depend on the dates; whether the duty binds then does not).
 * Undefined when they can.
 */
export function stableDuties(rules: readonly DutyRule[]): { duty: string; binding: boolean }[] | undefined {
  const binding = new Map<string, boolean>();
  for (const rule of rules) {
    const seen = binding.get(rule.duty);
    if (seen !== undefined && seen !== rule.binding) return undefined;
    binding.set(rule.duty, rule.binding);
  }
  return [...binding].map(([duty, binds]) => ({ duty, binding: binds }));
}

/** Two classes' duty rules give every event the same duties, dates and missing facts. */
export function sameDutyRules(a: readonly DutyRule[], b: readonly DutyRule[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((r, i) => {
    const s = b[i] as DutyRule;
    return r.duty === s.duty && r.binding === s.binding && JSON.stringify(r.due) === JSON.stringify(s.due);
  });
}
