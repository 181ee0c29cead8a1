// What an organizer is told, for comparing two packs' answers to one event: the obligation (and the level it has
// reached when undetermined), the duties with their dates and whether they bind, the confirmation modes and the
// missing facts. The rules that decided are kept to count and cite them, but a different deciding rule with the same
// answer is not a change.
import type { CalendarDate, Decision, Obligation, ObligationLevel } from '../../engine/index.js';

export interface DutySummary {
  duty: string;
  due: CalendarDate | null;
  binding: boolean;
}

export interface AnswerSummary {
  obligation: Obligation;
  obligationAtLeast?: ObligationLevel;
  decidedBy?: string;
  duties: DutySummary[];
  modes: string[];
  missingFacts: string[];
}

export const ASPECTS = ['obligation', 'duties', 'confirmation', 'missingFacts'] as const;
export type Aspect = (typeof ASPECTS)[number];

/**
 * The answer alone, from a decision (which is an answer with more fields: the pack, the date, the rules that hold).
 * A simulation compares and counts the decisions themselves; it copies an answer out only for the examples it keeps.
 */
export function summaryOf(answer: AnswerSummary | Decision): AnswerSummary {
  const summary: AnswerSummary = {
    obligation: answer.obligation,
    duties: answer.duties.map((d) => ({ duty: d.duty, due: d.due, binding: d.binding })),
    modes: [...answer.modes],
    missingFacts: [...answer.missingFacts],
  };
  if (answer.obligationAtLeast) summary.obligationAtLeast = answer.obligationAtLeast;
  if (answer.decidedBy) summary.decidedBy = answer.decidedBy;
  return summary;
}

const sortedText = (items: readonly string[]) => [...items].sort().join('\u0000');
const dutiesText = (duties: readonly DutySummary[]) => sortedText(duties.map((d) => `${d.duty}\u0001${d.due ?? ''}\u0001${d.binding}`));

/** The parts of the answer that differ between `a` and `b` (none: the same answer). */
export function changedAspects(a: AnswerSummary, b: AnswerSummary): Aspect[] {
  const changed: Aspect[] = [];
  if (a.obligation !== b.obligation || a.obligationAtLeast !== b.obligationAtLeast) changed.push('obligation');
  if (dutiesText(a.duties) !== dutiesText(b.duties)) changed.push('duties');
  if (sortedText(a.modes) !== sortedText(b.modes)) changed.push('confirmation');
  if (sortedText(a.missingFacts) !== sortedText(b.missingFacts)) changed.push('missingFacts');
  return changed;
}
