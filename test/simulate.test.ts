// `tanzhong simulate` at its core (adapters/simulate/simulate-file.ts): its counts are those of answering each event
// of the file directly; against a baseline it finds exactly the events whose answer changes (Jining with its
// 200-participant threshold raised to 300: exactly the events of 200 to 299); two worker threads give the tally of
// the main thread alone; a CSV file the tally of the same events as JSON lines; lines that are no event are counted
// with their problems; and progress is shown as plain lines when stderr is not a terminal.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackRegistry } from '../app/registry.js';
import { type SimulatedPack, simulatedPack } from '../app/simulation/simulated-pack.js';
import type { SideTally } from '../app/simulation/tally.js';
import { packFolders } from '../adapters/files/pack-folders.js';
import { eventCsvHeader, eventCsvRow } from '../adapters/simulate/csv-events.js';
import { Progress } from '../adapters/simulate/progress.js';
import { simulateFile } from '../adapters/simulate/simulate-file.js';
import { type CompiledPack, evaluate, type EventInput, ExactDecimal, formatDecimal } from '../engine/index.js';
import { tempDir, tightenedJining, writePopulation } from './support/simulation.js';

const dir = tempDir();
const registry = new PackRegistry(packFolders());
let tightRegistry: PackRegistry;

function packOf(from: PackRegistry, id: string): SimulatedPack {
  const choice = simulatedPack(from, id);
  if (choice.kind !== 'ok') throw new Error(`no pack ${id}: ${choice.kind}`);
  return choice.pack;
}

beforeAll(async () => {
  await registry.refresh();
  mkdirSync(join(dir, 'packs', 'cn-shandong-jining'), { recursive: true });
  writeFileSync(join(dir, 'packs', 'cn-shandong-jining', 'pack.json'), JSON.stringify(tightenedJining()));
  tightRegistry = new PackRegistry(packFolders([join(dir, 'packs')]));
  await tightRegistry.refresh();
});

/** The counts of one pack, worked out the slow way: every line answered by the engine directly. */
async function directCounts(compiled: CompiledPack, events: EventInput[]): Promise<SideTally> {
  const side: SideTally = { answered: 0, failed: 0, obligations: {}, emissions: {}, decidedBy: {}, duties: {} };
  const sums = new Map<string, InstanceType<typeof ExactDecimal>>();
  for (const event of events) {
    const d = await evaluate(compiled, event, { detail: 'decision' });
    side.answered++;
    side.obligations[d.obligation] = (side.obligations[d.obligation] ?? 0) + 1;
    if (d.decidedBy && d.obligation !== 'undetermined') side.decidedBy[d.decidedBy] = (side.decidedBy[d.decidedBy] ?? 0) + 1;
    for (const duty of d.duties) {
      const counts = (side.duties[duty.duty] ??= { events: 0, binding: 0 });
      counts.events++;
      if (duty.binding) counts.binding++;
    }
    if (event.emissionsTco2e) {
      sums.set(d.obligation, (sums.get(d.obligation) ?? new ExactDecimal(0)).plus(event.emissionsTco2e));
      const entry = (side.emissions[d.obligation] ??= { events: 0, tco2e: '0' });
      entry.events++;
    }
  }
  for (const [obligation, sum] of sums) (side.emissions[obligation as 'required'] as { tco2e: string }).tco2e = formatDecimal(sum);
  return side;
}

