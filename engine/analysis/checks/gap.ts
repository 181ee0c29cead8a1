// Gap: an event in force that no rule about the obligation decides (none holds, none is waiting on a fact), so the
// answer falls back to "not covered" with no clause behind it.
import type { Point } from '../event-space.js';
import { type AnalysisContext, answered, caseAt, FindingsByKey } from '../context.js';
import { inForce } from '../../rule-outcomes.js';
import type { Finding } from '../finding.js';

export function findGaps(context: AnalysisContext): Finding[] {
  const found = new FindingsByKey();
  context.cores.forEach((core, i) => {
    if (!core || core.obligation !== 'not-covered' || core.best) return;
    const point = context.space.points[i] as Point;
    found.add('gap', () => {
      const counterexample = caseAt(context, point);
      if (!counterexample) return undefined;
      // The scope rules in force that day: none of them holds for this event.
      const rules = context.compiled.pack.rules
        .filter((r) => r.decides.type === 'obligation' && inForce(r.inForce, core.asOf) === true)
        .map((r) => r.id);
      return { code: 'gap', severity: 'error', rules: [...new Set(rules)], counterexample, answer: answered(core) };
    });
  });
  return found.list();
}
