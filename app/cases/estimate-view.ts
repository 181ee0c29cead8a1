// A case's two emission figures in words: the estimate recorded before the event (labelled as one, with its sums by
// phase and source and what it left out) and the accounted figure after it, side by side with their exact
// difference (accounted minus estimated, app/estimate.ts).
import {
  ACTIVITY_LABELS,
  ACCOUNTING_LABELS,
  CASE_ESTIMATE_WORDS,
  EMISSION_SOURCE_LABELS,
  ESTIMATE_PHASE_LABELS,
  fill,
  formatDecimal,
  type Lang,
  toDecimal,
} from '../../engine/index.js';
import { EMISSION_SOURCES, ESTIMATE_PHASES, factorSet } from '../../engine/estimate/index.js';
import { estimatedAgainstAccounted } from '../estimate.js';
import type { CaseBundle, CaseEstimateRecord } from './case-store.js';
import type { CaseEstimateView, EmissionFigures, Worded } from './case-view.js';

const factorSetWords = (id: string, lang: Lang): Worded => ({ code: id, text: factorSet(id)?.title[lang] ?? id });
const activityWords = (key: string, lang: Lang): Worded => ({ code: key, text: ACTIVITY_LABELS[key]?.[lang] ?? key });
const nonZero = (q: string) => !toDecimal(q).isZero();

/** The case's estimate (the last recorded) with the earlier ones as its history; null when none is recorded. */
export function estimateView(estimates: readonly CaseEstimateRecord[], lang: Lang): CaseEstimateView | null {
  const current = estimates.at(-1);
  if (!current) return null;
  const set = factorSetWords(current.factorSet, lang);
  const phases = new Set(current.lines.map((l) => l.phase));
  const sources = new Set(current.lines.map((l) => l.source));
  return {
    kind: 'estimate',
    label: CASE_ESTIMATE_WORDS.estimateLabel[lang],
    totalTco2e: current.totalTco2e,
    factorSet: set,
    recordedOn: current.recordedOn,
    recordedAt: current.recordedAt,
    byPhase: ESTIMATE_PHASES.filter((p) => phases.has(p) || nonZero(current.byPhase[p])).map((p) => ({
      code: p,
      text: ESTIMATE_PHASE_LABELS[p][lang],
      quantityTco2e: current.byPhase[p],
    })),
    bySource: EMISSION_SOURCES.filter((s) => sources.has(s) || nonZero(current.bySource[s])).map((s) => ({
      code: s,
      text: EMISSION_SOURCE_LABELS[s][lang],
      quantityTco2e: current.bySource[s],
    })),
    lines: current.lines.map((l) => ({ path: l.path, phase: l.phase, source: l.source, activity: activityWords(l.activity, lang), tco2e: l.tco2e })),
    leftOut: current.leftOut.map((u) => ({ path: u.path, activity: activityWords(u.activity, lang) })),
    usesForeignFactors: current.usesForeignFactors,
    text: fill(CASE_ESTIMATE_WORDS.estimateText[lang], { total: current.totalTco2e, set: set.text, on: current.recordedOn }),
    earlier: estimates.slice(0, -1).map((e) => ({ totalTco2e: e.totalTco2e, factorSet: factorSetWords(e.factorSet, lang), recordedOn: e.recordedOn, recordedAt: e.recordedAt })),
  };
}

/** The estimate and the accounted figure side by side; null when neither is recorded. */
export function emissionFigures(bundle: Pick<CaseBundle, 'estimates' | 'emissions'>, lang: Lang): EmissionFigures | null {
  const estimate = bundle.estimates.at(-1);
  const { emissions } = bundle;
  if (!estimate && !emissions) return null;
  const estimated = estimate ? { tco2e: estimate.totalTco2e, label: CASE_ESTIMATE_WORDS.estimateLabel[lang], recordedOn: estimate.recordedOn } : null;
  const accounted = emissions
    ? {
        tco2e: emissions.totalTco2e,
        label: CASE_ESTIMATE_WORDS.accountedLabel[lang],
        accountedBy: { code: emissions.accountedBy, text: ACCOUNTING_LABELS[emissions.accountedBy][lang] },
      }
    : null;
  if (!estimate || !emissions) {
    const text = estimate
      ? fill(CASE_ESTIMATE_WORDS.estimateOnly[lang], { estimated: estimate.totalTco2e })
      : fill(CASE_ESTIMATE_WORDS.accountedOnly[lang], { accounted: (emissions as NonNullable<typeof emissions>).totalTco2e });
    return { estimated, accounted, differenceTco2e: null, text };
  }
  const both = estimatedAgainstAccounted(
    { kind: 'estimated', tco2e: estimate.totalTco2e, recordedOn: estimate.recordedOn },
    { kind: 'accounted', tco2e: emissions.totalTco2e, recordedOn: emissions.accountedOn ?? estimate.recordedOn },
  );
  const difference = toDecimal(both.difference);
  const words = difference.isZero() ? CASE_ESTIMATE_WORDS.equal : difference.isPositive() ? CASE_ESTIMATE_WORDS.above : CASE_ESTIMATE_WORDS.below;
  const text = fill(words[lang], { accounted: both.accounted, estimated: both.estimated, difference: formatDecimal(difference.abs()) });
  return { estimated, accounted, differenceTco2e: both.difference, text };
}
