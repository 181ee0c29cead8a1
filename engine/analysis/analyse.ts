// The static analysis of a pack (with the pack it extends): the events of its fact space are built
// (engine/analysis/dimensions.ts, event-space.ts), answered by the engine under the pack and its base
// (answers.ts), and every check runs over them, one kind of finding each (checks/). Findings the pack explains
// (`acknowledges`) are marked and are not errors. Pure: no I/O; the same pack always gives the same findings.
import type { CompiledPack } from '../compile-pack.js';
import type { PackDocument } from '../pack-schema.js';
import type { PackRef } from '../resolved-pack.js';
import { acknowledge } from './acknowledgements.js';
import { PackAnswers } from './answers.js';
import { findConflicts } from './checks/conflict.js';
import { findDueBeforeEnd } from './checks/due-before-end.js';
import { findGaps } from './checks/gap.js';
import { findAdmittedInstruments } from './checks/loosening-instruments.js';
import { findLoosening } from './checks/loosening.js';
import { findNonMonotonic } from './checks/non-monotonic.js';
import { findUnknownInstruments } from './checks/unknown-instrument.js';
import { findUnreachableRules } from './checks/unreachable.js';
import { findUnreadFacts } from './checks/unread-fact.js';
import { findUnusedReadings } from './checks/unused-reading.js';
import type { AnalysisContext, Check } from './context.js';
import { dimensionsOf } from './dimensions.js';
import { DEFAULT_BUDGET, EventSpace, type SpaceBudget } from './event-space.js';
import type { Finding } from './finding.js';
import { minimise } from './minimise.js';

/** Every check, in the order their findings are listed. */
export const CHECKS: readonly Check[] = [
  findGaps,
  findConflicts,
  findLoosening,
  findAdmittedInstruments,
  findNonMonotonic,
  findDueBeforeEnd,
  findUnknownInstruments,
  findUnreachableRules,
  findUnreadFacts,
  findUnusedReadings,
];

export interface AnalysisOptions {
  /** The pack it extends, compiled with its own bases: what a loosening is measured against. */
  base?: CompiledPack;
  /** The documents of the chain, base first: their `acknowledges` explain findings. */
  documents?: readonly PackDocument[];
  budget?: SpaceBudget;
}

export interface Analysis {
  pack: { id: string; version: string; chain: PackRef[] };
  base?: PackRef;
  findings: Finding[];
  /** Errors and warnings not explained by the pack, and those it explains. */
  counts: { errors: number; warnings: number; acknowledged: number };
  /** The events tried: how many dimensions, how many events with every fact given, how many tried, decisions made. */
  space: { dimensions: number; complete: number; tried: number; sampled: boolean; decisions: number };
}

/** Rule truths worked out in all (events × rules): a pack with many rules is tried on fewer events, never more. */
export const MAX_RULE_TRUTHS = 3_000_000;

function scaledBudget(budget: SpaceBudget, packs: readonly CompiledPack[]): SpaceBudget {
  const rules = packs.reduce((n, p) => n + p.rules.length, 0) + 1;
  const points = Math.max(1_000, Math.min(budget.maxPoints, Math.floor(MAX_RULE_TRUTHS / rules)));
  return { maxPoints: points, missingSample: Math.min(budget.missingSample, Math.ceil(points / 10)) };
}

async function decisionsOf(answers: PackAnswers, space: EventSpace) {
  const cores = [];
  for (const point of space.points) cores.push(answers.known(point) ?? (await answers.at(point)));
  return cores;
}

export async function analysePack(compiled: CompiledPack, options: AnalysisOptions = {}): Promise<Analysis> {
  const packs = options.base ? [compiled, options.base] : [compiled];
  const space = new EventSpace(dimensionsOf(packs), scaledBudget(options.budget ?? DEFAULT_BUDGET, packs));
  const answers = new PackAnswers(compiled, space);
  const context: AnalysisContext = { compiled, space, answers, cores: await decisionsOf(answers, space) };
  if (options.base) {
    const baseAnswers = new PackAnswers(options.base, space);
    context.base = { compiled: options.base, answers: baseAnswers, cores: await decisionsOf(baseAnswers, space) };
  }
  const found: Finding[] = [];
  for (const check of CHECKS) for (const finding of await check(context)) found.push(await minimise(finding, compiled, options.base));
  const findings = acknowledge(found, options.documents ?? [], compiled.pack.id);
  const open = findings.filter((f) => !f.acknowledged);
  const { pack } = compiled;
  return {
    pack: { id: pack.id, version: pack.version, chain: pack.chain },
    ...(options.base ? { base: { id: options.base.pack.id, version: options.base.pack.version } } : {}),
    findings,
    counts: {
      errors: open.filter((f) => f.severity === 'error').length,
      warnings: open.filter((f) => f.severity === 'warning').length,
      acknowledged: findings.length - open.length,
    },
    space: { dimensions: space.dims.length, complete: space.complete, tried: space.points.length, sampled: space.sampled, decisions: answers.decisions },
  };
}