describe('simulate', () => {
  it('counts what answering each event of the file directly counts, and the lines that hold no event', async () => {
    const { file, events } = writePopulation(dir, 800, { seed: 5 }, 'direct.jsonl');
    appendFileSync(file, 'not json\n\n{"attendees": -1}\n{"kind": "meeting", "extra": {"onSiteAttendees": 400}}\n');
    const pack = packOf(registry, 'cn-chongqing');
    const result = await simulateFile({ file, format: 'jsonl', pack, workers: 0 });
    const { tally } = result;
    expect(tally.events).toBe(803);
    expect(tally.invalid).toBe(2);
    expect(tally.new.failed).toBe(1);
    expect(tally.new).toEqual({ ...(await directCounts(pack.compiled, events)), failed: 1 });
    // Each failure by its line: 801 is not JSON, 803 is an invalid event, 804 a custom fact Chongqing does not know.
    expect(tally.failures.map((f) => [f.line, f.side, f.problems[0]?.path])).toEqual([
      [801, 'input', 'event'],
      [803, 'input', 'attendees'],
      [804, 'new', 'extra.onSiteAttendees'],
    ]);
    // Most required events state their emissions: the sum to offset is there, exact.
    expect(Number(tally.new.emissions.required?.tco2e)).toBeGreaterThan(0);
  });

  it('finds exactly the events whose answer changes when a threshold is raised, with examples', async () => {
    const { file, events } = writePopulation(dir, 1500, { seed: 8, region: '370800' }, 'jining.jsonl');
    const result = await simulateFile({
      file,
      format: 'jsonl',
      pack: packOf(tightRegistry, 'cn-shandong-jining'),
      baseline: packOf(registry, 'cn-shandong-jining'),
      workers: 0,
      examples: 2000,
    });
    const expected = events.flatMap((e, i) => (e.attendees !== undefined && e.attendees >= 200 && e.attendees < 300 ? [i + 1] : []));
    expect(expected.length).toBeGreaterThan(20);
    expect(result.tally.changed).toBe(expected.length);
    expect(result.tally.examples.map((x) => x.line)).toEqual(expected);
    expect(result.tally.aspects.obligation).toBe(expected.length);
    // Every move is to "not covered": from encouraged, from expected (organs), or from undetermined (an organizer
    // type not given, which decides between those two at 200 but nothing below 300).
    const moves = Object.keys(result.tally.transitions).sort();
    expect(moves).toEqual(['encouraged>not-covered', 'expected>not-covered', 'undetermined>not-covered']);
    const first = result.tally.examples[0];
    expect(first && 'answer' in first.after && first.after.answer.obligation).toBe('not-covered');
  });

  it('gives on two worker threads the tally of the main thread alone', async () => {
    const { file } = writePopulation(dir, 3000, { seed: 13, region: '370000' }, 'threads.jsonl');
    const options = { file, format: 'jsonl' as const, pack: packOf(tightRegistry, 'cn-shandong-jining'), baseline: packOf(registry, 'cn-shandong-jining'), blockBytes: 16 * 1024 };
    const [threads, alone] = await Promise.all([simulateFile({ ...options, workers: 2 }), simulateFile({ ...options, workers: 0 })]);
    expect(threads.threads).toHaveLength(2);
    for (const thread of threads.threads) {
      expect(thread.blocks).toBeGreaterThan(0);
      expect(thread.events).toBeGreaterThan(0);
      expect(thread.memo.hits).toBeGreaterThan(thread.memo.misses);
    }
    expect(threads.threads.reduce((n, t) => n + t.events, 0)).toBe(3000);
    expect(alone.threads).toEqual([]);
    expect(threads.tally).toEqual(alone.tally);
    expect(alone.tally.changed).toBeGreaterThan(0);
  });

  it('reads a CSV file of events as the same events as JSON lines', async () => {
    const { file, events } = writePopulation(dir, 600, { seed: 21 }, 'same.jsonl');
    const csv = join(dir, 'same.csv');
    writeFileSync(csv, eventCsvHeader() + events.map(eventCsvRow).join(''));
    const pack = packOf(registry, 'cn-sichuan');
    const [fromJson, fromCsv] = await Promise.all([
      simulateFile({ file, format: 'jsonl', pack, workers: 0 }),
      simulateFile({ file: csv, format: 'csv', pack, workers: 0, blockBytes: 4096 }),
    ]);
    expect(fromCsv.tally.events).toBe(600);
    // Line numbers differ by the header; the counts do not.
    expect({ ...fromCsv.tally, examples: [], failures: [] }).toEqual({ ...fromJson.tally, examples: [], failures: [] });
  });

  it('refuses a CSV file whose header names no field of an event', async () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'name,attendee\nx,3\n');
    await expect(simulateFile({ file: csv, format: 'csv', pack: packOf(registry, 'cn-sichuan'), workers: 0 })).rejects.toMatchObject({
      problems: [{ path: expect.stringContaining('attendee'), message: expect.stringContaining('is not a field of an event') }],
    });
  });

  it('shows progress as plain lines when not on a terminal, and as a bar redrawn in place on one', async () => {
    const { file } = writePopulation(dir, 2000, { seed: 2 }, 'progress.jsonl');
    const size = (await import('node:fs')).statSync(file).size;
    let plain = '';
    let tty = '';
    const pack = packOf(registry, 'cn-national');
    await simulateFile({ file, format: 'jsonl', pack, workers: 0, blockBytes: 8 * 1024, progress: new Progress({ write: (t: string) => (plain += t) }, { tty: false, lang: 'en', totalBytes: size }) });
    await simulateFile({ file, format: 'jsonl', pack, workers: 0, blockBytes: 8 * 1024, progress: new Progress({ write: (t: string) => (tty += t) }, { tty: true, lang: 'en', totalBytes: size }) });
    const lines = plain.trimEnd().split('\n');
    const percents = lines.slice(0, -1).map((l) => Number(/^simulating: (\d+)% done, \d+ events$/.exec(l)?.[1]));
    expect(percents.length).toBeGreaterThanOrEqual(5);
    expect(percents.every((p, i) => Number.isInteger(p) && (i === 0 || p > (percents[i - 1] as number)))).toBe(true);
    expect(percents.at(-1)).toBe(100);
    expect(lines.at(-1)).toMatch(/^simulated 2000 events in [\d.]+ s$/);
    expect(plain).not.toContain('\r');
    // On a terminal: one line, redrawn with carriage returns, a bar, and the closing line.
    expect(tty).toMatch(/^\r\[#*\.*\] simulating: /);
    expect(tty.split('\n')).toHaveLength(2);
    expect(tty).toMatch(/simulated 2000 events in [\d.]+ s\n$/);
  });
});

