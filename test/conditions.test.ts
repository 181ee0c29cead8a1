// The three-valued (Kleene) reading of json-rules-engine result trees.
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { type ConditionNode, factsOf, type LeafNode, readTruth } from '../engine/conditions.js';

// Leaves as json-rules-engine leaves them after a run: `result` is the operator's answer; a missing fact
// always fails (result false) and is told apart only by `isMissing`.
const T = (fact: string): LeafNode => ({ fact, operator: 'equal', value: 1, result: true, factResult: 1 });
const F = (fact: string): LeafNode => ({ fact, operator: 'equal', value: 1, result: false, factResult: 2 });
const U = (fact: string): LeafNode => ({ fact, operator: 'equal', value: 1, result: false, factResult: undefined });

const MISSING = new Set(['u1', 'u2', 'u3']);
const isMissing = (fact: string) => MISSING.has(fact);
const read = (node: ConditionNode) => {
  const r = readTruth(node, isMissing);
  return { truth: r.truth, missing: [...r.missing].sort() };
};

describe('readTruth: leaves', () => {
  it('a leaf reads its result, or unknown when its fact is missing', () => {
    expect(read(T('a'))).toEqual({ truth: true, missing: [] });
    expect(read(F('a'))).toEqual({ truth: false, missing: [] });
    expect(read(U('u1'))).toEqual({ truth: 'unknown', missing: ['u1'] });
  });

  it('a missing fact is unknown even if the leaf result says true', () => {
    // e.g. a notEqual test on an undefined fact passes in json-rules-engine; the fact is still missing.
    expect(read({ ...T('u1') })).toEqual({ truth: 'unknown', missing: ['u1'] });
  });
});

describe('readTruth: all', () => {
  it('false and unknown -> false (nothing missing matters)', () => {
    expect(read({ all: [F('a'), U('u1')] })).toEqual({ truth: false, missing: [] });
    expect(read({ all: [U('u1'), F('a')] })).toEqual({ truth: false, missing: [] });
  });

  it('true and unknown -> unknown, listing the missing facts', () => {
    expect(read({ all: [T('a'), U('u1')] })).toEqual({ truth: 'unknown', missing: ['u1'] });
    expect(read({ all: [T('a'), U('u1'), U('u2')] })).toEqual({ truth: 'unknown', missing: ['u1', 'u2'] });
  });

  it('all true -> true; empty all -> true', () => {
    expect(read({ all: [T('a'), T('b')] })).toEqual({ truth: true, missing: [] });
    expect(read({ all: [] })).toEqual({ truth: true, missing: [] });
  });
});

describe('readTruth: any', () => {
  it('true and unknown -> true', () => {
    expect(read({ any: [T('a'), U('u1')] })).toEqual({ truth: true, missing: [] });
    expect(read({ any: [U('u1'), T('a')] })).toEqual({ truth: true, missing: [] });
  });

  it('false and unknown -> unknown, listing the missing facts', () => {
    expect(read({ any: [F('a'), U('u1')] })).toEqual({ truth: 'unknown', missing: ['u1'] });
  });

  it('all false -> false; empty any -> false', () => {
    expect(read({ any: [F('a'), F('b')] })).toEqual({ truth: false, missing: [] });
    expect(read({ any: [] })).toEqual({ truth: false, missing: [] });
  });
});

describe('readTruth: not', () => {
  it('swaps true and false, keeps unknown', () => {
    expect(read({ not: T('a') })).toEqual({ truth: false, missing: [] });
    expect(read({ not: F('a') })).toEqual({ truth: true, missing: [] });
    expect(read({ not: U('u1') })).toEqual({ truth: 'unknown', missing: ['u1'] });
  });

  it('not of an unknown all stays unknown with its missing facts', () => {
    expect(read({ not: { all: [T('a'), U('u2')] } })).toEqual({ truth: 'unknown', missing: ['u2'] });
  });
});

describe('readTruth: nesting', () => {
  it('collects the missing facts of every unknown branch', () => {
    const tree: ConditionNode = { all: [T('a'), { any: [F('b'), U('u1')] }, { not: U('u2') }] };
    expect(read(tree)).toEqual({ truth: 'unknown', missing: ['u1', 'u2'] });
  });

  it('a decided branch hides the missing facts of the others', () => {
    const tree: ConditionNode = { any: [{ all: [T('a'), T('b')] }, { all: [U('u1'), U('u2')] }] };
    expect(read(tree)).toEqual({ truth: true, missing: [] });
  });
});

describe('readTruth on a real json-rules-engine result tree', () => {
  it('marks the rule unknown when a needed fact is missing, false when a given fact fails', async () => {
    const engine = new Engine([], { allowUndefinedFacts: true });
    engine.addRule({
      name: 'r',
      priority: 1,
      event: { type: 'decided' },
      conditions: {
        all: [
          { fact: 'attendees', operator: 'greaterThanInclusive', value: 200 },
          { fact: 'meetingClass', operator: 'in', value: [1, 2, 3] },
        ],
      },
    });
    const run = async (facts: Record<string, unknown>) => {
      const { results, failureResults } = await engine.run(facts);
      const r = [...results, ...failureResults][0];
      if (!r) throw new Error('no rule result');
      return readTruth(r.conditions as unknown as ConditionNode, (f) => !(f in facts));
    };
    const unknown = await run({ attendees: 300 });
    expect(unknown.truth).toBe('unknown');
    expect([...unknown.missing]).toEqual(['meetingClass']);
    expect((await run({ attendees: 100 })).truth).toBe(false);
    expect((await run({ attendees: 300, meetingClass: 4 })).truth).toBe(false);
    expect((await run({ attendees: 300, meetingClass: 2 })).truth).toBe(true);
  });
});

describe('factsOf', () => {
  it('lists every fact read, once, in order of appearance', () => {
    const tree: ConditionNode = {
      all: [T('kind'), { any: [F('attendees'), { not: U('meetingClass') }] }, T('kind'), F('organizer.type')],
    };
    expect([...factsOf(tree)]).toEqual(['kind', 'attendees', 'meetingClass', 'organizer.type']);
  });

  it('reads nothing from an empty tree', () => {
    expect([...factsOf({ all: [] })]).toEqual([]);
  });
});
