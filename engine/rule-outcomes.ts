// What each rule says about an event: the facts the event gives (with the pack's stated assumptions for what it
// does not, and the facts that do not apply to its kind), then every rule's three-valued truth on the evaluation date.
import type { RuleResult } from 'json-rules-engine';
import type { CalendarDate } from './calendar.js';
import type { CompiledPack } from './compile-pack.js';
import { type ConditionNode, readTruth, type Truth } from './conditions.js';
import type { Assumption, Undecided } from './determination.js';
import { factApplies } from './event-facts.js';
import type { EventInput } from './event-schema.js';
import { ENGINE_FACTS, readFact } from './fact-catalog.js';
import type { Period } from './pack-schema.js';
import { type ReadingChoice, readingFact } from './readings.js';
import type { PlacedRule, ResolvedPack } from './resolved-pack.js';

/** An assumption as the engine knows it, before it is put into words. */
export type AssumedFact = Omit<Assumption, 'text'>;

export interface RuleOutcome {
  rule: PlacedRule;
  truth: Truth;
  missing: string[];
}

export interface KnownFacts {
  /** What json-rules-engine reads: fact name -> value. */
  facts: Record<string, unknown>;
  /** Declared facts the event does not give (and the pack assumes nothing for). */
  missing: Set<string>;
  /** Declared facts that do not apply to the event's kind: never asked, and every test on them is false. */
  inapplicable: Set<string>;
  assumptions: AssumedFact[];
}

export function inForce(period: Period | undefined, asOf: CalendarDate | null): Truth {
  if (!period) return true;
  if (asOf === null) return 'unknown';
  return asOf >= period.from && (!period.until || asOf <= period.until);
}

/** The facts the event gives, then the pack's stated assumptions for what it does not. */
export function knownFacts(pack: ResolvedPack, event: EventInput, asOf: CalendarDate | null, choice: ReadingChoice): KnownFacts {
  const facts: Record<string, unknown> = { [ENGINE_FACTS.asOf]: asOf ?? undefined };
  for (const id in choice) facts[readingFact(id)] = choice[id];
  const missing = new Set<string>();
  const inapplicable = new Set<string>();
  const assumptions: AssumedFact[] = [];
  for (const decl of pack.facts) {
    if (!factApplies(pack, decl, event.kind)) {
      inapplicable.add(decl.name);
      continue;
    }
    const value = readFact(decl.name, event);
    if (value !== undefined) facts[decl.name] = value;
    else if (decl.assumeWhenMissing) {
      facts[decl.name] = decl.assumeWhenMissing.value;
      assumptions.push({ fact: decl.name, value: decl.assumeWhenMissing.value, citation: decl.assumeWhenMissing.citation });
    } else missing.add(decl.name);
  }
  if (asOf === null) missing.add(ENGINE_FACTS.asOf);
  return { facts, missing, inapplicable, assumptions };
}

function combine(rule: PlacedRule, byConditions: { truth: Truth; missing: Iterable<string> }, asOf: CalendarDate | null): RuleOutcome {
  const byDate = inForce(rule.inForce, asOf);
  const truth: Truth =
    byDate === false || byConditions.truth === false
      ? false
      : byDate === 'unknown' || byConditions.truth === 'unknown'
        ? 'unknown'
        : true;
  if (truth !== 'unknown') return { rule, truth, missing: [] };
  const missingFacts = [...byConditions.missing];
  if (byDate === 'unknown') missingFacts.push('startDate');
  return { rule, truth, missing: missingFacts.map(publicFact) };
}

/** Every rule of the pack, in the order a bureau wrote them, with its truth for these facts on `asOf`. */
export function ruleOutcomes(compiled: CompiledPack, known: KnownFacts, asOf: CalendarDate | null): RuleOutcome[] {
  return compiled.rules.map(({ rule, test }) => combine(rule, test(known), asOf));
}

/** The same through json-rules-engine, the reference evaluator (`engine: 'reference'`). */
export async function referenceOutcomes(compiled: CompiledPack, known: KnownFacts, asOf: CalendarDate | null): Promise<RuleOutcome[]> {
  const { results, failureResults } = await compiled.engine.run(known.facts);
  const resultByName = new Map([...results, ...failureResults].map((r: RuleResult) => [r.name as string, r]));
  return [...compiled.rulesByEngineName].map(([name, rule]) => {
    const r = resultByName.get(name) as RuleResult;
    const byConditions = readTruth(
      r.conditions as unknown as ConditionNode,
      (f) => known.missing.has(f),
      (f) => known.inapplicable.has(f),
    );
    return combine(rule, byConditions, asOf);
  });
}

/** `$asOf` is the engine's name for the evaluation date; a person supplies it as the event's start date. */
function publicFact(fact: string): string {
  return fact === ENGINE_FACTS.asOf ? 'startDate' : fact;
}

export function undecidedOf(subject: string, outcomes: RuleOutcome[]): Undecided {
  return { subject, rules: unique(outcomes.map((o) => o.rule.id)), missingFacts: unique(outcomes.flatMap((o) => o.missing)) };
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
