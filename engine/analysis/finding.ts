// What the static analysis of a pack finds: one finding per defect, with the rules involved and an event that
// really shows it (the analysis evaluated it through the engine before reporting it).
import type { EventInput } from '../event-schema.js';
import type { BilingualText, Citation } from '../citation-schema.js';
import type { ReadingChoice } from '../readings.js';
import type { Obligation } from '../vocabulary.js';

/** The kinds of finding, one check each (engine/analysis/checks/). */
export const FINDING_CODES = [
  'gap',
  'conflict',
  'unreachable-rule',
  'non-monotonic',
  'loosening',
  'due-before-end',
  'unknown-instrument',
  'unread-fact',
  'unused-reading',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** An error must be fixed (or explained in the pack) before publishing; a warning is worth a look. */
export type Severity = 'error' | 'warning';

/** An event (and, where it matters, the readings chosen) that the engine answers in a way that shows the defect. */
export interface Counterexample {
  event: EventInput;
  readings?: ReadingChoice;
}

/** How a loosening weakens the base: its obligation, whether a duty binds, a deadline, an instrument it excluded. */
export type LooseningKind = 'obligation' | 'binding' | 'deadline' | 'instrument';

/** What the engine answered for a counterexample, as codes (for the pack and, for a loosening, its base). */
export interface Answered {
  obligation: Obligation;
  /** The rule that decided the obligation, if one did. */
  decidedBy?: string;
  /** A duty's due date, for findings about a duty. */
  due?: string | null;
  /** Whether the duty binds, for findings about a duty. */
  binding?: boolean;
  /** For an unreachable rule: whether it holds for the counterexample (it holds, yet another rule decides). */
  holds?: boolean;
  /** How an offset line of the instrument is judged, for findings about an instrument. */
  verdict?: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The ids of the rules the finding is about (the pack's own and, for a loosening, its base's). */
  rules: string[];
  /** What else it is about: a fact, a reading, an instrument or a duty (see `subjectKind`). */
  subject?: string;
  subjectKind?: 'fact' | 'reading' | 'instrument' | 'duty';
  /** For a loosening: what is weakened. */
  loosening?: LooseningKind;
  /** For a conflict: between obligations, or between two rules setting one duty. */
  conflict?: 'obligation' | 'duty';
  counterexample: Counterexample;
  /** How many of the events tried show the same defect (this counterexample is the first of them). */
  events?: number;
  /** For a comparison within the pack (non-monotonic): the other event, the smaller one. */
  compareWith?: Counterexample;
  /** What the engine answers for the counterexample under this pack. */
  answer: Answered;
  /** The answer to compare with: for `compareWith` under this pack, or for the counterexample under the base. */
  other?: Answered;
  /** The base pack a loosening is measured against. */
  base?: { id: string; version: string };
  /** When the pack explains the finding: its reason and the clause (an explained finding is not an error). */
  acknowledged?: { reason: BilingualText; citation: Citation; by: string };
}
