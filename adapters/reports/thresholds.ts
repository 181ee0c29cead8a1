// The size lines a pack draws: every comparison of attendees or floor area with a number in its rules' conditions.
import type { CompiledPack, Lang, ObligationLevel } from '../../engine/index.js';
import { type ConditionNode, leavesOf } from '../../engine/conditions.js';
import { describeLeaf, describeTest } from '../../engine/describe-conditions.js';

export const SIZE_FACTS = ['attendees', 'floorAreaM2'] as const;
export type SizeFact = (typeof SIZE_FACTS)[number];

const COMPARISONS = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'equal', 'notEqual'];

export interface Threshold {
  pack: string;
  fact: SizeFact;
  operator: string;
  value: number;
  /** The test in words, e.g. `attendees ≥ 500 people`. */
  text: string;
  /** The test without the fact's name, e.g. `≥ 500 people`. */
  test: string;
  rule: string;
  /** What the rule decides: `obligation`, `duty` or `confirmation`. */
  decides: 'obligation' | 'duty' | 'confirmation';
  /** The level, for an obligation rule. */
  level?: ObligationLevel;
}

const isSizeFact = (fact: string): fact is SizeFact => (SIZE_FACTS as readonly string[]).includes(fact);

/** Every numeric size test of the pack's rules (inherited ones too), in the pack's order of rules. */
export function thresholdsOf(compiled: CompiledPack, lang: Lang): Threshold[] {
  const found: Threshold[] = [];
  for (const rule of compiled.pack.rules) {
    for (const leaf of leavesOf(rule.conditions as unknown as ConditionNode)) {
      if (!isSizeFact(leaf.fact) || !COMPARISONS.includes(leaf.operator) || typeof leaf.value !== 'number') continue;
      found.push({
        pack: compiled.pack.id,
        fact: leaf.fact,
        operator: leaf.operator,
        value: leaf.value,
        text: describeLeaf(leaf, lang, compiled.pack.facts),
        test: describeTest(leaf, lang, compiled.pack.facts),
        rule: rule.id,
        decides: rule.decides.type,
        ...(rule.decides.type === 'obligation' ? { level: rule.decides.level } : {}),
      });
    }
  }
  return found;
}
