// Non-monotonic thresholds: a larger event treated more lightly. For every size of the event (a number the rules
// compare with thresholds), each event is compared with the same event at the next larger interval; an obligation
// that drops (e.g. required from 500 attendees, merely encouraged from 2000) is a finding.
import { obligationRank } from '../../vocabulary.js';
import { type AnalysisContext, answered, caseAt, FindingsByKey } from '../context.js';
import type { Point } from '../event-space.js';
import type { Finding } from '../finding.js';

export async function findNonMonotonic(context: AnalysisContext): Promise<Finding[]> {
  const found = new FindingsByKey();
  const { space } = context;
  const sizes = space.dims.flatMap((d, i) => (d.size ? [i] : []));
  for (const [i, core] of context.cores.entries()) {
    if (!core || core.obligation === 'undetermined' || core.obligation === 'not-covered') continue;
    const point = space.points[i] as Point;
    for (const dim of sizes) {
      if (!space.gives(point, dim)) continue;
      const index = space.largerIndex(i, dim);
      if (index === undefined && context.answers.exhausted) continue;
      const larger = index === undefined ? space.larger(point, dim) : space.points[index];
      const next = index !== undefined ? context.cores[index] : larger && (context.answers.known(larger) ?? (await context.answers.at(larger)));
      if (!larger || !next || next.obligation === 'undetermined' || obligationRank(next.obligation) >= obligationRank(core.obligation)) continue;
      const fact = space.dims[dim]?.key as string;
      const small = core.decisive?.id;
      const large = next.best ? next.decisive?.id : undefined;
      found.add(`${fact}|${small}|${large}|${core.obligation}|${next.obligation}`, () => {
        const counterexample = caseAt(context, larger);
        const compareWith = caseAt(context, point);
        if (!counterexample || !compareWith) return undefined;
        const rules = [...new Set([small, large].filter((r): r is string => r !== undefined))];
        return { code: 'non-monotonic', severity: 'error', rules, subject: fact, subjectKind: 'fact', counterexample, compareWith, answer: answered(next), other: answered(core) };
      });
    }
  }
  return found.list();
}
