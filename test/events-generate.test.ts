// `tanzhong events generate`: a synthetic population, the same for the same seed (and a smaller one the beginning
// of a larger), as JSON lines or CSV that read back to the same events, every event valid, and drawn from the
// distribution docs/simulation.md documents (app/simulation/population.ts), within a sampling margin.
import { describe, expect, it } from 'vitest';
import {
  ATTENDEES,
  DURATION_DAYS,
  EMISSIONS,
  generateEvents,
  KIND_SHARES,
  MISSING,
  OFFSET_PLAN,
  ORGANIZER_TYPE_SHARES,
} from '../app/simulation/population.js';
import { eventOfRecord, parseCsvRecords } from '../adapters/simulate/csv-events.js';
import { type EventInput, type EventKind, validateEvent } from '../engine/index.js';
import { runCliInProcess } from './support/cli.js';

const N = 20_000;
const population = [...generateEvents(N, { seed: 1 })];
const share = (n: number, of: number) => n / of;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('tanzhong events generate', () => {
  it('writes the same events for the same seed, other events for another, and a smaller population is the start of a larger', async () => {
    const [a, b, other, small] = await Promise.all([
      runCliInProcess(['events', 'generate', '--count', '400', '--seed', '42']),
      runCliInProcess(['events', 'generate', '--count', '400', '--seed', '42']),
      runCliInProcess(['events', 'generate', '--count', '400', '--seed', '43']),
      runCliInProcess(['events', 'generate', '--count', '150', '--seed', '42']),
    ]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    const lines = a.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(400);
    expect(b.stdout).toBe(a.stdout);
    expect(other.stdout).not.toBe(a.stdout);
    expect(a.stdout.startsWith(small.stdout)).toBe(true);
    // The CLI writes what the generator makes.
    expect(lines.map((l) => JSON.parse(l))).toEqual([...generateEvents(400, { seed: 42 })]);
  });

  it('writes CSV that reads back to the same events', async () => {
    const [jsonl, csv] = await Promise.all([
      runCliInProcess(['events', 'generate', '--count', '300', '--seed', '9']),
      runCliInProcess(['events', 'generate', '--count', '300', '--seed', '9', '--format', 'csv']),
    ]);
    const [header, ...records] = parseCsvRecords(csv.stdout, 1);
    const events = records.map((r) => eventOfRecord(header?.cells ?? [], r.cells));
    expect(events).toEqual(jsonl.stdout.trimEnd().split('\n').map((l) => ({ event: JSON.parse(l) })));
    // Some events carry an offset plan, as JSON in its cell.
    expect(events.some((e) => 'event' in e && Array.isArray(e.event.offsets))).toBe(true);
  });

  it('holds every event to its region and dates when asked', async () => {
    const run = await runCliInProcess(['events', 'generate', '--count', '200', '--seed', '3', '--region', '510100', '--start', '2027-01-01', '--days', '31']);
    const events = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as EventInput);
    expect(events.every((e) => e.name?.startsWith('成都市'))).toBe(true);
    const starts = events.flatMap((e) => (e.startDate ? [e.startDate] : []));
    expect(starts.every((d) => d >= '2027-01-01' && d <= '2027-01-31')).toBe(true);
  });

  it('refuses bad options with one line each, naming the option', async () => {
    const run = await runCliInProcess(['events', 'generate', '--count', '-3', '--seed', 'x', '--format', 'xml', '--region', '999999', '--start', '2026-02-30']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    for (const option of ['--count', '--seed', '--format', '--start', '--region']) expect(lines.some((l) => l.startsWith(`${option}: `))).toBe(true);
  });

  it('makes valid events only', () => {
    const invalid = population.filter((e) => !validateEvent(JSON.parse(JSON.stringify(e))).ok);
    expect(invalid).toEqual([]);
  });

  it('draws kinds and organizers in the documented shares', () => {
    for (const [kind, expected] of KIND_SHARES) {
      expect(Math.abs(share(population.filter((e) => e.kind === kind).length, N) - expected)).toBeLessThan(0.015);
    }
    const typed = population.filter((e) => e.organizer?.type);
    expect(share(typed.length, N)).toBeCloseTo(1 - MISSING.organizerType, 2);
    for (const [type, expected] of ORGANIZER_TYPE_SHARES) {
      expect(Math.abs(share(typed.filter((e) => e.organizer?.type === type).length, typed.length) - expected)).toBeLessThan(0.015);
    }
  });

  it('draws sizes around the documented medians and lengths within the documented ranges', () => {
    for (const [kind, { median: expected }] of Object.entries(ATTENDEES) as [EventKind, { median: number }][]) {
      const sizes = population.filter((e) => e.kind === kind && e.attendees !== undefined).map((e) => e.attendees as number);
      expect(Math.abs(median(sizes) / expected - 1)).toBeLessThan(0.15);
    }
    expect(share(population.filter((e) => e.attendees === undefined).length, N)).toBeLessThan(MISSING.attendees + 0.01);
    for (const e of population) {
      if (!e.startDate || !e.endDate || !e.kind) continue;
      const [shortest, longest] = DURATION_DAYS[e.kind];
      const length = days(e.startDate, e.endDate) + 1;
      expect(length).toBeGreaterThanOrEqual(shortest);
      expect(length).toBeLessThanOrEqual(longest);
    }
    const starts = population.flatMap((e) => (e.startDate ? [e.startDate] : []));
    expect(starts.every((d) => d >= '2026-01-01' && d <= '2026-12-31')).toBe(true);
    expect(Math.abs(share(N - starts.length, N) - MISSING.dates)).toBeLessThan(0.005);
  });

  it('gives emissions and offset plans to the documented shares of events', () => {
    const sized = population.filter((e) => e.attendees !== undefined);
    const withEmissions = sized.filter((e) => e.emissionsTco2e !== undefined);
    expect(Math.abs(share(withEmissions.length, sized.length) - EMISSIONS.given)).toBeLessThan(0.02);
    const withPlans = withEmissions.filter((e) => e.offsets);
    expect(Math.abs(share(withPlans.length, withEmissions.length) - OFFSET_PLAN)).toBeLessThan(0.006);
    // Emissions grow with the event: the larger half of meetings emits more in total than the smaller half.
    const meetings = withEmissions.filter((e) => e.kind === 'meeting').sort((a, b) => (a.attendees as number) - (b.attendees as number));
    const total = (list: EventInput[]) => list.reduce((sum, e) => sum + Number(e.emissionsTco2e), 0);
    expect(total(meetings.slice(meetings.length / 2))).toBeGreaterThan(5 * total(meetings.slice(0, meetings.length / 2)));
  });
});
