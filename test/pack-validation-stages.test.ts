// compilePack, each stage on its own: the linter's problems, a missing citation, an unknown base pack, unknown
// fields, a catalog fact not declared and overlapping rule versions, each at its path.
import { describe, expect, it } from 'vitest';
import { clone, LINT_EXPECTED, lintBroken } from './fixtures/broken-mini-pack.js';
import { expectProblem, problemsOf, show } from './support/pack-problems.js';

describe('each stage on its own', () => {
  it.each(LINT_EXPECTED)('the linter lists the problem at %s (no schema or extends problem present)', (path, ...fragments) => {
    expectProblem(problemsOf(lintBroken(clone())), path, ...fragments);
  });

  it('the linter lists exactly these eight problems', () => {
    const problems = problemsOf(lintBroken(clone()));
    expect(problems.map((p) => p.path).sort(), show(problems)).toEqual(LINT_EXPECTED.map(([path]) => path).sort());
  });

  it('a rule without citation is reported at its path', () => {
    const doc = clone();
    delete doc.rules[5].citation;
    const problems = problemsOf(doc);
    expectProblem(problems, 'rules[5].citation', 'is required');
  });

  it('an unknown base pack is reported at extends', () => {
    const doc = clone();
    doc.extends = 'no-such-pack';
    expectProblem(problemsOf(doc), 'extends', 'unknown pack "no-such-pack"');
  });

  it('an unknown top-level field is named, with a non-empty path', () => {
    const doc = clone();
    doc.rule = [];
    const problems = problemsOf(doc);
    const match = problems.find((p) => p.message.includes('unknown field') && p.message.includes('rule'));
    expect(match, show(problems)).toBeDefined();
    expect(['(root)', 'rule'], `path of "${match?.message}"`).toContain(match?.path);
  });

  it('an unknown field in a rule is reported at that rule', () => {
    const doc = clone();
    doc.rules[2].effective = '2025-01-01';
    expectProblem(problemsOf(doc), 'rules[2]', 'unknown field effective', 'remove or rename');
  });

  it('a citation of the wrong type is not called missing', () => {
    const doc = clone();
    doc.rules[2].citation = '第三条';
    const problems = problemsOf(doc);
    expect(problems.some((p) => p.path === 'rules[2].citation'), show(problems)).toBe(true);
    expect(problems.filter((p) => p.path === 'rules[2].citation' && p.message.includes('is required')), show(problems)).toEqual([]);
  });

  it('a catalog fact that is not declared is reported with how to declare it', () => {
    const doc = clone();
    doc.rules[0].conditions.all[0] = { fact: 'scale', operator: 'equal', value: 'national' };
    expectProblem(problemsOf(doc), 'rules[0].conditions.all[0].fact', 'unknown fact "scale"', 'declare it in "facts"');
  });

  it('two dated versions that do not overlap are fine, but touching periods overlap (until is inclusive)', () => {
    const doc = clone();
    doc.rules[3].inForce = { from: '2025-12-31' };
    expectProblem(problemsOf(doc), 'rules[3].inForce', 'overlap');
  });
});
