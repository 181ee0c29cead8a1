// A due date that can fall before the event ends: a duty dated from the start of the event, or "before the end",
// other than registering the event and making or publishing the plan (which come before it by nature). Shown by an
// event long enough that the date the engine gives is earlier than its last day.
import { shiftDate } from '../../calendar.js';
import { computeDue } from '../../due-date.js';
import type { Due } from '../../pack-schema.js';
import type { PlacedRule } from '../../resolved-pack.js';
import { decideCase } from '../answers.js';
import { type AnalysisContext, answered, caseAt } from '../context.js';
import type { Point } from '../event-space.js';
import type { Finding } from '../finding.js';

/** Duties that are due before the event by their nature. */
export const BEFORE_THE_EVENT_DUTIES: ReadonlySet<string> = new Set(['register-event', 'make-plan', 'publish-plan']);

/** The most events tried to show one rule's date falling before the end. */
const ATTEMPTS = 20;

function canFallBeforeEnd(due: Due): boolean {
  return due.anchor === 'event.start' || (due.anchor === 'event.end' && due.direction === 'before');
}

async function counterexampleFor(context: AnalysisContext, rule: PlacedRule, duty: string, due: Due): Promise<Finding | undefined> {
  let attempts = 0;
  for (const [i, core] of context.cores.entries()) {
    if (!core?.duties.some((d) => d.duty === duty && d.rule === rule.id)) continue;
    if (++attempts > ATTEMPTS) return undefined;
    const c = caseAt(context, context.space.points[i] as Point);
    const start = c?.event.startDate;
    if (!c || !start) continue;
    // Ends the day after the duty falls due (a one-day event when the date is already before its start).
    const dueOnFirstDay = computeDue(due, { startDate: start, endDate: start }).due;
    if (!dueOnFirstDay) continue;
    const end = dueOnFirstDay < start ? start : shiftDate(dueOnFirstDay, { days: 1 });
    if (!end) continue;
    c.event = { ...c.event, endDate: end };
    const checked = await decideCase(context.compiled, c);
    const given = checked?.duties.find((d) => d.duty === duty && d.rule === rule.id);
    if (!checked || !given?.due || given.due >= end) continue;
    return { code: 'due-before-end', severity: 'error', rules: [rule.id], subject: duty, subjectKind: 'duty', counterexample: c, answer: answered(checked, { due: given.due }) };
  }
  return undefined;
}

export async function findDueBeforeEnd(context: AnalysisContext): Promise<Finding[]> {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of context.compiled.pack.rules) {
    const effect = rule.decides;
    if (effect.type !== 'duty' || BEFORE_THE_EVENT_DUTIES.has(effect.duty) || !canFallBeforeEnd(effect.due) || seen.has(rule.id)) continue;
    seen.add(rule.id);
    const finding = await counterexampleFor(context, rule, effect.duty, effect.due);
    if (finding) findings.push(finding);
  }
  return findings;
}
