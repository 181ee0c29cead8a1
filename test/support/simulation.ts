// Simulation fixtures: a pack variant with a tightened threshold, events files written to a temporary folder, and
// the direct count of a file's answers that the simulation must equal.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POLICIES_DIR } from '../../adapters/files/pack-files.js';
import { generateEvents, type PopulationOptions } from '../../app/simulation/population.js';

/** Jining's pack with its 200-participant threshold raised to 300 (under its own id when `id` is given). */
export function tightenedJining(id = 'cn-shandong-jining', version = '1.2.0'): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(join(POLICIES_DIR, 'cn-shandong-jining', 'pack.json'), 'utf8')) as Record<string, unknown>;
  const tighten = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(tighten);
    if (typeof node !== 'object' || node === null) return node;
    const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, tighten(v)]));
    if (copy.fact === 'attendees' && copy.value === 200) copy.value = 300;
    return copy;
  };
  return { ...doc, id, version, rules: tighten(doc.rules) };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tanzhong-simulate-'));
}

/** `count` generated events as JSON lines in `dir`; returns the file and the events. */
export function writePopulation(dir: string, count: number, options: PopulationOptions, name = 'events.jsonl') {
  const events = [...generateEvents(count, options)];
  const file = join(dir, name);
  writeFileSync(file, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  return { file, events };
}

/** A new version of Sichuan's pack whose registration also binds events of 1000 or more (as Chengdu's pack does). */
export function registeringSichuanDraft(version: string): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(join(POLICIES_DIR, 'cn-sichuan', 'pack.json'), 'utf8')) as {
    facts: unknown[];
    rules: { id: string; conditions: unknown }[];
  } & Record<string, unknown>;
  const attendees = { name: 'attendees', type: 'integer', question: { zh: '参与人数是多少？', en: 'How many take part?' } };
  const rules = doc.rules.map((r) =>
    r.id === 'duty.register-event' ? { ...r, conditions: { any: [{ fact: 'attendees', operator: 'greaterThanInclusive', value: 1000 }, r.conditions] } } : r,
  );
  const { $schema: _schema, ...rest } = doc as Record<string, unknown>;
  return { ...rest, version, facts: [...doc.facts, attendees], rules };
}
