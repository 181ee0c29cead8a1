// The packs as published before pack format 2 (test/fixtures/published/), and what an answer is reduced to when
// comparing it with the answers recorded then: obligation, duties with dates, confirmation modes, reasons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CompiledPack, compilePack, type Determination, evaluate, type PackDocument } from '../../engine/index.js';

export const PUBLISHED_DIR = fileURLToPath(new URL('../fixtures/published', import.meta.url));

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(PUBLISHED_DIR, name), 'utf8'));

/** `<id>@<version>` -> the `<id>@<version>` of the base it was published over (null: no base). */
export const PUBLISHED = (readJson('manifest.json') as { packs: Record<string, string | null> }).packs;

export interface PublishedCase {
  pack: string;
  name: string;
  event: unknown;
  asOf?: string;
  readings?: Record<string, string>;
  lang?: 'zh' | 'en';
}

export const PUBLISHED_CASES = (readJson('events.json') as { cases: PublishedCase[] }).cases;

/** The cases a published version answers in the table: its own pack's, its base's, and every case for the national pack. */
export function casesFor(key: string): PublishedCase[] {
  const id = key.split('@')[0] as string;
  const base = PUBLISHED[key]?.split('@')[0];
  return PUBLISHED_CASES.filter((c) => id === 'cn-national' || c.pack === id || c.pack === base);
}

export function publishedRaw(key: string): unknown {
  return readJson(`${key}.json`);
}

/** Compiles a published version over the base it was published with; throws with every problem if it is rejected. */
export function compilePublished(key: string): CompiledPack {
  const base = PUBLISHED[key];
  const lookup = (id: string): PackDocument | undefined => {
    if (!base || !base.startsWith(`${id}@`)) return undefined;
    const compiled = compilePack(publishedRaw(base), () => undefined);
    return compiled.ok ? compiled.doc : undefined;
  };
  const result = compilePack(publishedRaw(key), lookup);
  if (!result.ok) throw new Error(`${key} is rejected:\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  return result.compiled;
}

export interface AnswerPrint {
  obligation?: string;
  obligationAtLeast?: string;
  duties?: [string, string | null, boolean][];
  confirmation?: string[];
  reasons?: string[];
  missingFacts?: string[];
  error?: string;
}

export function printOf(d: Determination): AnswerPrint {
  return {
    obligation: d.obligation,
    ...(d.obligationAtLeast ? { obligationAtLeast: d.obligationAtLeast } : {}),
    duties: d.duties.map((x): [string, string | null, boolean] => [x.duty, x.due, x.binding]).sort((a, b) => a[0].localeCompare(b[0])),
    confirmation: [...d.confirmation.modes].sort(),
    reasons: d.reasons.map((r) => r.rule),
    missingFacts: [...d.missingFacts].sort(),
  };
}

/** One case under one published pack: the readings a case names apply only to the pack that declares them. */
export async function answerPrint(compiled: CompiledPack, c: PublishedCase): Promise<AnswerPrint> {
  const known = new Set(compiled.pack.readings.map((r) => r.id));
  const readings = Object.fromEntries(Object.entries(c.readings ?? {}).filter(([id]) => known.has(id)));
  try {
    return printOf(await evaluate(compiled, c.event, { asOf: c.asOf, lang: c.lang, readings }));
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] };
  }
}
