// The values worth trying for one fact: around every threshold the rules compare it with (below, at, above), every
// value of an enumerated fact, both booleans, the texts the rules name and one they do not. Which of them differ
// for the rules is decided afterwards (engine/analysis/dimensions.ts keeps one value per interval).
import { shiftDate } from '../calendar.js';
import type { LeafNode } from '../conditions.js';
import type { Governs } from '../pack-schema.js';
import { INSTRUMENTS } from '../vocabulary.js';
import type { FactType } from '../fact-catalog.js';

/** A fact as the analysis sees it: its type, its listed values, and whether it may be negative. */
export interface FactShape {
  name: string;
  type: FactType;
  values?: readonly (string | number)[];
  /** Built-in sizes (attendees, floor area) are never negative. */
  nonNegative: boolean;
}

const numbersIn = (leaves: readonly LeafNode[]) =>
  leaves.flatMap((l) => (Array.isArray(l.value) ? l.value : [l.value])).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

const stringsIn = (leaves: readonly LeafNode[]) =>
  leaves.flatMap((l) => (Array.isArray(l.value) ? l.value : [l.value])).filter((v): v is string => typeof v === 'string');

function integerCandidates(thresholds: number[]): number[] {
  // Values next to a threshold come first, so that each interval is shown by the value nearest its edge (199, 200).
  const out: number[] = [];
  for (const t of thresholds) out.push(Math.floor(t) - 1, Math.floor(t), Math.ceil(t), Math.ceil(t) + 1);
  return [...out, 0];
}

function numberCandidates(thresholds: number[]): number[] {
  const sorted = [...new Set(thresholds)].sort((a, b) => a - b);
  let step = 1;
  for (let i = 1; i < sorted.length; i++) step = Math.min(step, ((sorted[i] as number) - (sorted[i - 1] as number)) / 2);
  const out: number[] = [];
  for (const t of sorted) out.push(t - step, t, t + step);
  return [...out, 0];
}

function dateCandidates(dates: string[]): string[] {
  const out: string[] = [];
  for (const d of dates) out.push(...[shiftDate(d, { days: 1 }, -1), d, shiftDate(d, { days: 1 })].filter((x): x is string => x !== null));
  return out;
}

/**
 * One offset line per pattern a rule or a duty's `governs` names, and one that matches none of its instruments. When
 * no rule tests the lines, an event without a plan comes first (`undefined`: the plan is left out, and only the
 * duties' `governs` read it); else an empty plan, the plan left out being "missing" (a rule's test is then unknown).
 */
function offsetCandidates(patterns: readonly Record<string, unknown>[], tested: boolean): unknown[] {
  const out: unknown[] = [tested ? [] : undefined];
  for (const pattern of patterns) {
    // Only instruments of the vocabulary make a valid plan line (the validator names any other).
    const listed = ([] as unknown[]).concat(pattern.instrument ?? []).filter((i) => (INSTRUMENTS as readonly unknown[]).includes(i));
    const matching: Record<string, unknown> = { instrument: listed[0] ?? INSTRUMENTS[0], quantityTco2e: '1' };
    if (typeof pattern.newProject === 'boolean') matching.newProject = pattern.newProject;
    const other = INSTRUMENTS.find((i) => !listed.includes(i) && i !== 'carbon-points') ?? INSTRUMENTS[0];
    const unlike: Record<string, unknown> = { instrument: other, quantityTco2e: '1' };
    if (typeof pattern.newProject === 'boolean') unlike.newProject = !pattern.newProject;
    out.push([matching], [unlike], [{ ...matching, ...(typeof pattern.newProject === 'boolean' ? { newProject: !pattern.newProject } : {}) }]);
  }
  return out;
}

/** The patterns of offset lines the pack's rules and duties look for. */
export function linePatterns(leaves: readonly LeafNode[], governs: readonly Governs[]): Record<string, unknown>[] {
  const fromLeaves = leaves
    .filter((l) => typeof l.value === 'object' && l.value !== null && !Array.isArray(l.value))
    .map((l) => l.value as Record<string, unknown>);
  return [...fromLeaves, ...governs.map((g) => g.lines as Record<string, unknown>)];
}

/** Candidate values of one fact, before those the rules cannot tell apart are merged. */
export function factCandidates(shape: FactShape, leaves: readonly LeafNode[], extraDates: readonly string[] = [], governs: readonly Governs[] = []): unknown[] {
  if (shape.values?.length) return [...shape.values];
  switch (shape.type) {
    case 'boolean':
      return [true, false];
    case 'integer':
      return integerCandidates(numbersIn(leaves)).filter((n) => !shape.nonNegative || n >= 0);
    case 'number':
      return numberCandidates(numbersIn(leaves)).filter((n) => !shape.nonNegative || n >= 0);
    case 'date':
      return dateCandidates([...stringsIn(leaves), ...extraDates]);
    case 'decimal':
      return [...new Set(['0', ...stringsIn(leaves)])];
    case 'offsets':
      return offsetCandidates(linePatterns(leaves, governs), leaves.length > 0);
    default: {
      const named = [...new Set(stringsIn(leaves))];
      let other = 'other';
      while (named.includes(other)) other += '-other';
      return [...named, other];
    }
  }
}
