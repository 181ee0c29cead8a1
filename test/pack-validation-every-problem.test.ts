// compilePack: a valid pack compiles; a broken pack is rejected with EVERY problem listed at once (schema, linter
// and extends), each with the path a person would point at and a message that says what to do.
import { describe, expect, it } from 'vitest';
import { compilePack } from '../engine/compile-pack.js';
import { clone, LINT_EXPECTED, lintBroken } from './fixtures/broken-mini-pack.js';
import { lookupOf, miniPack } from './fixtures/mini-pack.js';
import { expectProblem, type Json, problemsOf, show } from './support/pack-problems.js';

describe('the mini pack', () => {
  it('compiles', () => {
    const result = compilePack(miniPack(), lookupOf());
    if (!result.ok) throw new Error(show(result.problems));
    expect(result.compiled.pack.id).toBe('test-mini');
    expect(result.compiled.pack.rules.map((r) => r.id)).toEqual([
      'meeting-required',
      'general-encouraged',
      'organizer-lead',
      'organizer-lead',
      'complete-neutralization',
      'confirmation-routes',
    ]);
    expect(result.compiled.rulesByEngineName.size).toBe(6);
    expect(result.compiled.pack.chain).toEqual([{ id: 'test-mini', version: '1.0.0' }]);
  });

  it('is not a JSON object -> one root problem', () => {
    for (const raw of [null, [], 'pack', 3]) {
      const problems = problemsOf(raw);
      expectProblem(problems, '(root)', 'must be a JSON object');
    }
  });
});

describe('a pack with every kind of problem at once', () => {
  // Besides the lint problems: a rule without citation (a schema problem) and `extends` naming an unknown
  // pack (a resolution problem). compile-pack.ts promises "a pack with any problem is rejected with every
  // problem listed", so all ten must be reported together.
  const broken = (): Json => {
    const doc = lintBroken(clone());
    delete doc.rules[5].citation;
    doc.extends = 'no-such-pack';
    return doc;
  };
  const EXPECTED: [string, string, ...string[]][] = [
    ...LINT_EXPECTED,
    ['rules[5].citation', 'is required'],
    ['extends', 'extends unknown pack "no-such-pack"', 'publish the base pack first or correct its id'],
  ];

  it('is rejected', () => {
    expect(compilePack(broken(), lookupOf()).ok).toBe(false);
  });

  it.each(EXPECTED)('lists the problem at %s', (path, ...fragments) => {
    expectProblem(problemsOf(broken()), path, ...fragments);
  });

  it('a schema problem in one rule does not hide the linter problems of the others', () => {
    const doc = lintBroken(clone());
    delete doc.rules[5].citation;
    const problems = problemsOf(doc);
    expectProblem(problems, 'rules[5].citation', 'is required');
    expectProblem(problems, 'rules[0].conditions.all[0].fact', 'unknown fact "venue"');
    // Rules after the broken one keep their own index in paths.
    expectProblem(problems, 'rules[7].decides.duty', 'unknown duty "plant-trees"');
  });

  it('an unknown base pack does not hide the linter problems of the pack itself', () => {
    const doc = lintBroken(clone());
    doc.extends = 'no-such-pack';
    const problems = problemsOf(doc);
    expectProblem(problems, 'extends', 'unknown pack "no-such-pack"');
    expectProblem(problems, 'rules[0].conditions.all[0].fact', 'unknown fact "venue"');
  });

  it('every problem has a path and a message', () => {
    for (const p of problemsOf(broken())) {
      expect(p.path, show([p])).toMatch(/\S/);
      expect(p.message.length, show([p])).toBeGreaterThan(10);
    }
  });
});
