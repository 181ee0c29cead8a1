// A pack's condition trees compiled once into plain functions with the engine's three-valued semantics, so that
// an evaluation never walks, clones or hashes condition JSON. json-rules-engine stays the reference: its operators
// are reproduced here exactly (a fact the operator cannot take makes the test false), and a property test
// (test/compiled-reference.test.ts) checks that both give every rule the same truth and the same missing facts.
import { type ConditionNode, foldConditions, isLeaf, type LeafNode, type Truth } from './conditions.js';
import { CUSTOM_OPERATOR_TESTS } from './operators.js';

/** What a condition reads: the facts given, the facts missing (unknown), the facts that do not apply (false). */
export interface FactView {
  facts: Record<string, unknown>;
  missing: ReadonlySet<string>;
  inapplicable: ReadonlySet<string>;
}

export interface Verdict {
  truth: Truth;
  /** The facts whose absence made the truth unknown (empty unless unknown). */
  missing: string[];
}

export type CompiledCondition = (view: FactView) => Verdict;

type Test = (fact: unknown, value: unknown) => boolean;

const isNumberLike = (v: unknown) => Number.parseFloat(v as string).toString() !== 'NaN';

/** json-rules-engine's own operators, with their fact validators. */
const BUILTIN_TESTS: Record<string, Test> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as unknown[]).indexOf(a) > -1,
  notIn: (a, b) => (b as unknown[]).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumberLike(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumberLike(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumberLike(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumberLike(a) && (a as number) >= (b as number),
};

const TRUE: Verdict = Object.freeze({ truth: true, missing: [] }) as Verdict;
const FALSE: Verdict = Object.freeze({ truth: false, missing: [] }) as Verdict;

function compileLeaf(leaf: LeafNode): CompiledCondition {
  const test = BUILTIN_TESTS[leaf.operator] ?? CUSTOM_OPERATOR_TESTS[leaf.operator];
  if (!test) throw new Error(`unknown operator "${leaf.operator}"`); // the linter refuses such a pack first
  const { fact, value } = leaf;
  const unknown: Verdict = Object.freeze({ truth: 'unknown', missing: [fact] }) as Verdict;
  return (view) => {
    if (view.inapplicable.has(fact)) return FALSE;
    if (view.missing.has(fact)) return unknown;
    return test(view.facts[fact], value) ? TRUE : FALSE;
  };
}

function compileGroup(children: CompiledCondition[], decisive: boolean): CompiledCondition {
  // `all` is false as soon as a child is false, `any` true as soon as one is true; otherwise unknown if any child
  // is unknown (with the union of their missing facts), else the other value.
  return (view) => {
    let missing: string[] | undefined;
    for (const child of children) {
      const verdict = child(view);
      if (verdict.truth === decisive) return decisive ? TRUE : FALSE;
      if (verdict.truth === 'unknown') missing = missing ? [...missing, ...verdict.missing] : [...verdict.missing];
    }
    if (!missing) return decisive ? FALSE : TRUE;
    return { truth: 'unknown', missing: [...new Set(missing)] };
  };
}

function compileNot(inner: CompiledCondition): CompiledCondition {
  return (view) => {
    const verdict = inner(view);
    if (verdict.truth === 'unknown') return verdict;
    return verdict.truth ? FALSE : TRUE;
  };
}

function compileNode(node: ConditionNode, children: CompiledCondition[]): CompiledCondition {
  if (isLeaf(node)) return compileLeaf(node);
  if ('not' in node) return compileNot(children[0] as CompiledCondition);
  return compileGroup(children, !('all' in node));
}

/**
 * Compiles a (linted) condition tree. The compiling walk is iterative (foldConditions, children before parents);
 * the compiled functions call one another as deep as the tree is, which the parse step bounds (engine/nesting.ts).
 */
export function compileCondition(root: ConditionNode): CompiledCondition {
  return foldConditions(root, compileNode);
}
