// The parts of an answer that do not depend on the event — the pack's title, its offset policy, its process, the
// rules it removed, each rule's reason — put into words once per pack version and language, frozen, and shared by
// every answer. An evaluation builds only what the event changes.
import { offsetsOf, processOf, reasonOf, removedOf } from './answer-parts.js';
import type { CompiledPack } from './compile-pack.js';
import type { Determination, Reason, RemovedRule } from './determination.js';
import type { PlacedRule } from './resolved-pack.js';
import type { Lang } from './vocabulary.js';

export interface PackWords {
  title: string;
  offsets: Determination['offsets'];
  process: Determination['process'];
  removed: RemovedRule[];
  reason(rule: PlacedRule): Reason;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const cache = new WeakMap<CompiledPack, Partial<Record<Lang, PackWords>>>();

export function packWords(compiled: CompiledPack, lang: Lang): PackWords {
  let byLang = cache.get(compiled);
  if (!byLang) cache.set(compiled, (byLang = {}));
  const cached = byLang[lang];
  if (cached) return cached;
  const { pack } = compiled;
  const reasons = new Map(pack.rules.map((rule) => [rule, deepFreeze(reasonOf(rule, lang))]));
  const words: PackWords = {
    title: pack.title[lang],
    offsets: deepFreeze(offsetsOf(pack.offsets, undefined, lang)),
    process: deepFreeze(processOf(pack, lang)),
    removed: deepFreeze(removedOf(pack, lang)),
    reason: (rule) => reasons.get(rule) ?? reasonOf(rule, lang),
  };
  byLang[lang] = words;
  return words;
}
