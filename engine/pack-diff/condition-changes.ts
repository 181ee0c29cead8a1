// Two condition trees compared. When they have the same shape (the same groups, and tests of the same facts with the
// same operators in the same places), each test whose value differs is a changed threshold, with whether the rule now
// reaches more or fewer events; otherwise the conditions changed as a whole.
import { type ConditionNode, childrenOf, isLeaf, type LeafNode } from '../conditions.js';
import { type ChangeDirection, sameJson } from './pack-change.js';

export interface ThresholdChange {
  before: LeafNode;
  after: LeafNode;
  /** The test's place in the tree: `all[2]`, `all[1].any[0]`. */
  path: string;
  direction?: ChangeDirection;
}

const groupOf = (node: ConditionNode) => (isLeaf(node) ? 'test' : 'all' in node ? 'all' : 'any' in node ? 'any' : 'not');

/** The changed tests of two trees of one shape, in document order; undefined when the shapes differ. */
export function thresholdChanges(before: ConditionNode, after: ConditionNode): ThresholdChange[] | undefined {
  const changes: ThresholdChange[] = [];
  const stack: { a: ConditionNode; b: ConditionNode; path: string; negated: boolean }[] = [{ a: before, b: after, path: '', negated: false }];
  while (stack.length) {
    const { a, b, path, negated } = stack.pop() as (typeof stack)[number];
    const kind = groupOf(a);
    if (kind !== groupOf(b)) return undefined;
    if (isLeaf(a) && isLeaf(b)) {
      if (a.fact !== b.fact || a.operator !== b.operator) return undefined;
      if (!sameJson(a.value, b.value)) {
        const reach = reachOf(a.operator, a.value, b.value);
        const direction = reach && negated ? (reach === 'wider' ? 'narrower' : 'wider') : reach;
        changes.push({ before: a, after: b, path: path || '(root)', ...(direction ? { direction } : {}) });
      }
      continue;
    }
    const [as, bs] = [childrenOf(a), childrenOf(b)];
    if (as.length !== bs.length) return undefined;
    for (let i = as.length - 1; i >= 0; i--) {
      const step = kind === 'not' ? 'not' : `${kind}[${i}]`;
      stack.push({ a: as[i] as ConditionNode, b: bs[i] as ConditionNode, path: path ? `${path}.${step}` : step, negated: kind === 'not' ? !negated : negated });
    }
  }
  return changes;
}

const LOWER_BOUNDS = new Set(['greaterThan', 'greaterThanInclusive', 'dateOnOrAfter']);
const UPPER_BOUNDS = new Set(['lessThan', 'lessThanInclusive', 'dateOnOrBefore']);

/** Whether the test, with its new value, holds for more events or for fewer; undefined when neither is implied. */
export function reachOf(operator: string, before: unknown, after: unknown): 'wider' | 'narrower' | undefined {
  const comparable = (typeof before === 'number' && typeof after === 'number') || (typeof before === 'string' && typeof after === 'string');
  if (comparable && LOWER_BOUNDS.has(operator)) return (after as number) < (before as number) ? 'wider' : 'narrower';
  if (comparable && UPPER_BOUNDS.has(operator)) return (after as number) > (before as number) ? 'wider' : 'narrower';
  if ((operator === 'in' || operator === 'notIn') && Array.isArray(before) && Array.isArray(after)) {
    const grew = before.every((v) => after.includes(v));
    const shrank = after.every((v) => before.includes(v));
    if (grew === shrank) return undefined;
    return grew === (operator === 'in') ? 'wider' : 'narrower';
  }
  return undefined;
}
