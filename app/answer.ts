// The one path from a question to an answer, whichever door asks: validate the event, take the evaluation date
// from it, resolve the pack version in effect on that date, evaluate, and record the decision when the door keeps
// decisions. Every failure is a typed outcome; each door puts it into its own words or status.
import {
  type CalendarDate,
  type Decision,
  type Determination,
  evaluate,
  EventFactsError,
  InputError,
  type Lang,
  parseEvent,
  packsDeclaringFact,
  type Problem,
  type ReadingChoice,
  ReadingsError,
} from '../engine/index.js';
import type { ChainLink } from './compile-chain.js';
import { evaluationDate } from './evaluation-date.js';
import type { Fallback, PackRegistry, ResolutionFailure, ResolvedVersion, ResolveOptions } from './registry.js';

export interface Question {
  pack: string;
  event: unknown;
  asOf?: CalendarDate;
  lang?: Lang;
  /** reading id -> option id: answer under another option than the pack's default. */
  readings?: ReadingChoice;
  /** One version of the pack whatever the date (replaying a decision); default: the version in effect. */
  version?: string;
  /** The drafts the asker may answer under (a key of their jurisdiction); default none: published versions only. */
  drafts?: ResolveOptions['drafts'];
  /** `reference`: json-rules-engine finds the rules' truths (for whoever doubts an answer). */
  engine?: 'compiled' | 'reference';
}

export interface Answered {
  kind: 'answered';
  determination: Determination;
  resolved: ResolvedVersion;
  /** Set when a base pack answered for a pack not in effect yet. */
  fallback?: Fallback;
  /** Set when the decision was recorded. */
  decisionId?: string;
}

export type AnswerFailure =
  | { kind: 'invalid-event'; problems: Problem[] }
  /** `resolved`: the version whose readings these are not. */
  | { kind: 'invalid-readings'; problems: Problem[]; resolved: ResolvedVersion }
  | ResolutionFailure;

export type AnswerOutcome = Answered | AnswerFailure;

/** The decision alone (`evaluate(..., { detail: 'decision' })`): codes and rule ids, no words; never recorded. */
export interface Decided {
  kind: 'decided';
  decision: Decision;
  resolved: ResolvedVersion;
  /** Set when a base pack answered for a pack not in effect yet. */
  fallback?: Fallback;
}

export type DecisionOutcome = Decided | AnswerFailure;

/** What a decision log keeps: the question as asked, the answer, and the exact versions that gave it. */
export interface DecisionEntry {
  packId: string;
  packVersion: string;
  contentHash: string;
  chain: ChainLink[];
  asOf: CalendarDate | null;
  lang: Lang;
  request: { pack: string; event: unknown; asOf?: CalendarDate; lang?: Lang; version?: string; readings?: ReadingChoice };
  determination: Determination;
}

export interface DecisionRecorder {
  /** Keeps the decision and returns its id; undefined when the log does not keep it (switched off or sampled). */
  record(entry: DecisionEntry): Promise<string | undefined>;
}

export async function answer(registry: PackRegistry, question: Question, recorder?: DecisionRecorder): Promise<AnswerOutcome> {
  const asked = await ask(registry, question, async (...under) => {
    const { determination: value, setAside } = await evaluateUnder(...under);
    return { value, setAside };
  });
  if (asked.kind !== 'ok') return asked;
  const { value: determination, resolved, fallback } = asked;
  const answered: Answered = { kind: 'answered', determination, resolved, ...(fallback ? { fallback } : {}) };
  return recorder ? record(recorder, question, answered) : answered;
}

/** Keeps an answer in the decision log: the question as asked, the exact chain and the answer. */
async function record(recorder: DecisionRecorder, question: Question, answered: Answered): Promise<Answered> {
  const { determination, resolved } = answered;
  const decisionId = await recorder.record({
    packId: resolved.version.packId,
    packVersion: resolved.version.version,
    contentHash: resolved.version.contentHash,
    chain: resolved.chain,
    asOf: determination.asOf,
    lang: determination.lang,
    request: {
      pack: question.pack,
      event: question.event,
      asOf: question.asOf,
      lang: question.lang,
      ...(question.version ? { version: question.version } : {}),
      ...(question.readings ? { readings: question.readings } : {}),
    },
    determination,
  });
  return { ...answered, decisionId };
}

