// Conflict: two rules that hold for the same event and say different things, with nothing to settle which wins:
// a rule that puts the event outside the policy ("not covered") while another brings it in, or two rules setting
// one duty on the same date that differ in whom it binds or which offset lines it governs (the answer would keep
// whichever the pack happens to list first).
import { computeDue } from '../../due-date.js';
import type { Core } from '../../decide.js';
import type { EventInput } from '../../event-schema.js';
import type { PlacedRule } from '../../resolved-pack.js';
import type { RuleOutcome } from '../../rule-outcomes.js';
import { obligationRank } from '../../vocabulary.js';
import { type AnalysisContext, answered, caseAt, FindingsByKey } from '../context.js';
import type { Point } from '../event-space.js';
import type { Finding } from '../finding.js';

function dutyPairs(holds: readonly RuleOutcome[], event: EventInput): [PlacedRule, PlacedRule][] {
  const byDuty = new Map<string, PlacedRule[]>();
  for (const { rule } of holds) if (rule.decides.type === 'duty') byDuty.set(rule.decides.duty, [...(byDuty.get(rule.decides.duty) ?? []), rule]);
  const pairs: [PlacedRule, PlacedRule][] = [];
  for (const rules of byDuty.values()) {
    for (let i = 0; i < rules.length; i++) {
      for (let j = i + 1; j < rules.length; j++) {
        const a = rules[i] as PlacedRule;
        const b = rules[j] as PlacedRule;
        if (a.decides.type !== 'duty' || b.decides.type !== 'duty' || a.id === b.id) continue;
        const dueA = computeDue(a.decides.due, event).due;
        const dueB = computeDue(b.decides.due, event).due;
        const sameDate = dueA === dueB && (dueA !== null || a.decides.due.anchor === b.decides.due.anchor);
        const differ = a.decides.applies !== b.decides.applies || JSON.stringify(a.decides.governs ?? null) !== JSON.stringify(b.decides.governs ?? null);
        if (sameDate && differ) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** A rule that holds putting the event outside the policy, and one that holds bringing it in. */
function outsideAndInside(core: Core): { outside?: RuleOutcome; inside?: RuleOutcome } {
  const levels = core.holds.filter((o) => o.rule.decides.type === 'obligation');
  return {
    outside: levels.find((o) => o.rule.decides.type === 'obligation' && o.rule.decides.level === 'not-covered'),
    inside: levels.find((o) => o.rule.decides.type === 'obligation' && obligationRank(o.rule.decides.level) > 0),
  };
}

/** Whether two rules that hold set one duty (only then can they conflict over it). */
function sharesADuty(core: Core): boolean {
  const duties = core.holds.flatMap((o) => (o.rule.decides.type === 'duty' ? [o.rule.decides.duty] : []));
  return new Set(duties).size < duties.length;
}

export function findConflicts(context: AnalysisContext): Finding[] {
  const found = new FindingsByKey();
  const shares = new Map<Core, boolean>();
  const levels = new Map<Core, ReturnType<typeof outsideAndInside>>();
  context.cores.forEach((core, i) => {
    if (!core) return;
    const point = context.space.points[i] as Point;
    if (!levels.has(core)) levels.set(core, outsideAndInside(core));
    const { outside, inside } = levels.get(core) as ReturnType<typeof outsideAndInside>;
    if (outside && inside) {
      found.add(`obligation|${outside.rule.id}|${inside.rule.id}`, () => {
        const counterexample = caseAt(context, point);
        return counterexample && { code: 'conflict', severity: 'error', conflict: 'obligation', rules: [outside.rule.id, inside.rule.id], counterexample, answer: answered(core) };
      });
    }
    if (!shares.has(core)) shares.set(core, sharesADuty(core));
    const event = shares.get(core) ? context.space.candidate(point)?.event : undefined;
    if (!event) return;
    for (const [a, b] of dutyPairs(core.holds, event)) {
      const duty = a.decides.type === 'duty' ? a.decides.duty : '';
      found.add(`duty|${duty}|${a.id}|${b.id}`, () => {
        const counterexample = caseAt(context, point);
        const due = core.duties.find((d) => d.duty === duty);
        return (
          counterexample && {
            code: 'conflict',
            severity: 'error',
            conflict: 'duty',
            rules: [a.id, b.id],
            subject: duty,
            subjectKind: 'duty',
            counterexample,
            answer: answered(core, { due: due ? computeDue(due.dueRule, event).due : null }),
          }
        );
      });
    }
  });
  return found.list();
}
