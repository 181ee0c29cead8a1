// Issue 10, hole 3: a pack nested 10,000 deep made the linter recurse until RangeError (500 on the keyless
// POST /v1/packs/validate). Nesting is bounded at the parse step (a 422 naming the path) and every walk over
// conditions is iterative or bounded by that limit.
import { describe, expect, it } from 'vitest';
import { compilePack } from '../engine/compile-pack.js';
import { type ConditionNode, factsOf, leavesOf, readTruth } from '../engine/conditions.js';
import { compileCondition } from '../engine/compiled-conditions.js';
import { describeConditions } from '../engine/describe-conditions.js';
import { checkCitations } from '../engine/lint/citations.js';
import { MAX_CONDITION_DEPTH, MAX_PACK_JSON_DEPTH, nestingProblems } from '../engine/nesting.js';
import type { ResolvedPack } from '../engine/resolved-pack.js';
import { isErrorShape, makeApp } from './support/api.js';
import { miniPack } from './fixtures/mini-pack.js';

const DEEP = 10_000;
const LEAF = { fact: 'attendees', operator: 'greaterThanInclusive', value: 200 };
const LEAF_JSON = JSON.stringify(LEAF);

/** JSON text nested `depth` times: built as text, since JSON.stringify itself recurses. */
const notChainText = (depth: number) => `${'{"not":'.repeat(depth)}${LEAF_JSON}${'}'.repeat(depth)}`;
const allNestingText = (depth: number) => `${'{"all":['.repeat(depth)}${LEAF_JSON}${']}'.repeat(depth)}`;

/** The mini pack as JSON text with rule 0's conditions replaced by `conditions` (JSON text). */
function packText(conditions: string): string {
  const doc = miniPack();
  const marker = '"__conditions__"';
  (doc.rules[0] as { conditions: unknown }).conditions = '__conditions__';
  return JSON.stringify(doc).replace(marker, conditions);
}

/** Built as objects, iteratively. */
function notChain(depth: number): ConditionNode {
  let node: ConditionNode = { ...LEAF };
  for (let i = 0; i < depth; i++) node = { not: node };
  return node;
}

function allNesting(depth: number): ConditionNode {
  let node: ConditionNode = { ...LEAF };
  for (let i = 0; i < depth; i++) node = { all: [node] };
  return node;
}

const notPath = (prefix: string, nots: number) => `${prefix}${'.not'.repeat(nots)}`;

describe('the parse step bounds nesting (engine/nesting.ts)', () => {
  it(`accepts ${MAX_CONDITION_DEPTH} levels of all/any/not and refuses ${MAX_CONDITION_DEPTH + 1}, naming the path`, () => {
    const lookup = () => undefined;
    const at = (depth: number) => {
      const doc = miniPack();
      // `{all: [not^(depth-1) leaf]}`: depth levels of all/any/not.
      (doc.rules[0] as { conditions: unknown }).conditions = { all: [notChain(depth - 1)] };
      return compilePack(doc, lookup);
    };
    expect(at(MAX_CONDITION_DEPTH).ok).toBe(true);
    const refused = at(MAX_CONDITION_DEPTH + 1);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems).toHaveLength(1);
    expect(refused.problems[0]?.path).toBe(notPath('rules[0].conditions.all[0]', MAX_CONDITION_DEPTH - 1));
    expect(refused.problems[0]?.message).toMatch(/more than 32 levels of all\/any\/not here: write the test with fewer levels/);
  });

  it('refuses a 10,000-deep not chain and a 10,000-deep all nesting without a RangeError', () => {
    for (const conditions of [{ all: [notChain(DEEP)] }, allNesting(DEEP)]) {
      const doc = miniPack();
      (doc.rules[0] as { conditions: unknown }).conditions = conditions;
      const result = compilePack(doc, () => undefined);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems.map((p) => p.message)).toEqual([expect.stringMatching(/more than 32 levels of all\/any\/not/)]);
      expect(result.problems[0]?.path).toMatch(/^rules\[0\]\.conditions\.all\[0\]/);
    }
  });

  it(`refuses any other value nested more than ${MAX_PACK_JSON_DEPTH} levels, with its path cut short`, () => {
    const doc = miniPack() as unknown as Record<string, unknown>;
    let junk: unknown = 1;
    for (let i = 0; i < DEEP; i++) junk = { ['k'.repeat(1000)]: junk };
    doc.junk = junk;
    const problems = nestingProblems(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/more than 100 levels of objects and arrays/);
    expect(problems[0]?.path.startsWith(`junk.${'k'.repeat(40)}…`)).toBe(true);
    expect(problems[0]?.path.length).toBeLessThan(5000);
    expect(compilePack(doc, () => undefined).ok).toBe(false);
  });

  it('leaves the shipped shapes alone', () => {
    expect(nestingProblems(miniPack())).toEqual([]);
  });
});

