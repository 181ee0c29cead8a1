// The estimate an offset plan is checked against when the event gives activity data but no emissions: under the
// pack's factor set and overrides, and said to be an estimate.
import { ESTIMATE_WORDS } from '../lexicon/estimate.js';
import { fill, list } from '../lexicon/words.js';
import type { ResolvedPack } from '../resolved-pack.js';
import type { Lang } from '../vocabulary.js';
import type { Activity } from './activity-schema.js';
import { estimateActivity } from './estimate.js';

export interface PlanEstimate {
  /** The estimated total, tCO2e: what the plan is checked against. */
  totalTco2e: string;
  factorSet: string;
  lines: number;
  /** What the estimate could not include (no factor), in words. */
  leftOut: string[];
  /** That the emissions are an estimate, in words. */
  text: string;
}

export function planEstimate(activity: Activity, pack: Pick<ResolvedPack, 'estimate'>, lang: Lang): PlanEstimate {
  const estimate = estimateActivity(activity, { factorSet: pack.estimate?.factorSet, overrides: pack.estimate?.overrides, lang });
  const leftOut = [...new Set(estimate.unestimated.map((u) => u.label))];
  const text = fill(ESTIMATE_WORDS.planEstimate[lang], { total: estimate.total, set: estimate.factorSet.title });
  return {
    totalTco2e: estimate.total,
    factorSet: estimate.factorSet.id,
    lines: estimate.lines.length,
    leftOut,
    text: leftOut.length ? `${text}${lang === 'zh' ? '；' : '; '}${fill(ESTIMATE_WORDS.leftOut[lang], { items: list(leftOut, lang) })}` : text,
  };
}
