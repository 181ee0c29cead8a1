// The codes of an estimate: the national guideline's phases and six emission sources, and what each kind of
// activity is measured in. A unit's `times` converts it to the unit its factor is given per (exact: t -> kg is 1000).

/** The boundary by phase (the national guideline's preparation, holding and closing). */
export const ESTIMATE_PHASES = ['preparation', 'holding', 'closing'] as const;
/** The six emission sources of the national guideline's boundary. */
export const EMISSION_SOURCES = ['fossil-fuel', 'electricity-heat', 'travel', 'accommodation-catering', 'materials', 'waste'] as const;

export const ENERGY_KINDS = ['electricity', 'heat'] as const;
export const FUELS = ['natural-gas', 'diesel', 'petrol', 'lpg'] as const;
export const TRAVEL_MODES = [
  'air-short-haul',
  'air-long-haul',
  'high-speed-rail',
  'rail',
  'coach',
  'car-petrol',
  'car-diesel',
  'car-hybrid',
  'car-electric',
  'metro',
] as const;
export const MATERIALS = ['paper', 'plastic', 'other'] as const;
export const WASTE_TREATMENTS = ['landfill', 'incineration', 'composting', 'recycling'] as const;
/** The lists of activity a phase may hold (activity-schema.ts). */
export const ACTIVITY_LISTS = ['energy', 'fuels', 'travel', 'originMix', 'accommodation', 'meals', 'materials', 'waste'] as const;

export type EstimatePhase = (typeof ESTIMATE_PHASES)[number];
export type EmissionSource = (typeof EMISSION_SOURCES)[number];
export type EnergyKind = (typeof ENERGY_KINDS)[number];
export type Fuel = (typeof FUELS)[number];
export type TravelMode = (typeof TRAVEL_MODES)[number];
export type Material = (typeof MATERIALS)[number];
export type WasteTreatment = (typeof WASTE_TREATMENTS)[number];
export type ActivityList = (typeof ACTIVITY_LISTS)[number];

/** A unit an amount may be written in: the unit its factor is per (`base`), and what one of it is in that unit. */
export interface UnitRule {
  base: string;
  times: string;
}

const per = (base: string, times = '1'): UnitRule => ({ base, times });
const KG_OR_T = { kg: per('kg'), t: per('kg', '1000') };

/** The source of each activity list. */
export const SOURCE_OF: Record<ActivityList, (kind: string) => EmissionSource> = {
  energy: () => 'electricity-heat',
  fuels: () => 'fossil-fuel',
  travel: () => 'travel',
  originMix: () => 'travel',
  accommodation: () => 'accommodation-catering',
  meals: () => 'accommodation-catering',
  materials: () => 'materials',
  waste: () => 'waste',
};

export const isCarMode = (mode: string): boolean => mode.startsWith('car-');

/** The units an activity of `list` and `kind` accepts (its kind: the energy, fuel, mode, material or treatment). */
export function unitsOf(list: ActivityList, kind: string): Record<string, UnitRule> {
  switch (list) {
    case 'energy':
      return kind === 'electricity' ? { kWh: per('kWh'), MWh: per('kWh', '1000') } : { GJ: per('GJ'), MJ: per('GJ', '0.001') };
    case 'fuels':
      if (kind === 'natural-gas') return { m3: per('m3') };
      if (kind === 'lpg') return KG_OR_T;
      return { ...KG_OR_T, L: per('L') };
    case 'travel':
    case 'originMix':
      return isCarMode(kind) ? { 'vehicle-km': per('vehicle-km') } : { 'passenger-km': per('passenger-km') };
    case 'accommodation':
      return { 'room-night': per('room-night') };
    case 'meals':
      return { meal: per('meal') };
    case 'materials':
    case 'waste':
      return KG_OR_T;
  }
}

/** The factor key of an activity: `electricity`, `fuel.diesel`, `travel.rail`, `material.paper`, `waste.landfill`. */
export function factorKeyOf(list: ActivityList, kind: string): string {
  switch (list) {
    case 'energy':
      return kind;
    case 'fuels':
      return `fuel.${kind}`;
    case 'travel':
    case 'originMix':
      return `travel.${kind}`;
    case 'accommodation':
      return 'accommodation';
    case 'meals':
      return 'meal';
    case 'materials':
      return `material.${kind}`;
    case 'waste':
      return `waste.${kind}`;
  }
}