describe('every walk over conditions is safe at any depth', () => {
  const chain = notChain(DEEP);
  const nesting = allNesting(DEEP);

  it('factsOf, leavesOf, readTruth, compileCondition and describeConditions do not recurse', () => {
    for (const tree of [chain, nesting]) {
      expect([...factsOf(tree)]).toEqual(['attendees']);
      expect(leavesOf(tree)).toHaveLength(1);
      const missing = readTruth(tree, () => true);
      expect(missing.truth).toBe('unknown');
      expect(() => compileCondition(tree)).not.toThrow();
      expect(describeConditions(tree, 'en').length).toBeGreaterThan(0);
    }
    // 10,000 nots: an even number, so the chain is the test itself.
    expect(readTruth(chain, () => false).truth).toBe(false);
  });

  it('the citation linter walks a 10,000-deep document', () => {
    let own: unknown = { citation: { document: 'nowhere' } };
    for (let i = 0; i < DEEP; i++) own = { x: [own] };
    const pack = { documents: [] } as unknown as ResolvedPack;
    const problems = checkCitations(pack, own);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path.endsWith('.citation.document')).toBe(true);
  });
});

describe('POST /v1/packs/validate (no key needed)', () => {
  it('answers a 10,000-deep not chain and a 10,000-deep all nesting with 422 naming the path, never 500', async () => {
    const { call } = await makeApp();
    const cases = [
      { body: packText(`{"all":[${notChainText(DEEP)}]}`), path: notPath('rules[0].conditions.all[0]', MAX_CONDITION_DEPTH - 1) },
      { body: packText(allNestingText(DEEP)), path: `rules[0].conditions${'.all[0]'.repeat(MAX_CONDITION_DEPTH)}` },
    ];
    for (const { body, path } of cases) {
      const res = await call('POST', '/v1/packs/validate', body);
      expect(res.status).toBe(422);
      expect(isErrorShape(res.json)).toBe(true);
      expect(res.json.error.issues).toEqual([{ path, message: expect.stringMatching(/more than 32 levels of all\/any\/not here: write the test with fewer levels/) }]);
    }
  });

  it('answers deep nesting anywhere else with 422 too, and a draft the same way', async () => {
    const { call, keyFor } = await makeApp();
    const body = packText(LEAF_JSON).replace('"rules":', `"junk":${'['.repeat(DEEP)}${']'.repeat(DEEP)},"rules":`);
    const res = await call('POST', '/v1/packs/validate', body);
    expect(res.status).toBe(422);
    expect(res.json.error.issues[0].path).toBe(`junk${'[0]'.repeat(MAX_PACK_JSON_DEPTH - 1)}`);
    const key = await keyFor('500000');
    const draft = await call('POST', '/v1/packs', packText(`{"all":[${notChainText(DEEP)}]}`), { authorization: `Bearer ${key}` });
    expect(draft.status).toBe(422);
  });
});
