// What an estimate answers: tCO2e per line, per phase, per source and in total (exact decimal strings), every line
// with the factor it used, its unit, year, region and source, and whether that factor is foreign or a fallback.
import type { DecimalString } from '../decimal.js';
import type { Lang } from '../vocabulary.js';
import type { FactorSource, GridRegion } from './factor-schema.js';
import type { EmissionSource, EstimatePhase } from './vocabulary.js';

export type FallbackReason = 'no-venue' | 'unknown-region' | 'no-regional-factor';

export interface UsedFactor {
  /** electricity, fuel.diesel, travel.rail … */
  key: string;
  /** kg CO2e per `unit`. */
  value: DecimalString;
  /** The unit of activity the value is per: kWh, passenger-km … */
  unit: string;
  /** `kgCO2e/kWh`, in words of `lang`. */
  perUnit: string;
  /** The year of the value; null for an organizer's own factor. */
  year: number | null;
  /** national, a grid region, a GB/T 2260 code, united-kingdom or organizer. */
  region: string;
  /** The region in words. */
  regionName: string;
  source: FactorSource;
  /** A published foreign factor, used where no Chinese one is published. */
  foreign: boolean;
  /** Where the value came from: the factor set, the pack's override, the organizer. */
  from: 'factor-set' | 'pack' | 'organizer';
  /** Set when the national grid factor stands in for the venue's own. */
  fallback?: { reason: FallbackReason; text: string };
}

export interface OriginOfTravel {
  /** GB/T 2260 code of the origin city, and its name. */
  city: string;
  cityName: string;
  participants: number;
  distanceKm: number;
  roundTrip: boolean;
}

export interface EstimateLine {
  /** Where the item is in the activity data: `phases.holding.energy[0]`. */
  path: string;
  phase: EstimatePhase;
  source: EmissionSource;
  /** The activity's factor key, and its name. */
  activity: string;
  label: string;
  /** The amount as given, and its unit. */
  amount: DecimalString;
  unit: string;
  /** The amount in the unit of the factor (t -> kg, MWh -> kWh; passenger-km of an origin line). */
  factorAmount: DecimalString;
  origin?: OriginOfTravel;
  factor: UsedFactor;
  tco2e: DecimalString;
  /** The line with its arithmetic, in words. */
  text: string;
}

/** An item with no factor: left out of the total, with the question that would let it in. */
export interface Unestimated {
  path: string;
  phase: EstimatePhase;
  source: EmissionSource;
  activity: string;
  label: string;
  text: string;
  question: string;
}

export interface Estimate {
  lang: Lang;
  factorSet: { id: string; title: string };
  venue: { region: string | null; name: string | null; grid: GridRegion | null; gridName: string | null };
  lines: EstimateLine[];
  byPhase: Record<EstimatePhase, DecimalString>;
  bySource: Record<EmissionSource, DecimalString>;
  /** The sum of every line, exact. */
  total: DecimalString;
  unestimated: Unestimated[];
  /** True when some line uses a foreign factor. */
  usesForeignFactors: boolean;
  /** What the reader must know: the fallback, the foreign factors, what was left out; in words. */
  notes: string[];
}
