// What a hand-written pack function answers (the bench's limit): the obligation level, the facts it waits for when
// undetermined, and the dated duties. No words, no citations: the least a correct answer is.
export type Level = 'not-covered' | 'encouraged' | 'expected' | 'required';
export type Obligation = Level | 'undetermined';

export interface HandDuty {
  duty: string;
  /** YYYY-MM-DD, or null: no deadline set, or its anchor date not given. */
  due: string | null;
}

export interface HandDecision {
  obligation: Obligation;
  /** What an undetermined obligation waits for. */
  missingFacts: string[];
  duties: HandDuty[];
}

/** A rule's truth on an event: false, true, or unknown because a fact it reads is not given. */
export const F = 0;
export const T = 1;
export const U = 2;
export type Truth = typeof F | typeof T | typeof U;

export const and = (a: Truth, b: Truth): Truth => (a === F || b === F ? F : a === U || b === U ? U : T);
export const isIn = <V>(value: V | undefined, set: readonly V[]): Truth =>
  value === undefined ? U : set.includes(value) ? T : F;
export const atLeast = (value: number | undefined, min: number): Truth => (value === undefined ? U : value >= min ? T : F);

export const RANK: Record<Level, number> = { 'not-covered': 0, encouraged: 1, expected: 2, required: 3 };

/** A bad event, rejected as evaluate() rejects it (the hand-written functions check every field they read). */
export class BadEvent extends Error {}
