// What every check reads: the pack (with its base, when it has one), the events tried and what each pack answers
// for them. Checks are plain functions over it (engine/analysis/checks/), one kind of finding each.
import type { CompiledPack } from '../compile-pack.js';
import { type Core, decidedByOf } from '../decide.js';
import { type PackAnswers } from './answers.js';
import type { EventSpace, Point } from './event-space.js';
import type { Answered, Counterexample, Finding } from './finding.js';

export interface AnalysisContext {
  compiled: CompiledPack;
  space: EventSpace;
  answers: PackAnswers;
  /** The pack's decision for every point of the space, in order (null: not an event, or not in force). */
  cores: readonly (Core | null)[];
  /** The base pack the linted pack extends, and its decisions for the same points. */
  base?: { compiled: CompiledPack; answers: PackAnswers; cores: readonly (Core | null)[] };
}

export type Check = (context: AnalysisContext) => Finding[] | Promise<Finding[]>;

/** What a decision answers, as codes. */
export function answered(core: Core, extra: Omit<Answered, 'obligation' | 'decidedBy'> = {}): Answered {
  const decidedBy = decidedByOf(core)?.rule;
  return { obligation: core.obligation, ...(decidedBy ? { decidedBy } : {}), ...extra };
}

/** The event (and readings) of a point, as a finding shows it: a copy the caller may change. */
export function caseAt(context: AnalysisContext, point: Point): Counterexample | undefined {
  const c = context.space.candidate(point);
  return c && (JSON.parse(JSON.stringify(c)) as Counterexample);
}

/** The first point the pack answers for (in force), preferring one where every fact is given. */
export function firstAnswered(context: AnalysisContext): { point: Point; core: Core } | undefined {
  const i = context.cores.findIndex((core) => core !== null);
  return i < 0 ? undefined : { point: context.space.points[i] as Point, core: context.cores[i] as Core };
}

/** Findings keyed by what makes them the same defect: the first event kept, the others counted. */
export class FindingsByKey {
  private readonly found = new Map<string, Finding>();

  add(key: string, make: () => Finding | undefined): void {
    const prior = this.found.get(key);
    if (prior) {
      prior.events = (prior.events ?? 1) + 1;
      return;
    }
    const finding = make();
    if (finding) this.found.set(key, { ...finding, events: 1 });
  }

  has(key: string): boolean {
    return this.found.has(key);
  }

  list(): Finding[] {
    return [...this.found.values()];
  }
}
