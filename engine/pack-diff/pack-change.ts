// What changed between two packs (or two versions of one): each change as data (the codes and values of each side,
// with each side's citation) and in words in both languages.
import type { BilingualText, Citation } from '../citation-schema.js';
import type { Lang } from '../vocabulary.js';

/** The parts of a policy a change belongs to, in the order they are listed. */
export const DIFF_AREA_ORDER = ['scope', 'duties', 'confirmation', 'offsets', 'readings', 'assumptions', 'citations'] as const;
export type DiffArea = (typeof DIFF_AREA_ORDER)[number];

export type ChangeKind =
  | 'threshold'
  | 'conditions'
  | 'rule-added'
  | 'rule-removed'
  | 'rule-period'
  | 'level'
  | 'decides'
  | 'duty'
  | 'deadline'
  | 'duty-applies'
  | 'governs'
  | 'modes'
  | 'instrument-added'
  | 'instrument-removed'
  | 'rank'
  | 'standing'
  | 'eligibility-added'
  | 'eligibility-removed'
  | 'eligibility-changed'
  | 'excluded-added'
  | 'excluded-removed'
  | 'coverage'
  | 'unlisted'
  | 'no-reuse'
  | 'retirement'
  | 'encouraged-added'
  | 'encouraged-removed'
  | 'reading-added'
  | 'reading-removed'
  | 'reading-default'
  | 'reading-options'
  | 'assumption'
  | 'citation';

/** A threshold's or a condition's reach (more or fewer events), or a deadline's move (later or earlier). */
export type ChangeDirection = 'wider' | 'narrower' | 'later' | 'earlier';

export interface PackChange {
  area: DiffArea;
  kind: ChangeKind;
  /** The rule a change of a rule is about (its id). */
  rule?: string;
  /** The offset instrument a change of the offset policy is about. */
  instrument?: string;
  /** The contested reading a change is about (its id). */
  reading?: string;
  /** The fact an assumption is about. */
  fact?: string;
  /** Where in the rule's condition tree a threshold is, e.g. `all[2]`. */
  path?: string;
  /** What each side says, as data; absent on a side that says nothing (a rule added has no `before`). */
  before?: unknown;
  after?: unknown;
  direction?: ChangeDirection;
  /** Each side's citation. */
  citations: { before?: Citation; after?: Citation };
  text: BilingualText;
}

/** One side of a diff: the pack version compared. */
export interface DiffSide {
  id: string;
  version: string;
  title: BilingualText;
  chain: { id: string; version: string }[];
  inForce: { from: string; until?: string };
}

export interface PackDiff {
  before: DiffSide;
  after: DiffSide;
  changes: PackChange[];
}

/** Words made in each language by one function. */
export const inBoth = (say: (lang: Lang) => string): BilingualText => ({ zh: say('zh'), en: say('en') });

/** Structural equality of JSON data (pack parts are plain JSON). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
