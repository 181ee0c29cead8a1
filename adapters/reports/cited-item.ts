// The unit every report is made of: words taken from a pack, with the clauses they rest on.
import type { Citation, Period } from '../../engine/index.js';

export interface CitedItem {
  /** The words shown, built from the pack's data (never written about a province by hand). */
  text: string;
  /** Every clause the words rest on; at least one for anything a pack decides. */
  citations: Citation[];
  /** The rule the item comes from, when it comes from a rule. */
  rule?: string;
  /** The base pack the rule was written in, when it is inherited. */
  origin?: string;
  /** The period of a dated rule version. */
  inForce?: Period;
}

/** One citation on one line, as CSV cells and plain lists give it: `渝环〔2025〕21号 四（三） (text): 活动碳中和……`. */
export function citationLine(citation: Citation): string {
  return `${citation.document} ${citation.clause} (${citation.basis}): ${citation.zh}`;
}
