// Loosening: a child pack that treats an event more lightly than the pack it extends. For every event both answer,
// the child's obligation must not be weaker than its base's, a duty binding under the base must still bind, and a
// dated duty must not fall due later (or lose its date). Admitting an instrument the base excludes is
// engine/analysis/checks/loosening-instruments.ts. Each is an error unless the child explains it (acknowledgements).
import type { Core } from '../../decide.js';
import { computeDue } from '../../due-date.js';
import type { EventInput } from '../../event-schema.js';
import { obligationRank } from '../../vocabulary.js';
import { type AnalysisContext, answered, caseAt, FindingsByKey } from '../context.js';
import type { Point } from '../event-space.js';
import type { Answered, Finding, LooseningKind } from '../finding.js';

const ids = (...rules: (string | undefined)[]) => [...new Set(rules.filter((r): r is string => r !== undefined))];

export function findLoosening(context: AnalysisContext): Finding[] {
  const { base } = context;
  if (!base) return [];
  const found = new FindingsByKey();
  const baseRef = { id: base.compiled.pack.id, version: base.compiled.pack.version };
  const report = (key: string, point: Point, kind: LooseningKind, rules: string[], answer: Answered, other: Answered, duty?: string) =>
    found.add(`${kind}|${key}`, () => {
      const counterexample = caseAt(context, point);
      return (
        counterexample && {
          code: 'loosening',
          severity: 'error',
          loosening: kind,
          rules,
          ...(duty ? { subject: duty, subjectKind: 'duty' as const } : {}),
          counterexample,
          answer,
          other,
          base: baseRef,
        }
      );
    });
  context.cores.forEach((child, i) => {
    const parent = base.cores[i];
    if (!child || !parent || child.obligation === 'undetermined' || parent.obligation === 'undetermined') return;
    const point = context.space.points[i] as Point;
    if (obligationRank(child.obligation) < obligationRank(parent.obligation)) {
      const childRule = child.best ? child.decisive?.id : undefined;
      report(`${parent.decisive?.id}|${childRule}`, point, 'obligation', ids(childRule, parent.decisive?.id), answered(child), answered(parent));
      return;
    }
    const event = parent.duties.length ? context.space.candidate(point)?.event : undefined;
    if (event) duties(child, parent, event, (kind, duty, childRule, parentRule, answer, other) => report(`${duty}|${parentRule}|${childRule}`, point, kind, ids(childRule, parentRule), answer, other, duty));
  });
  return found.list();
}

type DutyLoosening = (kind: LooseningKind, duty: string, childRule: string | undefined, parentRule: string, answer: Answered, other: Answered) => void;

function duties(child: Core, parent: Core, event: EventInput, report: DutyLoosening): void {
  for (const theirs of parent.duties) {
    const ours = child.duties.find((d) => d.duty === theirs.duty);
    const theirDue = computeDue(theirs.dueRule, event).due;
    const ourDue = ours ? computeDue(ours.dueRule, event).due : null;
    const answer = answered(child, { due: ourDue, binding: ours?.binding ?? false });
    const other = answered(parent, { due: theirDue, binding: theirs.binding });
    if (theirs.binding && !ours?.binding) report('binding', theirs.duty, ours?.rule, theirs.rule, answer, other);
    else if (ours && theirDue !== null && (ourDue === null ? ours.dueRule.anchor === 'none' : ourDue > theirDue)) {
      report('deadline', theirs.duty, ours.rule, theirs.rule, answer, other);
    }
  }
}
