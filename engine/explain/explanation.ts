// What `explain` gives: for every rule of the pack (every dated version), whether it held, failed or was unknown for
// the event, and its condition tree with, at each test, the fact's value, the operator and the threshold. Codes (rule
// ids, fact paths, operators) are in the JSON for programs; `text` is the same in words, in the language asked.
import type { CalendarDate } from '../calendar.js';
import type { Citation } from '../citation-schema.js';
import type { Period } from '../pack-schema.js';
import type { Lang } from '../vocabulary.js';

/** A rule's or a condition's outcome: the three values of engine/conditions.ts, named. */
export type ExplainStatus = 'held' | 'failed' | 'unknown';

/** How the event gave a test's fact: stated, assumed by the pack, not given, or not applying to its kind. */
export type FactSource = 'given' | 'assumed' | 'missing' | 'inapplicable';

export interface ExplainedTest {
  type: 'test';
  status: ExplainStatus;
  fact: string;
  operator: string;
  /** The value the rule compares with (a number, a code, a list of codes, a line pattern). */
  threshold: unknown;
  /** The fact's value for this event (absent when not given or not applying). */
  value?: unknown;
  source: FactSource;
  /** `参与人数 199 < 200 人`, `attendees 199 < 200 people`. */
  text: string;
}

export interface ExplainedGroup {
  type: 'all' | 'any' | 'not';
  status: ExplainStatus;
  /** What the group asks, in words: `以下条件须全部成立`. */
  text: string;
  children: ExplainedNode[];
}

export type ExplainedNode = ExplainedTest | ExplainedGroup;

/** Whether the evaluation date falls within a period (the rule version's, or the pack's). */
export type PeriodStatus = 'in-force' | 'outside' | 'unknown';

export interface ExplainedRule {
  rule: string;
  title: string;
  /** The pack the rule was written in. */
  origin: string;
  /** What it decides, as in a Reason: `obligation:required`, `duty:register-event`, `confirmation:platform`. */
  decides: string;
  decidesText: string;
  status: ExplainStatus;
  /** The rule version's own period, when it has one, and whether the evaluation date is in it. */
  period?: Period;
  periodStatus: PeriodStatus;
  /** The facts whose absence left the rule unknown (empty unless unknown). */
  missingFacts: string[];
  /** In words: the tests (or the period) that decided the status. */
  because: string[];
  conditions: ExplainedNode;
  citation: Citation;
}

export interface Explanation {
  pack: { id: string; version: string };
  asOf: CalendarDate | null;
  lang: Lang;
  packPeriod: Period;
  packStatus: PeriodStatus;
  /** Notes in words about the whole answer (the policy not in force on the date). */
  notes: string[];
  rules: ExplainedRule[];
}
