// What the decision log keeps of an answer, and how a kept decision is checked. The engine is deterministic: a
// decision is fully described by the request, the exact chain of pack versions (content hashes) and the engine
// version. The log keeps those, a short outcome to query without the engine (obligation, due dates, line
// verdicts, deciding rules) and the digest of the full Determination; reading a decision evaluates the request
// again under the same versions and compares digests, so a difference is found, not assumed away.
import { type CalendarDate, type Determination, type Lang, type LineVerdict, type Obligation, parseEvent, type ReadingChoice } from '../engine/index.js';
import { evaluateUnder } from './answer.js';
import { digestOf } from './canonical-json.js';
import type { ChainLink } from './compile-chain.js';
import { evaluationDate } from './evaluation-date.js';
import type { PackRegistry } from './registry.js';

/** The request as asked (what `answer` was given), from which the decision is derived again. */
export interface DecisionRequest {
  pack: string;
  event: unknown;
  asOf?: CalendarDate;
  lang?: Lang;
  version?: string;
  readings?: ReadingChoice;
}

/** The outcome of a decision, kept beside its digest so it can be queried and read without the engine. */
export interface DecisionOutcome {
  obligation: Obligation;
  /** duty id -> its due date (null: no date, or a fact is missing). */
  due: Record<string, CalendarDate | null>;
  /**
   * One letter per line of the event's offset plan, in order: e eligible, d discouraged, i ineligible,
   * u undetermined. Absent when the event has no plan. Grows with the request (one byte a line), never with the answer.
   */
  verdicts?: string;
  /** The rules that hold (the Determination's `reasons`), in its order. */
  rules: string[];
}

const VERDICT_LETTERS: Record<LineVerdict, string> = { eligible: 'e', discouraged: 'd', ineligible: 'i', undetermined: 'u' };

export function outcomeOf(determination: Determination): DecisionOutcome {
  const lines = determination.offsets.check?.lines;
  return {
    obligation: determination.obligation,
    due: Object.fromEntries(determination.duties.map((d) => [d.duty, d.due])),
    ...(lines ? { verdicts: lines.map((l) => VERDICT_LETTERS[l.verdict]).join('') } : {}),
    rules: determination.reasons.map((r) => r.rule),
  };
}

export { digestOf } from './canonical-json.js';

/** A decision as the log gives it back: the lean record, and the full Determination only on rows kept before it. */
export interface RecordedDecision {
  request: DecisionRequest;
  chain: ChainLink[];
  /** sha256 of the canonical JSON of the Determination answered; null on a row that kept the Determination itself. */
  digest: string | null;
  outcome: DecisionOutcome | null;
  engineVersion: string | null;
  /** The Determination as answered: kept whole only on rows written before the lean log. */
  determination: unknown;
}

export interface Verification {
  /** The digest of the Determination answered (computed from the stored one for a row that kept it whole). */
  digest: string;
  /** The digest of the Determination derived again now; null when it could not be derived (see `problem`). */
  recomputed: string | null;
  /** The Determination derived again has the recorded digest and outcome. */
  matches: boolean;
  /** The engine that derived it again. */
  engineVersion: string;
  /** The engine that answered; null on a row written before engine versions were recorded. */
  storedEngineVersion: string | null;
  /** Why it does not match, in words. */
  problem?: string;
}

export interface CheckedDecision {
  /** The Determination derived again (for a row that kept it whole: the one kept); null when neither is at hand. */
  determination: Determination | null;
  outcome: DecisionOutcome | null;
  verification: Verification;
}

type Rederived = { ok: true; determination: Determination } | { ok: false; problem: string };

/** The decision's Determination derived again: its request evaluated under exactly its chain of versions. */
export async function rederive(registry: PackRegistry, request: DecisionRequest, chain: readonly ChainLink[]): Promise<Rederived> {
  let exact = registry.resolveExact(chain);
  if (exact.kind === 'unknown-version') {
    // Published through another server since this one last loaded the versions.
    await registry.refresh();
    exact = registry.resolveExact(chain);
  }
  switch (exact.kind) {
    case 'ok':
      break;
    case 'unknown-version':
      return { ok: false, problem: `pack version ${exact.packId} ${exact.version} of the recorded chain is not in the store` };
    case 'changed':
      return { ok: false, problem: exact.problem };
    case 'invalid':
      return { ok: false, problem: `the recorded chain no longer compiles: ${exact.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}` };
  }
  try {
    const asOf = evaluationDate(parseEvent(request.event), request.asOf).asOf;
    const fellBack = exact.resolved.version.packId !== request.pack;
    const { determination } = await evaluateUnder(exact.resolved, request, asOf, fellBack);
    return { ok: true, determination };
  } catch (error) {
    return { ok: false, problem: `the engine no longer answers the recorded request: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const sameOutcome = (a: DecisionOutcome, b: DecisionOutcome) => digestOf(a) === digestOf(b);

/**
 * A recorded decision derived again and checked against its digest and outcome. A mismatch is reported in
 * `verification`, never thrown. A row that kept its Determination whole is checked against that Determination.
 */
export async function checkDecision(registry: PackRegistry, decision: RecordedDecision, engineVersion: string): Promise<CheckedDecision> {
  const kept = decision.digest === null ? (decision.determination as Determination) : null;
  const digest = decision.digest ?? digestOf(kept);
  const outcome = decision.outcome ?? (kept ? outcomeOf(kept) : null);
  const again = await rederive(registry, decision.request, decision.chain);
  const base = { digest, engineVersion, storedEngineVersion: decision.engineVersion };
  if (!again.ok) {
    return { determination: kept, outcome, verification: { ...base, recomputed: null, matches: false, problem: again.problem } };
  }
  const recomputed = digestOf(again.determination);
  const outcomeMatches = outcome !== null && sameOutcome(outcome, outcomeOf(again.determination));
  const problem =
    recomputed !== digest
      ? decision.engineVersion !== null && decision.engineVersion !== engineVersion
        ? `the Determination derived again differs from the one answered; the engine changed since (${decision.engineVersion} -> ${engineVersion})`
        : 'the Determination derived again differs from the one answered'
      : outcomeMatches
        ? undefined
        : 'the recorded outcome is not the outcome of the Determination answered';
  return {
    determination: kept ?? again.determination,
    outcome,
    verification: { ...base, recomputed, matches: problem === undefined, ...(problem ? { problem } : {}) },
  };
}
