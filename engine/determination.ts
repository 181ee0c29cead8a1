// The answer the engine gives: every part of it carries the citation of the rule that decided it.
import type { CalendarDate } from './calendar.js';
import type { DecimalString } from './decimal.js';
import type { PlanEstimate } from './estimate/plan-estimate.js';
import type { Citation } from './citation-schema.js';
import type { Due } from './pack-schema.js';
import type { Instrument, Lang, Obligation, ObligationLevel, Phase } from './vocabulary.js';

export interface Reason {
  rule: string;
  title: string;
  /** What the rule decided: "obligation:required", "duty:register-event", "confirmation:platform". */
  decides: string;
  /** For a rule that decides the obligation: the level it decides (the same as in `decides`, typed). */
  level?: ObligationLevel;
  /** The pack the rule was written in (a base pack's rule is inherited). */
  origin: string;
  citation: Citation;
}

export interface DutyResult {
  /** A built-in duty (isBuiltInDuty) or one the pack declares. */
  duty: string;
  /** The duty's name in `lang`: the shared vocabulary's, or the declaring pack's for a declared duty. */
  title: string;
  /** The inclusive due date, or null when the policy sets none or a date is missing (see `missingFacts`). */
  due: CalendarDate | null;
  dueRule: Due;
  dueText: string;
  applies: 'always' | 'if-neutralizing';
  note?: string;
  rule: string;
  citation: Citation;
  missingFacts?: string[];
  /** True when the duty binds this organizer: a duty in its own right, or the event must be neutralized. */
  binding: boolean;
  /** When the date holds for some offset lines only: what it governs, and the plan's lines it governs. */
  governs?: { label: string; lines?: number[] };
}

export interface ReadingView {
  id: string;
  question: string;
  /** The option this answer was given under. */
  option: string;
  optionLabel: string;
  /** "asked": the user chose the option; "default": the pack's default was used. */
  chosen: 'asked' | 'default';
  isDefault: boolean;
  citation?: Citation;
  /** What each other option would answer (listed only when some option changes the answer). */
  alternatives: { option: string; label: string; citation?: Citation; obligation: Obligation; summary: string }[];
}

export interface Undecided {
  /** "obligation", "duty:register-event", "confirmation" or "offsets". */
  subject: string;
  rules: string[];
  missingFacts: string[];
}

export interface Question {
  fact: string;
  question: string;
  /**
   * The fact in words (`活动结束日期`, `the project location of offset plan line 1`), in `lang`. The engine always
   * gives it; optional only so that a question built elsewhere (a page's form) need not.
   */
  label?: string;
}

export interface Assumption {
  fact: string;
  value: string | number | boolean;
  citation: Citation;
  /** The assumption in words, in `lang`: `是否为在重庆举办的成渝双城经济圈有关会议：否`. */
  text: string;
}

/** The rule that decided the obligation (or, when undetermined, the level already established). */
export interface DecidedBy {
  rule: string;
  /** `obligation`, or `obligationAtLeast` when the obligation is undetermined. */
  level: ObligationLevel;
  /** The pack the rule was written in. */
  origin: string;
  citation: Citation;
}

export interface AcceptedInstrumentView {
  instrument: Instrument;
  rank: number;
  standing: 'preferred' | 'accepted' | 'discouraged';
  label: string;
  citation: Citation;
  conditions: { check: string; text: string; citation: Citation }[];
}

export type LineVerdict = 'eligible' | 'discouraged' | 'ineligible' | 'undetermined';

export interface LineReason {
  code: string;
  message: string;
  citation?: Citation;
}

export interface OffsetLineCheck {
  index: number;
  instrument: Instrument;
  quantityTco2e: DecimalString;
  rank: number | null;
  verdict: LineVerdict;
  counted: boolean;
  reasons: LineReason[];
  missingFacts: string[];
}

export interface OffsetCheck {
  /** null when it cannot be decided: no emissions given, or undetermined lines would change the answer. */
  sufficient: boolean | null;
  emissions: DecimalString | null;
  /** Sum of every line, exact. */
  total: DecimalString;
  /** Sum of the lines that count (eligible and discouraged). */
  counted: DecimalString;
  shortfall: DecimalString | null;
  partialAllowed: boolean;
  coverageCitation?: Citation;
  followsRanking: boolean;
  warnings: LineReason[];
  duplicateSerials: { serial: string; lines: number[] }[];
  lines: OffsetLineCheck[];
  /** Set when no emissions were given: `emissions` is this estimate of the event's activity data. */
  estimate?: PlanEstimate;
}

export interface Determination {
  pack: { id: string; version: string; title: string; chain: { id: string; version: string }[] };
  /** The date the policy was read at: `asOf`, else the event's start date; null when neither is known. */
  asOf: CalendarDate | null;
  lang: Lang;
  obligation: Obligation;
  /** When undetermined: the level the given facts already establish. */
  obligationAtLeast?: ObligationLevel;
  /**
   * The rule that decided `obligation` (the first in the pack's order at the strongest level that holds), or the one
   * that established `obligationAtLeast`; absent when no rule decides (not covered by any rule, or nothing known).
   */
  decidedBy?: DecidedBy;
  summary: string;
  missingFacts: string[];
  questions: Question[];
  undecided: Undecided[];
  assumptions: Assumption[];
  /** Contested readings that changed or could change this answer. */
  readings: ReadingView[];
  warnings: string[];
  confirmation: {
    /** Built-in modes (isBuiltInMode) or modes the pack declares. */
    modes: string[];
    /** `label`: the mode's name in `lang`, the declaring pack's for a declared mode. */
    routes: { mode: string; label: string; rule: string; citation: Citation }[];
  };
  duties: DutyResult[];
  offsets: {
    accepted: AcceptedInstrumentView[];
    excluded: { instrument: Instrument; reason: string; citation: Citation }[];
    encouraged: { id: string; text: string; citation: Citation }[];
    retirement: { instruments: Instrument[]; where: string; citation: Citation }[];
    /** Why an instrument outside `accepted` and `excluded` still counts (as discouraged). */
    unlisted?: { reason: string; citation: Citation };
    check?: OffsetCheck;
  };
  process: {
    id: string;
    phase: Phase;
    phaseLabel: string;
    title: string;
    detail?: string;
    channel?: string;
    citation: Citation;
  }[];
  reasons: Reason[];
  /** Inherited rules the pack removed, and why (present only when the pack chain removes some). */
  removed?: RemovedRule[];
}

export interface RemovedRule {
  rule: string;
  /** The removed rule's title, in `lang`. */
  title: string;
  /** The pack that wrote the rule. */
  origin: string;
  /** The pack that removed it. */
  removedBy: string;
  /** Why: the words the removal cites. */
  citation: Citation;
}

/** A decision-only answer (`detail: 'decision'`): what was decided, as codes and rule ids, without words. */
export interface Decision {
  detail: 'decision';
  pack: { id: string; version: string; chain: { id: string; version: string }[] };
  asOf: CalendarDate | null;
  obligation: Obligation;
  obligationAtLeast?: ObligationLevel;
  /** The rule that decided the obligation. */
  decidedBy?: string;
  duties: { duty: string; due: CalendarDate | null; binding: boolean; rule: string; lines?: number[] }[];
  modes: string[];
  /** The offset plan check, when the event has a plan. */
  offsets?: { sufficient: boolean | null; counted: DecimalString; shortfall: DecimalString | null; verdicts: LineVerdict[] };
  /** The ids of the rules that hold. */
  rules: string[];
  missingFacts: string[];
}
