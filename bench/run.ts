// npm run bench: how evaluation costs compare, as ratios (absolute times vary by machine; ratios travel).
//   engine/raw      full evaluate() against json-rules-engine's bare engine.run() on the same facts
//   plan50/no-plan  an event with a 50-line offset plan against one without
//   per pack        each pack against the national pack
import { PackRegistry } from '../app/registry.js';
import { packFolders } from '../adapters/files/pack-folders.js';
import { type CompiledPack, evaluate, todayInChina } from '../engine/index.js';

// The shipped packs as in effect today, compiled through the registry every door uses.
const registry = new PackRegistry(packFolders());
await registry.refresh();
const library = { packs: new Map<string, CompiledPack>() };
for (const id of registry.packIds()) {
  const result = registry.resolve(id, todayInChina());
  if (result.kind === 'ok') library.packs.set(id, result.resolved.compiled);
}
const ITER = Number(process.env.BENCH_ITER ?? 200);

const ROUNDS = 5;

async function once(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < ITER; i++) await fn();
  return Number(process.hrtime.bigint() - start) / ITER / 1000; // µs
}

/** Median of several rounds, after a warm-up, so one slow round (GC, JIT) does not skew a ratio. */
async function timePerOp(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await fn();
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push(await once(fn));
  return rounds.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] as number;
}

const event = {
  kind: 'meeting',
  attendees: 300,
  meetingClass: 2,
  startDate: '2026-05-10',
  endDate: '2026-05-12',
  scale: 'national',
  bidCommitsNeutrality: true,
  organizer: { type: 'party-government', level: 'provincial' },
};
const plan = {
  ...event,
  emissionsTco2e: '5000.5',
  offsets: Array.from({ length: 50 }, (_, i) => ({
    instrument: i % 2 ? 'CQCER' : 'CCER',
    quantityTco2e: `${100 + i}.25`,
    projectRegion: '500101',
    vintageStart: '2022-01-01',
    projectStartDate: '2020-01-01',
    serial: `S-${i}`,
  })),
};

const rows: [string, number][] = [];
const national = await timePerOp(() => evaluate(library.packs.get('cn-national')!, event));
for (const [id, compiled] of library.packs) {
  const full = await timePerOp(() => evaluate(compiled, event));
  const facts = Object.fromEntries(compiled.pack.facts.map((f) => [f.name, undefined]));
  const raw = await timePerOp(() => compiled.engine.run({ ...facts, $asOf: event.startDate, kind: 'meeting', attendees: 300 }));
  rows.push([`${id}: engine/raw (${compiled.pack.rules.length} rules)`, full / raw]);
  if (id !== 'cn-national') rows.push([`${id}: vs cn-national`, full / national]);
}
const cq = library.packs.get('cn-chongqing')!;
const withPlan = await timePerOp(() => evaluate(cq, plan));
const withoutPlan = await timePerOp(() => evaluate(cq, event));
rows.push(['cn-chongqing: plan50/no-plan', withPlan / withoutPlan]);

console.log(`tanzhong bench: median of ${ROUNDS} rounds of ${ITER} evaluations, ratios of time per evaluation`);
for (const [name, ratio] of rows) console.log(`${name.padEnd(48)} ${ratio.toFixed(2)}x`);
