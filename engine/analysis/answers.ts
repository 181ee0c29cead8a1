// What a pack answers for each event of the space, through the engine itself (engine/decide.ts). Events whose rules
// come out the same way get the same decision: the rules' truths are looked up for every event
// (engine/analysis/truth-tables.ts) and the whole decision is made once per distinct set of truths.
import type { CompiledPack } from '../compile-pack.js';
import { type Core, decide } from '../decide.js';
import { ruleOutcomes } from '../rule-outcomes.js';
import { choiceFor } from './choice.js';
import type { EventSpace, Point } from './event-space.js';
import type { Counterexample } from './finding.js';
import { governsTable, inForceTable, lookup, type RuleTables, ruleTables, ruleTruth, TRUE, type TruthTable } from './truth-tables.js';

export { choiceFor };

/** The decision for one event (no words), or null when the pack is not in force on its date. */
export async function decideCase(compiled: CompiledPack, c: Counterexample): Promise<Core | null> {
  const core = await decide(compiled, c.event, choiceFor(compiled, c.readings), undefined, 'en', ruleOutcomes);
  return core.packInForce === true ? core : null;
}

/** Decisions checks may always make beyond the space's own events (see `exhausted`). */
const MIN_EXPLORED = 20_000;

export class PackAnswers {
  private readonly bySignature = new Map<number | string, Core>();
  private readonly rules: RuleTables[];
  private readonly governing: TruthTable[];
  private readonly period: TruthTable;

  constructor(
    readonly compiled: CompiledPack,
    readonly space: EventSpace,
  ) {
    this.rules = compiled.rules.map((r) => ruleTables(space, compiled, r));
    this.governing = compiled.rules.filter((r) => r.rule.decides.type === 'duty' && r.rule.decides.governs).map((r) => governsTable(space, r));
    this.period = inForceTable(space, compiled);
  }

  /** The truths of every rule (and whether each governing duty finds its lines), as one key: base 3 while exact. */
  private signature(point: Point): number | string {
    if (this.rules.length + this.governing.length > 33) {
      return [...this.rules.map((t) => ruleTruth(t, point)), ...this.governing.map((t) => lookup(t, point))].join('');
    }
    let key = 0;
    for (const tables of this.rules) key = key * 3 + ruleTruth(tables, point);
    for (const table of this.governing) key = key * 3 + lookup(table, point);
    return key;
  }

  /**
   * True once the engine has made as many decisions as checks may ask for beyond the events of the space (a larger
   * neighbour, the events around a rule): they then stop exploring, so a pack of many rules still lints in bounded time.
   */
  get exhausted(): boolean {
    return this.bySignature.size >= Math.max(MIN_EXPLORED, this.space.points.length * 2);
  }

  /** How many distinct decisions were made (the engine ran once for each). */
  get decisions(): number {
    return this.bySignature.size;
  }

  /** The decision already made for a point (null: none is made, the pack not being in force); undefined: not yet. */
  known(point: Point): Core | null | undefined {
    if (lookup(this.period, point) !== TRUE) return null;
    return this.bySignature.get(this.signature(point));
  }

  /** The pack's decision for a point of the space; null when it is not an event or the pack is not in force then. */
  async at(point: Point): Promise<Core | null> {
    const known = this.known(point);
    if (known !== undefined) return known;
    const signature = this.signature(point);
    const c = this.space.candidate(point);
    if (!c) return null;
    const core = await decideCase(this.compiled, c);
    if (!core) return null;
    // Kept for every event that shares its truths: what the checks read, without every rule's outcome and the facts.
    const kept: Core = { ...core, outcomes: core.holds, known: { facts: {}, missing: new Set(), inapplicable: new Set(), assumptions: [] } };
    this.bySignature.set(signature, kept);
    return kept;
  }
}
