// A worked example computed by hand: every line of the estimate written out with its arithmetic, and the estimate
// must match each to the last decimal (tCO2e = amount in the factor's unit × kg CO2e per unit ÷ 1000).
import { describe, expect, it } from 'vitest';
import { estimate } from '../engine/estimate/index.js';

const ACTIVITY = {
  venue: { region: '510100' }, // Chengdu: the South-west grid
  phases: {
    preparation: {
      energy: [{ kind: 'electricity', amount: '1200', unit: 'kWh' }],
      materials: [{ material: 'paper', amount: '50', unit: 'kg' }],
    },
    holding: {
      energy: [{ kind: 'electricity', amount: '2', unit: 'MWh' }],
      fuels: [
        { fuel: 'natural-gas', amount: '150', unit: 'm3' },
        { fuel: 'diesel', amount: '40', unit: 'L' },
      ],
      originMix: [
        { city: '110000', mode: 'air-short-haul', participants: 20 },
        { city: '500000', mode: 'high-speed-rail', participants: 30 },
      ],
      accommodation: [{ amount: '60', unit: 'room-night' }],
      meals: [{ amount: 300, unit: 'meal', factor: { value: '2.5', source: '餐饮供应商的每餐排放数据' } }],
    },
    closing: { waste: [{ treatment: 'landfill', amount: '0.2', unit: 't' }] },
  },
};

// Each line by hand: [path, kg CO2e = amount × factor, tCO2e].
const BY_HAND: [string, string, string][] = [
  // 1200 kWh × 0.2472 kg/kWh (South-west grid, 2023) = 296.64 kg
  ['phases.preparation.energy[0]', '296.64', '0.29664'],
  // 50 kg × 0.91940 kg/kg (paper) = 45.97 kg
  ['phases.preparation.materials[0]', '45.97', '0.04597'],
  // 2 MWh = 2000 kWh × 0.2472 = 494.4 kg
  ['phases.holding.energy[0]', '494.4', '0.4944'],
  // 150 m³ × 2.16502 kg/m³ = 324.753 kg
  ['phases.holding.fuels[0]', '324.753', '0.324753'],
  // 40 L × 2.60056 kg/L = 104.0224 kg
  ['phases.holding.fuels[1]', '104.0224', '0.1040224'],
  // Beijing–Chengdu 1517 km × 20 people × 2 (there and back) = 60680 passenger-km × 0.18592 = 11281.6256 kg
  ['phases.holding.originMix[0]', '11281.6256', '11.2816256'],
  // Chongqing–Chengdu 265 km × 30 × 2 = 15900 passenger-km × 0.03549 = 564.291 kg
  ['phases.holding.originMix[1]', '564.291', '0.564291'],
  // 60 room-nights × 53.5 kg = 3210 kg
  ['phases.holding.accommodation[0]', '3210', '3.21'],
  // 300 meals × 2.5 kg (the organizer's own factor) = 750 kg
  ['phases.holding.meals[0]', '750', '0.75'],
  // 0.2 t = 200 kg × 0.46704 kg/kg (landfill) = 93.408 kg
  ['phases.closing.waste[0]', '93.408', '0.093408'],
];

describe('a worked example, computed by hand', () => {
  const result = estimate(ACTIVITY, { lang: 'en' });

  it('has every line, in order, to the last decimal', () => {
    expect(result.lines.map((l) => [l.path, l.tco2e])).toEqual(BY_HAND.map(([path, , t]) => [path, t]));
  });

  it('measures the origin mix by the great-circle distances of the city table', () => {
    const [beijing, chongqing] = result.lines.filter((l) => l.origin);
    expect(beijing?.origin).toMatchObject({ city: '110000', distanceKm: 1517, participants: 20, roundTrip: true });
    expect(beijing?.factorAmount).toBe('60680');
    expect(chongqing?.origin).toMatchObject({ city: '500000', distanceKm: 265 });
    expect(chongqing?.factorAmount).toBe('15900');
  });

  it('sums by phase, by source and in total exactly', () => {
    // 0.29664 + 0.04597 = 0.34261
    expect(result.byPhase.preparation).toBe('0.34261');
    // 0.4944 + 0.324753 + 0.1040224 + 11.2816256 + 0.564291 + 3.21 + 0.75 = 16.729092
    expect(result.byPhase.holding).toBe('16.729092');
    expect(result.byPhase.closing).toBe('0.093408');
    expect(result.bySource).toEqual({
      'electricity-heat': '0.79104', // 0.29664 + 0.4944
      'fossil-fuel': '0.4287754', // 0.324753 + 0.1040224
      travel: '11.8459166', // 11.2816256 + 0.564291
      'accommodation-catering': '3.96', // 3.21 + 0.75
      materials: '0.04597',
      waste: '0.093408',
    });
    // 0.34261 + 16.729092 + 0.093408 = 17.16511
    expect(result.total).toBe('17.16511');
  });

  it('names each line\'s factor: value, unit, year, region and source, foreign ones marked', () => {
    const electricity = result.lines[0]?.factor;
    expect(electricity).toMatchObject({ value: '0.2472', unit: 'kWh', year: 2023, region: 'south-west', foreign: false, from: 'factor-set' });
    expect(electricity?.fallback).toBeUndefined();
    const flight = result.lines[5]?.factor;
    expect(flight).toMatchObject({ value: '0.18592', unit: 'passenger-km', year: 2023, region: 'united-kingdom', foreign: true });
    expect(flight?.source.document).toMatch(/UK Government GHG Conversion Factors/);
    const meal = result.lines[8]?.factor;
    expect(meal).toMatchObject({ value: '2.5', from: 'organizer', year: null });
    expect(result.notes.join(' ')).toMatch(/foreign factors are used/);
    expect(result.lines[0]?.text).toBe(
      'Purchased electricity: 1200 kWh × 0.2472 kg CO2e per kWh (South-west China grid, 2023, 生态环境部、国家统计局：2023年电力二氧化碳排放因子, unconfirmed) = 0.29664 tCO2e',
    );
  });

  it('uses Sichuan\'s own provincial grid factor when the Sichuan pack overrides it', () => {
    const sichuan = {
      key: 'electricity',
      unit: 'kWh',
      region: '510000',
      year: 2022,
      value: '0.1404',
      source: { document: 'notice', clause: 'Sichuan', zh: '四川省 0.1404', en: 'Sichuan', wording: 'paraphrase' as const, basis: 'unconfirmed' as const },
    };
    const withPack = estimate(ACTIVITY, { overrides: [sichuan] });
    // 1200 kWh × 0.1404 = 168.48 kg; 2000 kWh × 0.1404 = 280.8 kg
    expect(withPack.lines[0]).toMatchObject({ tco2e: '0.16848', factor: { from: 'pack', region: '510000', year: 2022 } });
    expect(withPack.lines[2]?.tco2e).toBe('0.2808');
  });
});
