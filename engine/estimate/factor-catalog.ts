// The shipped factor sets, their tables, the regional grids and the city coordinates: data files of
// policies/factors/, bundled with the engine and checked against their schemas once, when first read.
import cities from '../../policies/factors/cities.json' with { type: 'json' };
import cnEnergy from '../../policies/factors/cn-energy.json' with { type: 'json' };
import gridRegions from '../../policies/factors/cn-grid-regions.json' with { type: 'json' };
import cnGrid from '../../policies/factors/cn-grid.json' with { type: 'json' };
import sets from '../../policies/factors/sets.json' with { type: 'json' };
import ukDesnz2023 from '../../policies/factors/uk-desnz-2023.json' with { type: 'json' };
import { regionWithin } from '../region.js';
import {
  CityTableSchema,
  type FactorSet,
  FactorSetsSchema,
  type FactorSource,
  type FactorTable,
  FactorTableSchema,
  type GridRegion,
  GridRegionsSchema,
} from './factor-schema.js';

interface Catalog {
  tables: Map<string, FactorTable>;
  sets: Map<string, FactorSet>;
  defaultSet: string;
  grid: { source: FactorSource; regions: [GridRegion, string[]][] };
  cities: { source: FactorSource; coordinates: Map<string, readonly [number, number]> };
}

let loaded: Catalog | undefined;

function catalog(): Catalog {
  if (loaded) return loaded;
  const tables = new Map([cnGrid, cnEnergy, ukDesnz2023].map((raw) => {
    const table = FactorTableSchema.parse(raw);
    return [table.id, table] as const;
  }));
  const parsedSets = FactorSetsSchema.parse(sets);
  for (const set of parsedSets.sets) {
    for (const id of set.tables) if (!tables.has(id)) throw new Error(`factor set ${set.id}: no table ${id}`);
  }
  const grid = GridRegionsSchema.parse(gridRegions);
  const city = CityTableSchema.parse(cities);
  loaded = {
    tables,
    sets: new Map(parsedSets.sets.map((s) => [s.id, s])),
    defaultSet: parsedSets.default,
    grid: { source: grid.source, regions: Object.entries(grid.regions) as [GridRegion, string[]][] },
    cities: { source: city.source, coordinates: new Map(Object.entries(city.cities)) },
  };
  return loaded;
}

export const factorSetIds = (): string[] => [...catalog().sets.keys()];
export const defaultFactorSetId = (): string => catalog().defaultSet;
export const factorSet = (id: string): FactorSet | undefined => catalog().sets.get(id);
export const factorTable = (id: string): FactorTable | undefined => catalog().tables.get(id);
export const gridRegionsSource = (): FactorSource => catalog().grid.source;
export const citiesSource = (): FactorSource => catalog().cities.source;

/**
 * The regional grid a venue is on: the most specific listed region containing its code (the eastern leagues of
 * Inner Mongolia are in the North-east grid, the rest of it in the North grid); undefined outside every grid.
 */
export function gridRegionOf(code: string): GridRegion | undefined {
  let best: { grid: GridRegion; depth: number } | undefined;
  for (const [grid, codes] of catalog().grid.regions) {
    for (const listed of codes) {
      if (!regionWithin(code, listed)) continue;
      const depth = listed.replace(/(00)+$/, '').length;
      if (!best || depth > best.depth) best = { grid, depth };
    }
  }
  return best?.grid;
}

/**
 * The coordinates ([longitude, latitude]) of the city a code is in: the code itself (a prefecture, a municipality,
 * a county-level city under a province), else its prefecture, else its province for a municipality's district.
 */
export function cityCoordinates(code: string): { city: string; at: readonly [number, number] } | undefined {
  const table = catalog().cities.coordinates;
  for (const city of [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`]) {
    const at = table.get(city);
    if (at && (city === code || !/0000$/.test(city) || ['11', '12', '31', '50'].includes(code.slice(0, 2)))) return { city, at };
  }
  return undefined;
}
