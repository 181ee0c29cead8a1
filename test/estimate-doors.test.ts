// The estimate through every door: POST /v1/estimate (and a participant's own footprint), `tanzhong estimate`, the
// organizer's optional estimate page, and the plan check of a Determination that has activity data but no emissions.
// Bad activity data get a clear error per field: 422 naming each field through the API, exit 1 with a line each in
// the CLI, the field's words on the page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from './support/api.js';
import { runCliInProcess } from './support/cli.js';

const ACTIVITY = {
  venue: { region: '510100' },
  phases: { holding: { energy: [{ kind: 'electricity', amount: '1000', unit: 'kWh' }], originMix: [{ city: '310000', mode: 'air-short-haul', participants: 2 }] } },
};
const BAD = {
  phases: {
    holding: {
      energy: [{ kind: 'electricity', amount: '-3', unit: 'kWh' }],
      fuels: [{ fuel: 'diesel', amount: '10', unit: 'gallon' }],
      travel: [{ mode: 'rocket', amount: '10', unit: 'passenger-km' }],
      originMix: [{ city: '999900', mode: 'rail', participants: 3 }],
    },
  },
};
const BAD_FIELDS = [
  'activity.phases.holding.energy[0].amount',
  'activity.phases.holding.fuels[0].unit',
  'activity.phases.holding.travel[0].mode',
  'activity.phases.holding.originMix[0].city',
  'activity.venue.region',
];

let api: Awaited<ReturnType<typeof makeApp>>;
let dir: string;
beforeAll(async () => {
  api = await makeApp(':memory:');
  dir = mkdtempSync(join(tmpdir(), 'tanzhong-estimate-'));
});

