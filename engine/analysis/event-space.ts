// The events the analysis tries: every combination of the dimensions' values when there are few enough, else a
// deterministic sample of them (the same pack always gives the same events, so the same findings), then a sample
// of events that leave some facts out. A point is one index per dimension; the index `values.length` of a
// dimension is "not given".
import type { EventInput } from '../event-schema.js';
import { READING_FACT_PREFIX, type ReadingChoice } from '../readings.js';
import type { Dimension } from './dimensions.js';
import type { Counterexample } from './finding.js';

export type Point = readonly number[];

export interface SpaceBudget {
  /** The most events with every fact given; beyond it, a sample of this many. */
  maxPoints: number;
  /** How many events with facts left out are tried besides. */
  missingSample: number;
}

export const DEFAULT_BUDGET: SpaceBudget = { maxPoints: 60_000, missingSample: 4_000 };

/** A small deterministic generator (mulberry32): the sample depends on the pack only. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function setFact(event: Record<string, unknown>, key: string, value: unknown): void {
  const dot = key.indexOf('.');
  if (dot < 0) {
    event[key] = value;
    return;
  }
  const head = key.slice(0, dot);
  const inner = (event[head] ??= {}) as Record<string, unknown>;
  inner[key.slice(dot + 1)] = value;
}

export class EventSpace {
  readonly points: Point[] = [];
  /** How many events have every fact given (the product of the dimensions' sizes). */
  readonly complete: number;
  /** True when the events with every fact given were too many and a sample was tried. */
  readonly sampled: boolean;
  private readonly seen = new Set<string>();
  private readonly hasEndDate: boolean;

  constructor(
    readonly dims: readonly Dimension[],
    budget: SpaceBudget = DEFAULT_BUDGET,
  ) {
    this.hasEndDate = dims.some((d) => d.key === 'endDate');
    this.complete = dims.reduce((n, d) => n * Math.max(1, d.values.length), 1);
    this.sampled = this.complete > budget.maxPoints;
    const random = generator(0x7a6e + dims.length);
    if (!this.sampled) this.enumerate();
    else for (let tries = 0; this.points.length < budget.maxPoints && tries < budget.maxPoints * 4; tries++) this.add(dims.map((d) => Math.floor(random() * d.values.length)));
    const canMiss = dims.some((d) => d.missing);
    const target = this.points.length + (canMiss ? budget.missingSample : 0);
    for (let tries = 0; this.points.length < target && tries < budget.missingSample * 4; tries++) {
      const point = dims.map((d) => Math.floor(random() * (d.values.length + (d.missing ? 1 : 0))));
      // Events with every fact given were tried above.
      if (point.some((at, i) => at >= (dims[i] as Dimension).values.length)) this.add(point);
    }
  }

  private enumerate(): void {
    const point = this.dims.map(() => 0);
    if (this.dims.some((d) => d.values.length === 0)) return;
    for (;;) {
      this.points.push([...point]);
      let i = this.dims.length - 1;
      while (i >= 0 && (point[i] as number) + 1 >= (this.dims[i] as Dimension).values.length) point[i--] = 0;
      if (i < 0) return;
      point[i] = (point[i] as number) + 1;
    }
  }

  private add(point: number[]): void {
    const key = point.join(',');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.points.push(point);
  }

  /**
   * The index among `points` of the point with the next larger value of dimension `dim`, when every combination was
   * enumerated (the points then come in mixed-radix order); undefined otherwise, or when there is no larger value.
   */
  largerIndex(index: number, dim: number): number | undefined {
    if (this.sampled || index >= this.complete) return undefined;
    const point = this.points[index] as Point;
    if ((point[dim] as number) + 1 >= (this.dims[dim] as Dimension).values.length) return undefined;
    let stride = 1;
    for (let i = this.dims.length - 1; i > dim; i--) stride *= (this.dims[i] as Dimension).values.length;
    return index + stride;
  }

  /** The point with the next larger value of dimension `dim`, if that value is a known one. */
  larger(point: Point, dim: number): Point | undefined {
    const next = (point[dim] as number) + 1;
    if ((point[dim] as number) >= (this.dims[dim] as Dimension).values.length || next >= (this.dims[dim] as Dimension).values.length) return undefined;
    return point.map((v, i) => (i === dim ? next : v));
  }

  /** True when the point gives dimension `dim` a value (not "missing"). */
  gives(point: Point, dim: number): boolean {
    return (point[dim] as number) < (this.dims[dim] as Dimension).values.length;
  }

  /** The event and readings of a point; undefined when they cannot be one event (it ends before it starts). */
  candidate(point: Point): Counterexample | undefined {
    const event: Record<string, unknown> = {};
    const readings: ReadingChoice = {};
    let chosen = false;
    this.dims.forEach((d, i) => {
      const at = point[i] as number;
      if (at >= d.values.length) return;
      const value = d.values[at];
      if (value === undefined) return;
      if (d.target === 'reading') {
        readings[d.key.slice(READING_FACT_PREFIX.length)] = value as string;
        chosen = true;
      } else setFact(event, d.key, value);
    });
    const start = event.startDate as string | undefined;
    if (start && !this.hasEndDate) event.endDate = start;
    const end = event.endDate as string | undefined;
    if (start && end && end < start) return undefined;
    return { event: event as EventInput, ...(chosen ? { readings } : {}) };
  }
}
