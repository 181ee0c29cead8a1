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

/** Every fact a condition tree reads, in order of appearance. */
export function factsOf(node: ConditionNode, into: Set<string> = new Set()): Set<string> {
  if (isLeaf(node)) into.add(node.fact);
  else if ('all' in node) for (const c of node.all) factsOf(c, into);
  else if ('any' in node) for (const c of node.any) factsOf(c, into);
  else factsOf(node.not, into);
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
  node: ConditionNode,
  isMissing: (fact: string) => boolean,
  isInapplicable: (fact: string) => boolean = () => false,
): ThreeValued {
  if (isLeaf(node)) {
    if (isInapplicable(node.fact)) return { truth: false, missing: new Set() };
    if (isMissing(node.fact)) return { truth: 'unknown', missing: new Set([node.fact]) };
    return { truth: node.result === true, missing: new Set() };
  }
  if ('not' in node) {
    const inner = readTruth(node.not, isMissing, isInapplicable);
    return { truth: inner.truth === 'unknown' ? 'unknown' : !inner.truth, missing: inner.missing };
  }
  const children = ('all' in node ? node.all : node.any).map((c) => readTruth(c, isMissing, isInapplicable));
  const decisive = 'all' in node ? false : true;
  if (children.some((c) => c.truth === decisive)) return { truth: decisive, missing: new Set() };
  const unknown = children.filter((c) => c.truth === 'unknown');
  if (unknown.length === 0) return { truth: !decisive, missing: new Set() };
  const missing = new Set<string>();
  for (const c of unknown) for (const f of c.missing) missing.add(f);
  return { truth: 'unknown', missing };
}
