// Validate a pack whole, then compile its conditions once into plain functions (engine/compiled-conditions.ts).
// json-rules-engine, the reference evaluator, is built on first use only. A pack with any problem is rejected
// with every problem listed; nothing half-valid is ever evaluated.
import { Engine, Rule as EngineRule } from 'json-rules-engine';
import { type CompiledCondition, compileCondition } from './compiled-conditions.js';
import { type ConditionNode, factsOf } from './conditions.js';
import { lintPack } from './lint/index.js';
import { CUSTOM_OPERATORS } from './operators.js';
import type { PackDocument } from './pack-schema.js';
import { parsePackDocument } from './parse-pack.js';
import type { Problem } from './problems.js';
import { type PackLookup, resolvePack } from './resolve-pack.js';
import type { PlacedRule, ResolvedPack } from './resolved-pack.js';

/** A rule with its conditions compiled, and the facts they read. */
export interface CompiledRule {
  rule: PlacedRule;
  test: CompiledCondition;
  reads: ReadonlySet<string>;
}

export interface CompiledPack {
  pack: ResolvedPack;
  /** Every rule in the pack's order (a rule id may have several dated versions). */
  rules: readonly CompiledRule[];
  /** json-rules-engine over the same rules: the reference evaluator, built on first use. */
  readonly engine: Engine;
  /** Engine rule name -> the pack rule it runs. */
  rulesByEngineName: Map<string, PlacedRule>;
  /** Every fact some rule reads. */
  readFacts: ReadonlySet<string>;
}

export type CompileResult = { ok: true; compiled: CompiledPack; doc: PackDocument } | { ok: false; problems: Problem[] };

export function engineName(rule: PlacedRule, index: number): string {
  return `${rule.id}#${index}`;
}

function referenceEngine(rulesByEngineName: Map<string, PlacedRule>): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of CUSTOM_OPERATORS) engine.addOperator(op);
  for (const [name, rule] of rulesByEngineName) {
    // Every rule gets the same priority so that json-rules-engine evaluates every leaf of every tree;
    // the three-valued reading in conditions.ts needs each leaf's result.
    engine.addRule(new EngineRule({ name, conditions: rule.conditions as never, event: { type: 'decided' }, priority: 1 }));
  }
  return engine;
}

function buildPack(pack: ResolvedPack): CompiledPack {
  const rulesByEngineName = new Map<string, PlacedRule>();
  const readFacts = new Set<string>();
  const rules = pack.rules.map((rule, i): CompiledRule => {
    const node = rule.conditions as unknown as ConditionNode;
    const reads = factsOf(node);
    for (const fact of reads) readFacts.add(fact);
    rulesByEngineName.set(engineName(rule, i), rule);
    return { rule, test: compileCondition(node), reads };
  });
  let engine: Engine | undefined;
  return {
    pack,
    rules,
    get engine() {
      engine ??= referenceEngine(rulesByEngineName);
      return engine;
    },
    rulesByEngineName,
    readFacts,
  };
}

/** Validates `raw` (a pack document) against the schema and the linter, resolving `extends` through `lookup`. */
export function compilePack(raw: unknown, lookup: PackLookup): CompileResult {
  const parsed = parsePackDocument(raw);
  if (!parsed.doc) return { ok: false, problems: parsed.problems };
  // Every stage runs on what the previous could read, so one problem never hides another.
  let problems = [...parsed.problems];
  const resolved = resolvePack(parsed.doc, lookup, parsed.ruleIndex);
  if (!resolved.ok) problems = problems.concat(resolved.problems);
  // With an unknown base, the pack's own part is still checked.
  const own = resolved.ok ? resolved : resolvePack({ ...parsed.doc, extends: undefined }, lookup, parsed.ruleIndex);
  const pack = own.ok ? own.pack : undefined;
  if (pack) problems = problems.concat(lintPack(pack, raw, { baseKnown: resolved.ok }));
  if (problems.length || !pack) return { ok: false, problems: capped(dedupe(problems)) };
  return { ok: true, compiled: buildPack(pack), doc: parsed.doc };
}

/** The most problems listed for one pack: enough to fix it in one pass, and an answer that stays small. */
export const MAX_PROBLEMS = 500;

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { path: '(root)', message: `and ${more} more problems: fix these first, then validate again` }];
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