describe('POST /v1/estimate', () => {
  it('estimates under the pack\'s factors: Sichuan\'s own grid factor for a Sichuan venue (1000 kWh × 0.1404 = 0.1404 t)', async () => {
    const res = await api.call('POST', '/v1/estimate', { activity: ACTIVITY, pack: 'cn-sichuan', lang: 'en' });
    expect(res.status).toBe(200);
    expect(res.json.pack.id).toBe('cn-sichuan');
    expect(res.json.lines[0]).toMatchObject({ tco2e: '0.1404', factor: { value: '0.1404', region: '510000', from: 'pack', year: 2022 } });
    // Shanghai–Chengdu 1659 km (great circle) × 2 people × 2 = 6636 passenger-km × 0.18592 = 1233.76512 kg
    expect(res.json.lines[1]).toMatchObject({ factorAmount: '6636', tco2e: '1.23376512', factor: { foreign: true } });
    expect(res.json.total).toBe('1.37416512'); // 0.1404 + 1.23376512
  });

  it('without a pack uses the default set: the South-west regional grid', async () => {
    const res = await api.call('POST', '/v1/estimate', { activity: ACTIVITY });
    expect(res.json.lines[0].factor).toMatchObject({ value: '0.2472', region: 'south-west' });
    expect(res.json.factorSet.id).toBe('cn-2023');
  });

  it('states the fallback to the national factor for a venue outside every grid', async () => {
    const res = await api.call('POST', '/v1/estimate', { activity: { venue: { region: '810000' }, phases: { holding: { energy: [{ kind: 'electricity', amount: '10', unit: 'kWh' }] } } }, lang: 'en' });
    expect(res.json.lines[0].factor).toMatchObject({ region: 'national', value: '0.5306', fallback: { reason: 'unknown-region' } });
    expect(res.json.notes[0]).toMatch(/national grid average factor/);
  });

  it('refuses bad activity data with 422 naming every field', async () => {
    const res = await api.call('POST', '/v1/estimate', { activity: BAD });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('invalid_activity');
    expect(res.json.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([...BAD_FIELDS].sort());
    const unit = res.json.error.issues.find((i: { path: string }) => i.path.endsWith('.unit'));
    expect(unit.message).toBe('unknown unit "gallon": must be one of: kg, t, L');
  });

  it('refuses an unknown factor set and an unknown pack', async () => {
    const set = await api.call('POST', '/v1/estimate', { activity: ACTIVITY, factorSet: 'cn-1999' });
    expect(set.status).toBe(422);
    expect(set.json.error.issues[0].path).toBe('factorSet');
    const pack = await api.call('POST', '/v1/estimate', { activity: ACTIVITY, pack: 'cn-tibet' });
    expect(pack.status).toBe(404);
  });

  it('gives one participant\'s own footprint, for voluntary participant offsetting', async () => {
    const res = await api.call('POST', '/v1/estimate/participant', { participant: { venue: '510100', from: '310000', mode: 'air-short-haul', nights: '2' } });
    expect(res.status).toBe(200);
    // 1659 km × 2 = 3318 passenger-km × 0.18592 = 616.88256 kg; 2 room-nights × 53.5 = 107 kg
    expect(res.json.lines.map((l: { tco2e: string }) => l.tco2e)).toEqual(['0.61688256', '0.107']);
    expect(res.json.total).toBe('0.72388256');
    const bad = await api.call('POST', '/v1/estimate/participant', { participant: { venue: '510100', from: '999900', mode: 'rail', nights: '-1' } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['participant.from', 'participant.nights']);
  });
});

describe('the plan check of a Determination', () => {
  it('checks the plan against the estimate when no emissions are given, and says it is an estimate', async () => {
    const event = {
      kind: 'meeting',
      attendees: 300,
      startDate: '2026-10-10',
      endDate: '2026-10-11',
      offsets: [{ instrument: 'CCER', quantityTco2e: '1' }],
      activity: ACTIVITY,
    };
    const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-sichuan', lang: 'en', event });
    expect(res.status).toBe(200);
    const check = res.json.offsets.check;
    expect(check.emissions).toBe('1.37416512');
    expect(check.estimate).toMatchObject({ totalTco2e: '1.37416512', factorSet: 'cn-2023' });
    expect(check.sufficient).toBe(false);
    expect(check.estimate.text).toMatch(/It is an estimate/);
    expect(res.json.warnings).toContain(check.estimate.text);
    expect(res.json.missingFacts).not.toContain('emissionsTco2e');
  });

  it('uses the given emissions when there are some, and names bad activity data in the event', async () => {
    const given = await api.call('POST', '/v1/evaluate', {
      pack: 'cn-sichuan',
      event: { startDate: '2026-10-10', emissionsTco2e: '0.5', offsets: [{ instrument: 'CCER', quantityTco2e: '1' }], activity: ACTIVITY },
    });
    expect(given.json.offsets.check).toMatchObject({ emissions: '0.5', sufficient: true });
    expect(given.json.offsets.check.estimate).toBeUndefined();
    const bad = await api.call('POST', '/v1/evaluate', { pack: 'cn-sichuan', event: { startDate: '2026-10-10', activity: BAD } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['event.activity.phases.holding.fuels[0].unit', 'event.activity.phases.holding.originMix[0].city']));
  });
});

describe('tanzhong estimate', () => {
  it('prints every line with its arithmetic and source, the sums and the total', async () => {
    const file = join(dir, 'activity.json');
    writeFileSync(file, JSON.stringify(ACTIVITY));
    const run = await runCliInProcess(['estimate', file, '--pack', 'cn-sichuan', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Purchased electricity: 1000 kWh × 0.1404 kg CO2e per kWh (Sichuan, 2022');
    expect(run.stdout).toContain('Total: 1.37416512 tCO2e');
    const json = await runCliInProcess(['estimate', file, '--json']);
    expect(JSON.parse(json.stdout).total).toBe('1.48096512'); // 0.2472 + 1.23376512
  });

  it('exits 1 with a line per bad field', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(BAD));
    const run = await runCliInProcess(['estimate', file, '--lang', 'en']);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.map((l) => l.split(':')[0]).sort()).toEqual(BAD_FIELDS.map((f) => f.replace(/^activity\./, '')).sort());
  });
});

describe('the estimate page', () => {
  it('shows the defaults as defaults, and draws the estimate by phase and source without any script', async () => {
    const form = await api.request('GET', '/estimate?lang=en&pack=cn-chongqing');
    expect(form.status).toBe(200);
    expect(form.text).toContain('default: 5000');
    expect(form.text).not.toContain('<script');
    const res = await api.request('GET', '/estimate?lang=en&pack=cn-chongqing&run=1&o1city=510100&o1mode=high-speed-rail&o1n=40');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<svg');
    expect(res.text).toContain('Emissions by phase and source');
    expect(res.text).toMatch(/These values are the defaults, unchanged: .*Electricity while the event is held/);
    expect(res.text).not.toContain('<script');
    expect(res.text).not.toMatch(/\b500000\b(?![^<]*")/);
  });

  it('names the field of a bad value in words', async () => {
    const res = await api.request('GET', '/estimate?lang=en&run=1&elec=-5');
    expect(res.status).toBe(422);
    expect(res.text).toContain('Electricity while the event is held (kWh)');
  });
});
