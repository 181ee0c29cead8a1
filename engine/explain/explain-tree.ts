// A rule's condition tree walked for one event: each test evaluated with the engine's own operators (a leaf
// compiled alone by engine/compiled-conditions.ts, so a test means here exactly what it means in an answer), and
// each group combined with the three-valued logic of engine/conditions.ts: `all` fails if a child fails, else is
// unknown if a child is; `any` holds if a child holds, else is unknown if a child is; `not` swaps held and failed.
import { type CompiledCondition, compileCondition, type FactView } from '../compiled-conditions.js';
import { type ConditionNode, foldConditions, isLeaf, kleeneJoin, kleeneNot, type LeafNode, type Truth } from '../conditions.js';
import { CONDITION_WORDS } from '../lexicon/conditions.js';
import { EXPLAIN_WORDS } from '../lexicon/diff-explain.js';
import type { AssumedFact } from '../rule-outcomes.js';
import type { ExplainedNode, ExplainedTest, ExplainStatus, FactSource } from './explanation.js';
import { testWords, type WordsContext } from './test-words.js';

export interface TreeContext extends WordsContext {
  view: FactView;
  assumptions: readonly AssumedFact[];
}

export const statusOf = (truth: Truth): ExplainStatus => (truth === 'unknown' ? 'unknown' : truth ? 'held' : 'failed');

// A pack's leaves never change: each is compiled once.
const compiledLeaves = new WeakMap<LeafNode, CompiledCondition>();

function leafTest(leaf: LeafNode): CompiledCondition {
  let test = compiledLeaves.get(leaf);
  if (!test) compiledLeaves.set(leaf, (test = compileCondition(leaf)));
  return test;
}

function sourceOf(fact: string, ctx: TreeContext): FactSource {
  if (ctx.view.inapplicable.has(fact)) return 'inapplicable';
  if (ctx.view.missing.has(fact)) return 'missing';
  return ctx.assumptions.some((a) => a.fact === fact) ? 'assumed' : 'given';
}

function explainTest(leaf: LeafNode, ctx: TreeContext): ExplainedTest {
  const status = statusOf(leafTest(leaf)(ctx.view).truth);
  const source = sourceOf(leaf.fact, ctx);
  const known = source === 'given' || source === 'assumed';
  const value = known ? ctx.view.facts[leaf.fact] : undefined;
  return {
    type: 'test',
    status,
    fact: leaf.fact,
    operator: leaf.operator,
    threshold: leaf.value,
    ...(known && value !== undefined ? { value } : {}),
    source,
    text: testWords(leaf, status, source, value, ctx),
  };
}

const TRUTH_OF: Record<ExplainStatus, Truth> = { held: true, failed: false, unknown: 'unknown' };
const STATUS_OF = (truth: Truth): ExplainStatus => (truth === 'unknown' ? 'unknown' : truth ? 'held' : 'failed');
const statuses = (children: readonly ExplainedNode[]) => children.map((c) => TRUTH_OF[c.status]);

/** The tree explained, children before parents (iterative: no tree exhausts the stack). */
export function explainTree(root: ConditionNode, ctx: TreeContext): ExplainedNode {
  return foldConditions<ExplainedNode>(root, (node, children) => {
    if (isLeaf(node)) return explainTest(node, ctx);
    if ('not' in node) return { type: 'not', status: STATUS_OF(kleeneNot(TRUTH_OF[(children[0] as ExplainedNode).status])), text: EXPLAIN_WORDS.not[ctx.lang], children };
    const type = 'all' in node ? 'all' : 'any';
    // `{"all": []}` holds for every event, `{"any": []}` for none: said so rather than as an empty group.
    const text = children.length ? EXPLAIN_WORDS[type][ctx.lang] : CONDITION_WORDS[type === 'all' ? 'every' : 'none'][ctx.lang];
    return { type, status: STATUS_OF(kleeneJoin(type, statuses(children))), text, children };
  });
}

/**
 * The tests that decided a node's status, in words: of a failed `all` its failed children, of a held `any` its held
 * ones, of an unknown group its unknown ones, and otherwise every child. Iterative, like the walk.
 */
export function decidingTests(root: ExplainedNode): string[] {
  const found: string[] = [];
  const stack: { node: ExplainedNode; status: ExplainStatus }[] = [{ node: root, status: root.status }];
  while (stack.length) {
    const { node, status } = stack.pop() as { node: ExplainedNode; status: ExplainStatus };
    if (node.type === 'test') {
      found.push(node.text);
      continue;
    }
    const children = node.type === 'not' ? node.children.map((c) => ({ node: c, status: STATUS_OF(kleeneNot(TRUTH_OF[status])) })) : node.children.map((c) => ({ node: c, status }));
    const decisive = node.type === 'all' ? 'failed' : node.type === 'any' ? 'held' : undefined;
    const chosen = status === 'unknown' || status === decisive ? children.filter((c) => c.node.status === c.status) : children;
    for (let i = chosen.length - 1; i >= 0; i--) stack.push(chosen[i] as { node: ExplainedNode; status: ExplainStatus });
  }
  return found;
}

/** The facts whose absence made an unknown node unknown: the missing tests under its unknown children. */
export function missingFactsOf(root: ExplainedNode): string[] {
  const facts = new Set<string>();
  const stack: ExplainedNode[] = root.status === 'unknown' ? [root] : [];
  while (stack.length) {
    const node = stack.pop() as ExplainedNode;
    if (node.type === 'test') {
      if (node.source === 'missing') facts.add(node.fact);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) if ((node.children[i] as ExplainedNode).status === 'unknown') stack.push(node.children[i] as ExplainedNode);
  }
  return [...facts];
}
