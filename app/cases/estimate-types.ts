// The estimate a case shows (./case-view.ts CaseView `estimate` and `emissionFigures`): the estimate recorded before
// the event, always labelled as one, and the two figures side by side with their exact difference.
import type { CalendarDate } from '../../engine/calendar.js';
import type { DecimalString } from '../../engine/decimal.js';
import type { EmissionSource, EstimatePhase } from '../../engine/estimate/vocabulary.js';
import type { AccountedBy, Worded } from './case-view.js';

/** One sum of an estimate (a phase, or an emission source), with its words. */
export interface EstimateSum<C extends string = string> {
  code: C;
  text: string;
  quantityTco2e: DecimalString;
}

/**
 * The estimate recorded on the case before the event: the activity data under the factor set and overrides of the
 * case's own pack versions. Always an estimate (`kind`), never the accounted figure: it earns no certificate.
 */
export interface CaseEstimateView {
  kind: 'estimate';
  /** Says it is an estimate. */
  label: string;
  totalTco2e: DecimalString;
  factorSet: Worded;
  /** The day it was recorded (China time). */
  recordedOn: CalendarDate;
  recordedAt: string;
  /** Exact sums of the lines, per phase and per source (only those with lines). */
  byPhase: EstimateSum<EstimatePhase>[];
  bySource: EstimateSum<EmissionSource>[];
  /** Each estimated line: where it is in the activity data, the activity in words, tCO2e. */
  lines: { path: string; phase: EstimatePhase; source: EmissionSource; activity: Worded; tco2e: DecimalString }[];
  /** The items with no factor, left out of the total. */
  leftOut: { path: string; activity: Worded }[];
  /** Some line uses a published foreign factor. */
  usesForeignFactors: boolean;
  /** The estimate in one sentence. */
  text: string;
  /** The estimates it replaced, in the order recorded. */
  earlier: { totalTco2e: DecimalString; factorSet: Worded; recordedOn: CalendarDate; recordedAt: string }[];
}

/** The two emission figures side by side: the estimate before the event, the accounted figure after it. */
export interface EmissionFigures {
  estimated: { tco2e: DecimalString; label: string; recordedOn: CalendarDate } | null;
  accounted: { tco2e: DecimalString; label: string; accountedBy: Worded<AccountedBy> } | null;
  /** accounted − estimated, exact (negative when the estimate was higher); null unless both are recorded. */
  differenceTco2e: DecimalString | null;
  /** What the figures say, in words. */
  text: string;
}