/** Every question answered, or the first that could not be, with its place among them. */
export type AllAnswered = { kind: 'answered'; answers: Answered[] } | { kind: 'failed'; index: number; failure: AnswerFailure };

/**
 * Several questions (one event under several packs) answered all or none: every one is evaluated first, and only
 * when all are answered are they recorded, together (the store commits the decisions saved in one turn of the event
 * loop in one transaction). A failure, or an error thrown by any evaluation, records nothing.
 */
export async function answerAll(registry: PackRegistry, questions: readonly Question[], recorder?: DecisionRecorder): Promise<AllAnswered> {
  const answers: Answered[] = [];
  for (const [index, question] of questions.entries()) {
    const outcome = await answer(registry, question);
    if (outcome.kind !== 'answered') return { kind: 'failed', index, failure: outcome };
    answers.push(outcome);
  }
  if (!recorder) return { kind: 'answered', answers };
  const recorded = await Promise.all(answers.map((answered, i) => record(recorder, questions[i] as Question, answered)));
  return { kind: 'answered', answers: recorded };
}

/**
 * The same path as `answer`, answered in decision-only mode (the obligation, due dates, modes, verdicts and rule
 * ids, without words): for simulation and batch work. A decision alone is not recorded: the decision log keeps
 * the digest of a full Determination.
 */
export async function answerDecision(registry: PackRegistry, question: Question): Promise<DecisionOutcome> {
  const asked = await ask(registry, question, async (...under) => {
    const { decision: value, setAside } = await decideUnder(...under);
    return { value, setAside };
  });
  if (asked.kind !== 'ok') return asked;
  const { value: decision, resolved, fallback } = asked;
  return { kind: 'decided', decision, resolved, ...(fallback ? { fallback } : {}) };
}

type Evaluator<T> = (resolved: ResolvedVersion, question: Question, asOf: CalendarDate | null, fellBack: boolean) => Promise<{ value: T; setAside?: SetAside }>;

/** Validate the event, take the evaluation date from it, resolve the version in effect, evaluate: every failure typed. */
async function ask<T>(
  registry: PackRegistry,
  question: Question,
  evaluator: Evaluator<T>,
): Promise<{ kind: 'ok'; value: T; resolved: ResolvedVersion; fallback?: Fallback } | AnswerFailure> {
  let event;
  try {
    event = parseEvent(question.event);
  } catch (error) {
    if (error instanceof InputError) return { kind: 'invalid-event', problems: error.problems };
    throw error;
  }
  const date = evaluationDate(event, question.asOf);
  const resolution = registry.resolve(question.pack, date.versionDate, question.version, { drafts: question.drafts });
  if (resolution.kind !== 'ok') return resolution;
  const { resolved } = resolution;
  let value: T;
  let setAside: SetAside | undefined;
  try {
    ({ value, setAside } = await evaluator(resolved, question, date.asOf, Boolean(resolution.fallback)));
  } catch (error) {
    if (error instanceof ReadingsError) return { kind: 'invalid-readings', problems: error.problems, resolved };
    if (error instanceof EventFactsError) return { kind: 'invalid-event', problems: withKnowingPacks(error, registry, date.versionDate) };
    if (error instanceof InputError) return { kind: 'invalid-event', problems: error.problems };
    throw error;
  }
  const fallback = resolution.fallback && setAside ? { ...resolution.fallback, setAside } : resolution.fallback;
  return { kind: 'ok', value, resolved, ...(fallback ? { fallback } : {}) };
}

type SetAside = NonNullable<Fallback['setAside']>;

