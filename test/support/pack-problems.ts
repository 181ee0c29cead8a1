// What compilePack says of a pack it rejects, for the pack validation tests: the problems themselves, shown one a
// line, and an assertion that some problem has a given path and says given words.
import { expect } from 'vitest';
import { compilePack } from '../../engine/compile-pack.js';
import type { PackDocument } from '../../engine/pack-schema.js';
import { parsePackDocument } from '../../engine/parse-pack.js';
import type { Problem } from '../../engine/problems.js';
import { lookupOf } from '../fixtures/mini-pack.js';

// Loose JSON for mutating copies of the pack into broken ones.
export type Json = any;

export function parsed(raw: unknown): PackDocument {
  const r = parsePackDocument(raw);
  if (!r.ok) throw new Error(`fixture does not parse: ${JSON.stringify(r.problems)}`);
  return r.doc;
}

export function problemsOf(raw: unknown, lookup = lookupOf()): Problem[] {
  const result = compilePack(raw, lookup);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

export const show = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message}`).join('\n');

/** Asserts that some problem has exactly this path and a message containing every fragment. */
export function expectProblem(problems: Problem[], path: string, ...fragments: string[]) {
  const atPath = problems.filter((p) => p.path === path);
  expect(atPath.length, `no problem at path "${path}"; problems were:\n${show(problems)}`).toBeGreaterThan(0);
  const match = atPath.find((p) => fragments.every((f) => p.message.includes(f)));
  expect(match, `no problem at "${path}" says ${fragments.map((f) => JSON.stringify(f)).join(' and ')}; problems were:\n${show(problems)}`).toBeDefined();
}
