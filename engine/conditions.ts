// Walking json-rules-engine condition trees: which facts a rule reads, and its three-valued truth.
//
// json-rules-engine answers true/false; a fact that is missing simply fails. We read its result tree
// (every leaf keeps `result` and `factResult`: with equal priorities all leaves are evaluated) with Kleene
// logic instead: a leaf whose fact is missing is UNKNOWN; `all` is false if any child is false, else unknown
// if any is; `any` is true if any child is true, else unknown if any is; `not` swaps true and false.
// A rule whose truth is unknown is one the given facts cannot decide: the engine names its missing facts.
// A leaf whose fact does not apply to the event (a fact declared for other kinds of event) is FALSE.

export type Truth = true | false | 'unknown';

export interface LeafNode {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
  result?: boolean;
  factResult?: unknown;
}
export type ConditionNode = { all: ConditionNode[] } | { any: ConditionNode[] } | { not: ConditionNode } | LeafNode;

export function isLeaf(node: ConditionNode): node is LeafNode {
  return 'fact' in node;
}

/** The children of a node, in order (none for a leaf). */
export function childrenOf(node: ConditionNode): readonly ConditionNode[] {
  if (isLeaf(node)) return [];
  if ('all' in node) return node.all;
  if ('any' in node) return node.any;
  return [node.not];
}

/**
 * Every node of a tree, parents before children, in document order. Iterative: the walks over conditions use it
 * (or are bounded by the depth the parse step allows, engine/nesting.ts), so no tree can exhaust the call stack.
 */
export function* nodesOf(root: ConditionNode): Generator<ConditionNode> {
  const stack: ConditionNode[] = [root];
  while (stack.length) {
    const node = stack.pop() as ConditionNode;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ConditionNode);
  }
}

/**
 * The value of a tree worked out children first: `combine` gets each node with its children's values, in order.
 * Iterative (an explicit stack), so no tree can exhaust the call stack while it is folded.
 */
export function foldConditions<T>(root: ConditionNode, combine: (node: ConditionNode, children: T[]) => T): T {
  const values = new Map<ConditionNode, T>();
  const stack: { node: ConditionNode; expanded: boolean }[] = [{ node: root, expanded: false }];
  while (stack.length) {
    const top = stack[stack.length - 1] as { node: ConditionNode; expanded: boolean };
    const children = childrenOf(top.node);
    if (!top.expanded && children.length) {
      top.expanded = true;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as ConditionNode, expanded: false });
      continue;
    }
    stack.pop();
    values.set(top.node, combine(top.node, children.map((c) => values.get(c) as T)));
  }
  return values.get(root) as T;
}

/** The fact tests of a tree, in document order. */
export function leavesOf(root: ConditionNode): LeafNode[] {
  const leaves: LeafNode[] = [];
  for (const node of nodesOf(root)) if (isLeaf(node)) leaves.push(node);
  return leaves;
}

/** Every fact a condition tree reads, in order of appearance. */
export function factsOf(node: ConditionNode, into: Set<string> = new Set()): Set<string> {
  for (const leaf of leavesOf(node)) into.add(leaf.fact);
  return into;
}

export interface ThreeValued {
  truth: Truth;
  /** Facts whose absence made some leaf unknown, when the truth is unknown. */
  missing: Set<string>;
}

/**
 * Reads an evaluated tree (from a RuleResult) with Kleene logic; `isMissing` says which facts were not given,
 * `isInapplicable` which do not apply to the event (their tests are false whatever the event says).
 */
export function readTruth(
  root: ConditionNode,
  isMissing: (fact: string) => boolean,
  isInapplicable: (fact: string) => boolean = () => false,
): ThreeValued {
  return foldConditions<ThreeValued>(root, (node, children) => truthOf(node, children, isMissing, isInapplicable));
}

/** Kleene's not: unknown stays unknown. */
export const kleeneNot = (truth: Truth): Truth => (truth === 'unknown' ? 'unknown' : !truth);

/** Kleene's all (any): one false (true) decides; else one unknown leaves it unknown; else true (false). */
export function kleeneJoin(kind: 'all' | 'any', truths: readonly Truth[]): Truth {
  const decisive = kind === 'any';
  if (truths.includes(decisive)) return decisive;
  return truths.includes('unknown') ? 'unknown' : !decisive;
}

function truthOf(
  node: ConditionNode,
  children: ThreeValued[],
  isMissing: (fact: string) => boolean,
  isInapplicable: (fact: string) => boolean,
): ThreeValued {
  if (isLeaf(node)) {
    if (isInapplicable(node.fact)) return { truth: false, missing: new Set() };
    if (isMissing(node.fact)) return { truth: 'unknown', missing: new Set([node.fact]) };
    return { truth: node.result === true, missing: new Set() };
  }
  if ('not' in node) {
    const inner = children[0] as ThreeValued;
    return { truth: kleeneNot(inner.truth), missing: inner.missing };
  }
  const truth = kleeneJoin('all' in node ? 'all' : 'any', children.map((c) => c.truth));
  if (truth !== 'unknown') return { truth, missing: new Set() };
  const missing = new Set<string>();
  for (const c of children) if (c.truth === 'unknown') for (const f of c.missing) missing.add(f);
  return { truth: 'unknown', missing };
}
