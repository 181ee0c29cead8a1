// A test case a pack ships (tests/*.json), asked through the same `answer` as every door: a case dated before the
// pack's period is answered by its base pack exactly as the API would answer it.
import { compareWithExpectation, type PackTestCase } from '../engine/index.js';
import { type AnswerOutcome, answer } from './answer.js';
import type { PackRegistry } from './registry.js';

export interface CaseOutcome {
  name: string;
  passed: boolean;
  /** Each expectation the answer does not meet (none when no answer could be given: see `answer`). */
  failures: string[];
  answer: AnswerOutcome;
}

export async function runPackCase(registry: PackRegistry, packId: string, testCase: PackTestCase): Promise<CaseOutcome> {
  const { name, event, asOf, lang, readings } = testCase;
  const outcome = await answer(registry, { pack: packId, event, asOf, lang, readings });
  if (outcome.kind !== 'answered') return { name, passed: false, failures: [], answer: outcome };
  const failures = compareWithExpectation(outcome.determination, testCase.expect);
  return { name, passed: failures.length === 0, failures, answer: outcome };
}
