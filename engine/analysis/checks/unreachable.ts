// Unreachable rule: a rule that never changes an answer. It decides the obligation for no event (another rule always
// decides first, or its conditions never hold), governs no duty, and gives no confirmation route another rule does
// not give first. When the space was sampled, the events around each such rule are tried in full before it is named.
import { factsOf, type ConditionNode } from '../../conditions.js';
import type { Core } from '../../decide.js';
import type { PlacedRule } from '../../resolved-pack.js';
import { type AnalysisContext, answered, caseAt, firstAnswered } from '../context.js';
import type { Point } from '../event-space.js';
import type { Finding } from '../finding.js';

/** The ids of the rules that decided something in this answer. */
function deciders(core: Core): string[] {
  return [
    ...(core.decisive && core.best ? [core.decisive.id] : []),
    ...core.duties.map((d) => d.rule),
    ...core.confirmation.routes.map((r) => r.rule),
  ];
}

/** The most events tried around one rule: its own facts in every combination, over a few of the events tried. */
const AROUND_BASES = 25;
const AROUND_COMBINATIONS = 400;
/** The most events tried around all the rules together; a rule not cleared within it is not named (no guess). */
const AROUND_TOTAL = 40_000;

async function decidesAround(context: AnalysisContext, rule: PlacedRule, budget: { left: number }): Promise<boolean | undefined> {
  const { space } = context;
  const reads = factsOf(rule.conditions as unknown as ConditionNode);
  const own = space.dims.flatMap((d, i) => (reads.has(d.key) || d.key === 'startDate' ? [i] : []));
  const sizes = own.map((i) => space.dims[i]?.values.length ?? 1);
  const combinations = Math.min(AROUND_COMBINATIONS, sizes.reduce((n, s) => n * s, 1));
  for (const base of space.points.slice(0, AROUND_BASES)) {
    for (let c = 0; c < combinations; c++) {
      let rest = c;
      const point = [...base];
      own.forEach((dim, k) => {
        point[dim] = rest % (sizes[k] as number);
        rest = Math.floor(rest / (sizes[k] as number));
      });
      if (--budget.left < 0 || context.answers.exhausted) return undefined;
      const core = await context.answers.at(point);
      if (core && deciders(core).includes(rule.id)) return true;
    }
  }
  return false;
}

export async function findUnreachableRules(context: AnalysisContext): Promise<Finding[]> {
  const decided = new Set<string>();
  for (const core of new Set(context.cores)) if (core) for (const id of deciders(core)) decided.add(id);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const budget = { left: AROUND_TOTAL };
  for (const rule of context.compiled.pack.rules) {
    if (decided.has(rule.id) || seen.has(rule.id)) continue;
    seen.add(rule.id);
    if (context.space.sampled && (await decidesAround(context, rule, budget)) !== false) continue;
    // Show an event where it holds and yet another rule decides; else any event (it holds for none).
    const i = context.cores.findIndex((core) => core?.holds.some((o) => o.rule.id === rule.id));
    const at = i >= 0 ? { point: context.space.points[i] as Point, core: context.cores[i] as Core } : firstAnswered(context);
    const counterexample = at && caseAt(context, at.point);
    if (!at || !counterexample) continue;
    const holds = at.core.holds.some((o) => o.rule.id === rule.id);
    findings.push({ code: 'unreachable-rule', severity: 'warning', rules: [rule.id], counterexample, answer: answered(at.core, { holds }) });
  }
  return findings;
}
