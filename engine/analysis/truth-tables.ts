// Each rule's truth as a table over the few dimensions it depends on (the facts it reads, the start date, the
// readings it reads and, in a pack of format 2, the kind of event), filled in once by the engine's own compiled
// conditions. An event's truths are then looked up rather than worked out, so a space of tens of thousands of
// events is read in milliseconds; the decision itself is still made by engine/decide.ts (engine/analysis/answers.ts).
import type { CompiledPack, CompiledRule } from '../compile-pack.js';
import { type ConditionNode, factsOf, type Truth } from '../conditions.js';
import { governsNoLine } from '../duty-results.js';
import { firstDayUnder, READING_FACT_PREFIX } from '../readings.js';
import type { ResolvedPack } from '../resolved-pack.js';
import { inForce, knownFacts } from '../rule-outcomes.js';
import { choiceFor } from './choice.js';
import type { EventSpace, Point } from './event-space.js';

export interface TruthTable {
  dims: number[];
  strides: number[];
  /** The cells; absent when there would be too many (`cell` is then asked for each point). */
  cells?: Uint8Array;
  cell: (point: Point) => number;
}

/** The most cells of one table: a rule reading many facts with many values each is worked out point by point. */
export const MAX_TABLE_CELLS = 100_000;

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;

const code = (truth: Truth) => (truth === 'unknown' ? UNKNOWN : truth ? TRUE : FALSE);

/** How many indices a dimension has (its values, and "not given" when it may be missing). */
const extent = (space: EventSpace, dim: number) => {
  const d = space.dims[dim];
  return d ? d.values.length + (d.missing ? 1 : 0) : 1;
};

/** A point giving nothing it can leave out: dimensions that cannot be missing take their first value. */
function emptyPoint(space: EventSpace): number[] {
  return space.dims.map((d) => (d.missing ? d.values.length : 0));
}

/** The table of `cell` over `dims`: every combination of their indices, the other dimensions left empty. */
export function tabulate(space: EventSpace, dims: number[], cell: (point: Point) => number): TruthTable {
  const strides: number[] = [];
  let size = 1;
  for (const dim of dims) {
    strides.push(size);
    size *= extent(space, dim);
  }
  if (size > MAX_TABLE_CELLS) return { dims, strides, cell };
  const cells = new Uint8Array(size);
  const point = emptyPoint(space);
  for (let at = 0; at < size; at++) {
    let rest = at;
    dims.forEach((dim) => {
      const n = extent(space, dim);
      point[dim] = rest % n;
      rest = Math.floor(rest / n);
    });
    cells[at] = cell(point);
  }
  return { dims, strides, cells, cell };
}

export function lookup(table: TruthTable, point: Point): number {
  if (!table.cells) return table.cell(point);
  let at = 0;
  for (let k = 0; k < table.dims.length; k++) at += (point[table.dims[k] as number] as number) * (table.strides[k] as number);
  return table.cells[at] as number;
}

function dimsOf(space: EventSpace, keys: Set<string>): number[] {
  return space.dims.flatMap((d, i) => (keys.has(d.key) ? [i] : []));
}

/** A rule's truth, as two tables: its conditions over what they read, its own period over the start date. */
export interface RuleTables {
  conditions: TruthTable;
  period?: TruthTable;
}

/** The rule's truth from its tables, combined as the engine combines them (rule-outcomes.ts). */
export function ruleTruth(tables: RuleTables, point: Point): number {
  const byConditions = lookup(tables.conditions, point);
  const byDate = tables.period ? lookup(tables.period, point) : TRUE;
  if (byDate === FALSE || byConditions === FALSE) return FALSE;
  return byDate === UNKNOWN || byConditions === UNKNOWN ? UNKNOWN : TRUE;
}

/** A rule's truth for each combination of what it depends on, as the engine works it out (rule-outcomes.ts). */
export function ruleTables(space: EventSpace, compiled: CompiledPack, { rule, test }: CompiledRule): RuleTables {
  const reads = factsOf(rule.conditions as unknown as ConditionNode);
  const keys = new Set([...reads, ...(compiled.pack.format >= 2 ? ['kind'] : [])]);
  // The end date is the start date unless it is a dimension of its own.
  if (reads.has('endDate') || reads.has('$asOf')) keys.add('startDate');
  // Only the declarations of what the rule reads: the others cannot change its truth.
  const pack: ResolvedPack = { ...compiled.pack, facts: compiled.pack.facts.filter((f) => reads.has(f.name)) };
  const conditions = tabulate(space, dimsOf(space, keys), (point) => {
    const c = space.candidate(point);
    if (!c) return FALSE;
    const asOf = c.event.startDate ?? null;
    return code(test(knownFacts(pack, c.event, asOf, choiceFor(compiled, c.readings))).truth);
  });
  if (!rule.inForce) return { conditions };
  const period = tabulate(space, dimsOf(space, new Set(['startDate'])), (point) => code(inForce(rule.inForce, space.candidate(point)?.event.startDate ?? null)));
  return { conditions, period };
}

/** Whether the pack is in force on the event's date, under the readings chosen. */
export function inForceTable(space: EventSpace, compiled: CompiledPack): TruthTable {
  const keys = new Set(['startDate', ...space.dims.filter((d) => d.key.startsWith(READING_FACT_PREFIX)).map((d) => d.key)]);
  return tabulate(space, dimsOf(space, keys), (point) => {
    const c = space.candidate(point);
    if (!c) return FALSE;
    const from = firstDayUnder(compiled.pack, choiceFor(compiled, c.readings));
    return code(inForce({ ...compiled.pack.inForce, from }, c.event.startDate ?? null));
  });
}

/** Whether a duty rule that governs some offset lines finds none of them in the plan (it then does not hold). */
export function governsTable(space: EventSpace, { rule }: CompiledRule): TruthTable {
  return tabulate(space, dimsOf(space, new Set(['offsets'])), (point) => (governsNoLine(rule, space.candidate(point)?.event.offsets) ? TRUE : FALSE));
}
