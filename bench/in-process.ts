// Part a of `npm run bench`: evaluations per second in this process, on the same generated events, of
//   tanzhong          evaluate() from engine/index.ts: the full Determination, on the compiled shipped pack;
//   tanzhong decision evaluate(..., { detail: 'decision' }), once it exists (a result without `summary`);
//   json-rules-engine its Engine bare on the same pack's rules (one per pack, reused), facts read from the event;
//   hand-written      bench/hand-written/: the pack's scope decision and due dates by hand: the limit.
// Rounds are interleaved (every path once per round) and each figure is the median round, so drift and a slow
// round (GC, JIT) touch every path alike.
import { Engine, Rule } from 'json-rules-engine';
import { packFolders } from '../adapters/files/pack-folders.js';
import { PackRegistry } from '../app/registry.js';
import { type CompiledPack, type Determination, evaluate, type EvaluateOptions, readFact, todayInChina } from '../engine/index.js';
import { CUSTOM_OPERATORS } from '../engine/operators.js';
import { chooseReadings, readingFacts } from '../engine/readings.js';
import { HAND_WRITTEN, type HandDecision } from './hand-written/index.js';

export const BENCH_PACKS = ['cn-chongqing', 'cn-shandong-jining', 'cn-sichuan'] as const;

export interface PathFigure {
  path: string;
  /** Evaluations per second; null when the path does not exist yet. */
  perSecond: number | null;
  microseconds: number | null;
  /** perSecond / the hand-written function's. */
  ofLimit: number | null;
  note?: string;
}

export interface PackFigures {
  pack: string;
  version: string;
  rules: number;
  paths: PathFigure[];
  /** Events on which the hand-written function and tanzhong give the same obligation, missing facts and due dates. */
  agreement: { same: number; events: number; firstDifference?: { event: unknown; tanzhong: unknown; handWritten: unknown } };
}

/** The shipped packs as in effect today, compiled through the registry every door uses. */
export async function compiledPacks(): Promise<Map<string, CompiledPack>> {
  const registry = new PackRegistry(packFolders());
  await registry.refresh();
  const packs = new Map<string, CompiledPack>();
  for (const id of BENCH_PACKS) {
    const result = registry.resolve(id, todayInChina());
    if (result.kind !== 'ok') throw new Error(`bench: pack ${id} does not resolve (${result.kind})`);
    packs.set(id, result.resolved.compiled);
  }
  return packs;
}

/** json-rules-engine used bare: one Engine with the pack's rules (as tanzhong registers them), and a reader of facts. */
function referenceEngine(compiled: CompiledPack): (event: Record<string, unknown>) => Promise<unknown> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of CUSTOM_OPERATORS) engine.addOperator(op);
  compiled.pack.rules.forEach((rule, i) => {
    engine.addRule(new Rule({ name: `${rule.id}#${i}`, conditions: rule.conditions as never, event: { type: 'decided' }, priority: 1 }));
  });
  const fixed = { ...readingFacts(chooseReadings(compiled.pack)) };
  const names = compiled.pack.facts.map((f) => f.name);
  return (event) => {
    const facts: Record<string, unknown> = { ...fixed, $asOf: event.startDate };
    for (const name of names) facts[name] = readFact(name, event as never);
    return engine.run(facts);
  };
}

const DECISION_ONLY = { detail: 'decision' } as EvaluateOptions;

function sameAnswer(d: Determination, h: HandDecision): boolean {
  const key = (duties: { duty: string; due: string | null }[]) => duties.map((x) => `${x.duty}:${x.due}`).sort().join('|');
  const missing = d.undecided.find((u) => u.subject === 'obligation')?.missingFacts ?? [];
  return (
    d.obligation === h.obligation &&
    [...missing].sort().join(',') === [...h.missingFacts].sort().join(',') &&
    key(d.duties) === key(h.duties)
  );
}

/** Seconds of one pass of `run` over every event, `passes` times; awaits when the path is asynchronous. */
async function timePasses(run: (event: Record<string, unknown>) => unknown, events: Record<string, unknown>[], passes: number, async: boolean): Promise<number> {
  const start = process.hrtime.bigint();
  let sink = 0;
  if (async) {
    for (let p = 0; p < passes; p++) for (const e of events) if (await run(e)) sink++;
  } else {
    for (let p = 0; p < passes; p++) for (const e of events) if (run(e)) sink++;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink < 0) throw new Error('unreachable');
  return elapsed;
}

export async function measureInProcess(
  events: Record<string, unknown>[],
  options: { rounds: number; sampleSeconds: number; log: (line: string) => void },
): Promise<PackFigures[]> {
  const packs = await compiledPacks();
  const figures: PackFigures[] = [];
  for (const [id, compiled] of packs) {
    const hand = HAND_WRITTEN[id]!;
    const jre = referenceEngine(compiled);

    // The same answers first: a limit that answered differently would not be a limit.
    let same = 0;
    let firstDifference: PackFigures['agreement']['firstDifference'];
    for (const event of events) {
      const d = await evaluate(compiled, event);
      const h = hand(event);
      if (sameAnswer(d, h)) same++;
      else if (!firstDifference) {
        const missing = d.undecided.find((u) => u.subject === 'obligation')?.missingFacts;
        firstDifference = { event, tanzhong: { obligation: d.obligation, missing, duties: d.duties.map((x) => [x.duty, x.due]) }, handWritten: h };
      }
    }

    const decisionProbe = (await evaluate(compiled, events[0], DECISION_ONLY)) as Partial<Determination>;
    const decisionExists = !('summary' in decisionProbe);
    const paths: { path: string; run: (e: Record<string, unknown>) => unknown; async: boolean }[] = [
      { path: 'tanzhong (full Determination)', run: (e) => evaluate(compiled, e), async: true },
      ...(decisionExists ? [{ path: 'tanzhong decision-only', run: (e: Record<string, unknown>) => evaluate(compiled, e, DECISION_ONLY), async: true }] : []),
      { path: 'json-rules-engine bare', run: jre, async: true },
      { path: 'hand-written (limit)', run: hand, async: false },
    ];

    // Warm up each path, and find how many passes over the events make one sample of about sampleSeconds.
    const passes = new Map<string, number>();
    for (const p of paths) {
      await timePasses(p.run, events, 1, p.async);
      const one = await timePasses(p.run, events, 1, p.async);
      passes.set(p.path, Math.max(1, Math.round(options.sampleSeconds / one)));
    }
    const samples = new Map<string, number[]>(paths.map((p) => [p.path, []]));
    for (let r = 0; r < options.rounds; r++) {
      for (const p of paths) {
        const n = passes.get(p.path)!;
        const seconds = await timePasses(p.run, events, n, p.async);
        samples.get(p.path)!.push((seconds / (n * events.length)) * 1e6);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const limitUs = median(samples.get('hand-written (limit)')!);
    const rows: PathFigure[] = paths.map((p) => {
      const us = median(samples.get(p.path)!);
      return { path: p.path, perSecond: 1e6 / us, microseconds: us, ofLimit: limitUs / us };
    });
    if (!decisionExists) rows.splice(1, 0, { path: 'tanzhong decision-only', perSecond: null, microseconds: null, ofLimit: null, note: 'n/a (not implemented)' });
    figures.push({
      pack: id,
      version: compiled.pack.version,
      rules: compiled.pack.rules.length,
      paths: rows,
      agreement: { same, events: events.length, ...(firstDifference ? { firstDifference } : {}) },
    });
    options.log(`  ${id}: measured (${options.rounds} rounds)`);
  }
  return figures;
}
