// Which rule decided an obligation. The engine says so in `decidedBy` (once it has the field); until then, and for
// answers recorded before it, the rules among the reasons that decide that level.
import type { Citation, Determination, Obligation } from '../../engine/index.js';

/** The engine's record of the deciding rule (Determination.decidedBy). */
export interface DecidedBy {
  rule: string;
  level: string;
  origin: string;
  citation: Citation;
}

export function decidedBy(d: Determination): DecidedBy | undefined {
  return (d as { decidedBy?: DecidedBy }).decidedBy;
}

/** The reasons that decide `level` (default: the answer's obligation): the engine's deciding rule when it names one. */
export function decidingReasons(d: Determination, level: Obligation | undefined = d.obligation): { rule: string; citation: Citation }[] {
  if (!level) return [];
  const by = decidedBy(d);
  if (by && by.level === level) return [{ rule: by.rule, citation: by.citation }];
  return d.reasons.filter((r) => r.decides === `obligation:${level}`);
}
