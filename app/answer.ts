// The one path from a question to an answer, whichever door asks: validate the event, take the evaluation date
// from it, resolve the pack version in effect on that date, evaluate, and record the decision when the door keeps
// decisions. Every failure is a typed outcome; each door puts it into its own words or status.
import {
  type CalendarDate,
  type Determination,
  evaluate,
  InputError,
  type Lang,
  parseEvent,
  type Problem,
  type ReadingChoice,
  ReadingsError,
} from '../engine/index.js';
import type { ChainLink } from './compile-chain.js';
import { evaluationDate } from './evaluation-date.js';
import type { Fallback, PackRegistry, ResolutionFailure, ResolvedVersion } from './registry.js';

export interface Question {
  pack: string;
  event: unknown;
  asOf?: CalendarDate;
  lang?: Lang;
  /** reading id -> option id: answer under another option than the pack's default. */
  readings?: ReadingChoice;
  /** One version of the pack whatever the date (replaying a decision); default: the version in effect. */
  version?: string;
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
  /** Keeps the decision and returns its id. */
  record(entry: DecisionEntry): Promise<string>;
}

export async function answer(registry: PackRegistry, question: Question, recorder?: DecisionRecorder): Promise<AnswerOutcome> {
  let event;
  try {
    event = parseEvent(question.event);
  } catch (error) {
    if (error instanceof InputError) return { kind: 'invalid-event', problems: error.problems };
    throw error;
  }
  const date = evaluationDate(event, question.asOf);
  const resolution = registry.resolve(question.pack, date.versionDate, question.version);
  if (resolution.kind !== 'ok') return resolution;
  const { resolved, fallback } = resolution;
  let determination: Determination;
  try {
    determination = await evaluate(resolved.compiled, question.event, {
      asOf: date.asOf ?? undefined,
      lang: question.lang,
      readings: question.readings,
    });
  } catch (error) {
    if (error instanceof ReadingsError) return { kind: 'invalid-readings', problems: error.problems, resolved };
    if (error instanceof InputError) return { kind: 'invalid-event', problems: error.problems };
    throw error;
  }
  const answered: Answered = { kind: 'answered', determination, resolved, ...(fallback ? { fallback } : {}) };
  if (!recorder) return answered;
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
