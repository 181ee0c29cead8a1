// Which factor a line uses: the pack's override for the venue's region first, then the factor set's value. For
// electricity the venue's regional grid picks the value of the set's grid year; without a venue, outside every grid,
// or in a year without regional factors, the national value stands in and says why.
import { ESTIMATE_WORDS, GRID_REGION_LABELS, UNIT_LABELS } from '../lexicon/estimate.js';
import { NATIONAL_CODE, regionName } from '../lexicon/regions.js';
import { fill } from '../lexicon/words.js';
import { regionWithin } from '../region.js';
import type { Lang } from '../vocabulary.js';
import type { FallbackReason, UsedFactor } from './estimate-types.js';
import { factorTable, gridRegionOf } from './factor-catalog.js';
import { type FactorEntry, type FactorOverride, type FactorSet, type FactorSource, GRID_REGIONS, type GridRegion } from './factor-schema.js';

export interface FactorContext {
  set: FactorSet;
  /** The pack's own values, in the pack's order. */
  overrides: readonly FactorOverride[];
  /** The venue's GB/T 2260 code, when known. */
  venue?: string;
  lang: Lang;
}

const isGrid = (region: string): region is GridRegion => (GRID_REGIONS as readonly string[]).includes(region);

export function unitWords(unit: string, lang: Lang): string {
  return UNIT_LABELS[unit]?.[lang] ?? unit;
}

export function perUnit(unit: string, lang: Lang): string {
  return fill(ESTIMATE_WORDS.perUnit[lang], { unit: unitWords(unit, lang) });
}

/** A factor's region in words: 全国, 华中区域电网, 四川省, 英国（境外因子）. */
export function factorRegionName(region: string, lang: Lang): string {
  if (region === 'national') return ESTIMATE_WORDS.national[lang];
  if (region === 'united-kingdom') return ESTIMATE_WORDS.foreignRegion[lang];
  if (isGrid(region)) return GRID_REGION_LABELS[region][lang];
  return /^\d{6}$/.test(region) ? regionName(region, lang) : ESTIMATE_WORDS.national[lang];
}

function used(key: string, unit: string, value: string, year: number | null, region: string, source: FactorSource, foreign: boolean, from: UsedFactor['from'], lang: Lang): UsedFactor {
  return { key, value, unit, perUnit: perUnit(unit, lang), year, region, regionName: factorRegionName(region, lang), source, foreign, from };
}

/** The pack's override for this key, unit and venue: one for the venue's region over one for anywhere. */
function override(key: string, unit: string, context: FactorContext): UsedFactor | undefined {
  const { venue, lang } = context;
  const fits = context.overrides.filter((o) => o.key === key && o.unit === unit && (!o.region || (venue !== undefined && regionWithin(venue, o.region))));
  const best = fits.find((o) => o.region) ?? fits[0];
  if (!best) return undefined;
  return used(key, unit, best.value, best.year, best.region ?? 'national', best.source, false, 'pack', lang);
}

/** Every value of the set for this key and unit, with its table. */
function entries(key: string, unit: string, set: FactorSet) {
  return set.tables.flatMap((id) => {
    const table = factorTable(id);
    return table ? table.factors.filter((f) => f.key === key && f.unit === unit).map((entry) => ({ entry, table })) : [];
  });
}

function fromSet(found: { entry: FactorEntry; table: NonNullable<ReturnType<typeof factorTable>> }, lang: Lang): UsedFactor {
  const { entry, table } = found;
  const region = entry.region ?? (table.foreign ? 'united-kingdom' : 'national');
  return used(entry.key, entry.unit, entry.value, entry.year, region, table.sources[entry.source] as FactorSource, table.foreign, 'factor-set', lang);
}

function fallbackText(reason: FallbackReason, context: FactorContext, grid: GridRegion | undefined): string {
  const { lang, venue, set } = context;
  if (reason === 'no-venue') return ESTIMATE_WORDS.fallbackNoVenue[lang];
  if (reason === 'unknown-region') return fill(ESTIMATE_WORDS.fallbackUnknownRegion[lang], { region: regionName(venue ?? NATIONAL_CODE, lang) });
  return fill(ESTIMATE_WORDS.fallbackNoRegional[lang], { year: set.gridYear, grid: grid ? GRID_REGION_LABELS[grid][lang] : '' });
}

function electricity(context: FactorContext): UsedFactor | undefined {
  const ofYear = entries('electricity', 'kWh', context.set).filter((e) => e.entry.year === context.set.gridYear);
  const grid = context.venue ? gridRegionOf(context.venue) : undefined;
  const regional = grid && ofYear.find((e) => e.entry.region === grid);
  if (regional) return fromSet(regional, context.lang);
  const national = ofYear.find((e) => (e.entry.region ?? 'national') === 'national');
  if (!national) return undefined;
  const reason: FallbackReason = !context.venue ? 'no-venue' : !grid ? 'unknown-region' : 'no-regional-factor';
  return { ...fromSet(national, context.lang), fallback: { reason, text: fallbackText(reason, context, grid) } };
}

/** The factor of `key` per `unit` for this context; undefined when neither the pack nor the set has one. */
export function resolveFactor(key: string, unit: string, context: FactorContext): UsedFactor | undefined {
  const own = override(key, unit, context);
  if (own) return own;
  if (key === 'electricity') return electricity(context);
  const found = entries(key, unit, context.set).sort((a, b) => b.entry.year - a.entry.year)[0];
  return found ? fromSet(found, context.lang) : undefined;
}
