// Many events under one pack, each asked on the one answer path (./answer.ts) in turn: the batch doors (POST
// /v1/evaluate/batch, `tanzhong evaluate --batch`) read their input, check the batch's options once, then ask here
// event by event and write each answer as it comes, so no door holds a batch's answers. A bad event is one failed
// answer, never a failed batch; a pack that cannot answer at all fails the batch before any event is asked.
import { type CalendarDate, type Lang, type Problem, type ReadingChoice, todayInChina } from '../engine/index.js';
import { type AnswerFailure, type Answered, answer, answerDecision, type Decided } from './answer.js';
import type { PackRegistry, ResolutionFailure } from './registry.js';

/** The most events one HTTP batch holds (the CLI streams a file of any length). */
export const BATCH_MAX_EVENTS = 1000;

export const BATCH_DETAILS = ['decision', 'full'] as const;
export type BatchDetail = (typeof BATCH_DETAILS)[number];

/** What every event of a batch is asked with. */
export interface BatchOptions {
  pack: string;
  asOf?: CalendarDate;
  lang?: Lang;
  readings?: ReadingChoice;
  engine?: 'compiled' | 'reference';
  /** `decision` (the default): decision-only answers, codes without words; `full`: the Determination. */
  detail?: BatchDetail;
}

/** An event of the batch that could not even be read (a line that is not JSON): a failed answer of its own. */
export interface Unreadable {
  kind: 'unreadable';
  problems: Problem[];
}

/** An error the answer path does not expect (a bug): the door logs `error`; the batch goes on with the next event. */
export interface Unexpected {
  kind: 'internal';
  error: unknown;
}

export type BatchFailure = AnswerFailure | Unreadable | Unexpected;

export type BatchOutcome = Answered | Decided | BatchFailure;

/**
 * Why the batch's pack cannot answer any of its events: an unknown pack or one that cannot be compiled, or, when
 * the batch fixes the date (`asOf`), a pack with no version in effect on it. Undefined when the events may be asked;
 * a pack not in effect on one event's own date is that event's failure.
 */
export function batchPackFailure(registry: PackRegistry, options: Pick<BatchOptions, 'pack' | 'asOf'>): ResolutionFailure | undefined {
  const resolution = registry.resolve(options.pack, options.asOf ?? todayInChina());
  if (resolution.kind === 'ok') return undefined;
  if (resolution.kind === 'not-in-effect' && options.asOf === undefined) return undefined;
  return resolution;
}

/** One event of the batch on the one answer path; decisions of a batch are not recorded. */
export async function answerInBatch(registry: PackRegistry, options: BatchOptions, event: unknown): Promise<BatchOutcome> {
  const question = {
    pack: options.pack,
    event,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.readings ? { readings: options.readings } : {}),
    ...(options.engine ? { engine: options.engine } : {}),
  };
  try {
    return (options.detail ?? 'decision') === 'decision' ? await answerDecision(registry, question) : await answer(registry, question);
  } catch (error) {
    return { kind: 'internal', error };
  }
}
