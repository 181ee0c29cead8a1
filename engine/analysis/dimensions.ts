// The fact space of a pack (with its base, when it has one): one dimension per fact some rule reads, per contested
// reading that can matter, and the start date (which is also the date the policy is read at). Each dimension keeps
// one value per interval the rules can tell apart: the candidates of engine/analysis/fact-candidates.ts are merged
// when every test of every rule on that fact (and, for the start date, every period in force) agrees on them.
// Facts the event may leave out also take "missing", unless the pack assumes a value for them.
import { compileCondition } from '../compiled-conditions.js';
import type { CompiledPack } from '../compile-pack.js';
import { type ConditionNode, type LeafNode, leavesOf } from '../conditions.js';
import { governedLines } from '../duty-results.js';
import { factSpec } from '../fact-catalog.js';
import type { OffsetLine } from '../event-schema.js';
import type { Governs } from '../pack-schema.js';
import { READING_FACT_PREFIX, relevantReadings } from '../readings.js';
import type { PlacedFact } from '../resolved-pack.js';
import { type FactShape, factCandidates } from './fact-candidates.js';

export interface Dimension {
  /** A fact's name (`attendees`, `organizer.type`, `extra.venue`), or `reading.<id>`. */
  key: string;
  target: 'fact' | 'reading';
  /** One value per interval: ascending for sizes; the start date from the pack's own first day on. */
  values: unknown[];
  /** The index `values.length` stands for "not given". */
  missing: boolean;
  /** A size of the event (a number with no listed values): a larger one should never be treated more lightly. */
  size: boolean;
}

type Predicate = (value: unknown) => boolean;

const NO_FACTS: ReadonlySet<string> = new Set();

function leafPredicate(leaf: LeafNode): Predicate {
  const test = compileCondition(leaf as ConditionNode);
  return (value) => test({ facts: { [leaf.fact]: value }, missing: NO_FACTS, inapplicable: NO_FACTS }).truth === true;
}

/** The candidates the predicates cannot tell apart merged, the first of each kept; numbers and dates sorted. */
function distinct(candidates: unknown[], predicates: Predicate[], ordered: boolean): unknown[] {
  const kept = new Map<string, unknown>();
  for (const value of candidates) {
    const signature = predicates.map((p) => (p(value) ? '1' : '0')).join('');
    if (!kept.has(signature)) kept.set(signature, value);
  }
  const values = [...kept.values()];
  if (ordered) values.sort((a, b) => (typeof a === 'number' ? (a as number) - (b as number) : String(a) < String(b) ? -1 : 1));
  return values;
}

/** The first days and last days of every period that can decide whether a rule (or the pack) applies. */
function periodEdges(packs: readonly CompiledPack[]): { dates: string[]; predicates: Predicate[] } {
  const dates: string[] = [];
  const predicates: Predicate[] = [];
  const edge = (from?: string, until?: string) => {
    if (from) {
      dates.push(from);
      predicates.push((d) => typeof d === 'string' && d >= from);
    }
    if (until) {
      dates.push(until);
      predicates.push((d) => typeof d === 'string' && d <= until);
    }
  };
  for (const { pack } of packs) {
    edge(pack.inForce.from, pack.inForce.until);
    for (const reading of pack.readings) for (const option of reading.options) edge(option.inForceFrom);
    for (const rule of pack.rules) edge(rule.inForce?.from, rule.inForce?.until);
  }
  return { dates, predicates };
}

function shapeOf(decl: PlacedFact): FactShape {
  const spec = factSpec(decl.name);
  const values = decl.values ?? spec?.values;
  return { name: decl.name, type: decl.type, ...(values ? { values } : {}), nonNegative: spec !== undefined };
}

/** Every dimension of the space the packs read (the first pack's declarations win over its base's). */
export function dimensionsOf(packs: readonly CompiledPack[]): Dimension[] {
  const declared = new Map<string, PlacedFact>();
  for (const { pack } of [...packs].reverse()) for (const fact of pack.facts) declared.set(fact.name, fact);
  const leaves = new Map<string, LeafNode[]>();
  const governs: Governs[] = [];
  for (const { pack } of packs) {
    for (const rule of pack.rules) {
      for (const leaf of leavesOf(rule.conditions as unknown as ConditionNode)) leaves.set(leaf.fact, [...(leaves.get(leaf.fact) ?? []), leaf]);
      if (rule.decides.type === 'duty' && rule.decides.governs) governs.push(rule.decides.governs);
    }
  }
  const dims: Dimension[] = [];
  const periods = periodEdges(packs);
  const startLeaves = leaves.get('startDate') ?? [];
  const startValues = factCandidates({ name: 'startDate', type: 'date', nonNegative: false }, startLeaves, periods.dates);
  // Days from the linted pack's own first day come first, so counterexamples are events it was written for.
  const own = packs[0]?.pack.inForce.from ?? '';
  const days = distinct(startValues, [...startLeaves.map(leafPredicate), ...periods.predicates], true) as string[];
  dims.push({
    key: 'startDate',
    target: 'fact',
    values: [...days.filter((d) => d >= own), ...days.filter((d) => d < own).reverse()],
    missing: false,
    size: false,
  });
  const names = [...leaves.keys()].filter((f) => !f.startsWith(READING_FACT_PREFIX) && f !== 'startDate');
  if (governs.length && !names.includes('offsets')) names.push('offsets');
  for (const name of names) {
    const decl = declared.get(name) ?? (name === 'offsets' ? ({ name, type: 'offsets' } as PlacedFact) : undefined);
    if (!decl) continue;
    const own = leaves.get(name) ?? [];
    const shape = shapeOf(decl);
    const predicates = own.map(leafPredicate);
    if (name === 'offsets') {
      for (const g of governs) predicates.push((lines) => (governedLines(g, lines as OffsetLine[]) ?? []).length > 0);
    }
    const ordered = ['integer', 'number', 'date'].includes(shape.type) && !shape.values;
    dims.push({
      key: name,
      target: 'fact',
      values: distinct(factCandidates(shape, own, [], name === 'offsets' ? governs : []), predicates, ordered),
      // Without a rule testing the plan's lines, leaving the plan out is one of its values (fact-candidates.ts).
      missing: !decl.assumeWhenMissing && (name !== 'offsets' || own.length > 0),
      size: ordered && shape.type !== 'date',
    });
  }
  const readings = new Map<string, string[]>();
  for (const compiled of packs) {
    for (const reading of relevantReadings(compiled.pack, compiled.readFacts)) {
      // The default first: counterexamples are answered under it unless another option is what shows the defect.
      readings.set(reading.id, [reading.default, ...reading.options.map((o) => o.id).filter((o) => o !== reading.default)]);
    }
  }
  for (const [id, options] of readings) dims.push({ key: `${READING_FACT_PREFIX}${id}`, target: 'reading', values: options, missing: false, size: false });
  return dims;
}