/**
 * The engine asked `question` under a resolved version, on the evaluation date `asOf`; `fellBack`: a base pack
 * answers for the pack asked. The one evaluation `answer` runs and the decision log re-derives a decision with
 * (app/decision-record.ts), so both ask the engine alike. Throws the engine's input errors.
 */
export async function evaluateUnder(
  resolved: ResolvedVersion,
  question: Pick<Question, 'event' | 'lang' | 'readings' | 'engine'>,
  asOf: CalendarDate | null,
  fellBack: boolean,
): Promise<{ determination: Determination; setAside?: SetAside }> {
  const adapted = fellBack ? forBase(question, resolved) : { event: question.event, readings: question.readings };
  const determination = await evaluate(resolved.compiled, adapted.event, {
    asOf: asOf ?? undefined,
    lang: question.lang,
    readings: adapted.readings,
    ...(question.engine ? { engine: question.engine } : {}),
  });
  return { determination, ...(adapted.setAside ? { setAside: adapted.setAside } : {}) };
}

/** `evaluateUnder` in decision-only mode. */
export async function decideUnder(
  resolved: ResolvedVersion,
  question: Pick<Question, 'event' | 'readings' | 'engine'>,
  asOf: CalendarDate | null,
  fellBack: boolean,
): Promise<{ decision: Decision; setAside?: SetAside }> {
  const adapted = fellBack ? forBase(question, resolved) : { event: question.event, readings: question.readings };
  const decision = await evaluate(resolved.compiled, adapted.event, {
    asOf: asOf ?? undefined,
    readings: adapted.readings,
    detail: 'decision',
    ...(question.engine ? { engine: question.engine } : {}),
  });
  return { decision, ...(adapted.setAside ? { setAside: adapted.setAside } : {}) };
}

/**
 * A base pack answers for a pack not in effect yet: the custom facts and readings that only the requested pack
 * declares mean nothing to the base, so they are set aside (and the fallback says which) rather than refused.
 */
function forBase(question: Pick<Question, 'event' | 'readings'>, resolved: ResolvedVersion): { event: unknown; readings?: ReadingChoice; setAside?: SetAside } {
  const pack = resolved.compiled.pack;
  const raw = question.event as { extra?: Record<string, unknown> } & Record<string, unknown>;
  const known = new Set(pack.facts.map((f) => f.name));
  const extra = Object.entries(raw.extra ?? {});
  const kept = extra.filter(([name]) => known.has(`extra.${name}`));
  const readings = Object.entries(question.readings ?? {});
  const keptReadings = readings.filter(([id]) => pack.readings.some((r) => r.id === id));
  const facts = extra.filter(([name]) => !known.has(`extra.${name}`)).map(([name]) => `extra.${name}`);
  const droppedReadings = readings.filter(([id]) => !pack.readings.some((r) => r.id === id)).map(([id]) => id);
  if (!facts.length && !droppedReadings.length) return { event: question.event, readings: question.readings };
  const { extra: _all, ...rest } = raw;
  const event = kept.length ? { ...rest, extra: Object.fromEntries(kept) } : rest;
  return {
    event,
    ...(keptReadings.length ? { readings: Object.fromEntries(keptReadings) } : {}),
    setAside: { facts, readings: droppedReadings },
  };
}

/** An unknown custom fact is named with the packs that do declare it, so the organizer sees which policy it belongs to. */
function withKnowingPacks(error: EventFactsError, registry: PackRegistry, date: CalendarDate): Problem[] {
  if (!error.unknownFacts.length) return error.problems;
  const packs = registry.packIds().flatMap((id) => {
    const resolution = registry.resolve(id, date);
    return resolution.kind === 'ok' ? [resolution.resolved.compiled.pack] : [];
  });
  return error.problems.map((problem) => {
    if (!error.unknownFacts.includes(problem.path)) return problem;
    const knowing = packsDeclaringFact(problem.path, packs);
    return knowing.length
      ? { ...problem, message: `${problem.message}; it is a fact of ${knowing.join(', ')}`, values: { ...problem.values, packs: knowing } }
      : problem;
  });
}
