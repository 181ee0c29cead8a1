// The contested readings of two packs compared (added, removed, another default, other options), and the stated
// assumptions for missing facts (a fact the pack assumes a value for when an event does not give it).
import { DIFF_WORDS } from '../lexicon/diff-explain.js';
import { factName, valueName } from '../lexicon/facts.js';
import { fill, list } from '../lexicon/words.js';
import type { PlacedReading, ResolvedPack } from '../resolved-pack.js';
import type { Lang } from '../vocabulary.js';
import { inBoth, type PackChange, sameJson } from './pack-change.js';

const optionLabel = (reading: PlacedReading, id: string, lang: Lang) => reading.options.find((o) => o.id === id)?.label[lang] ?? id;
const defaultCitation = (r: PlacedReading) => r.options.find((o) => o.id === r.default)?.citation;

function readingChanges(a: PlacedReading, b: PlacedReading): PackChange[] {
  const changes: PackChange[] = [];
  const question = (lang: Lang) => b.question[lang];
  const base = { area: 'readings' as const, reading: b.id };
  if (a.default !== b.default) {
    const text = inBoth((lang) => fill(DIFF_WORDS.readingDefault[lang], { question: question(lang), before: optionLabel(a, a.default, lang), after: optionLabel(b, b.default, lang) }));
    const citations = { ...(defaultCitation(a) ? { before: defaultCitation(a) } : {}), ...(defaultCitation(b) ? { after: defaultCitation(b) } : {}) };
    changes.push({ ...base, kind: 'reading-default', before: a.default, after: b.default, citations, text });
  }
  const ids = (r: PlacedReading) => r.options.map((o) => o.id).sort();
  if (!sameJson(ids(a), ids(b))) {
    const labels = (r: PlacedReading, lang: Lang) => list(r.options.map((o) => o.label[lang]), lang);
    const text = inBoth((lang) => fill(DIFF_WORDS.readingOptions[lang], { question: question(lang), before: labels(a, lang), after: labels(b, lang) }));
    changes.push({ ...base, kind: 'reading-options', before: ids(a), after: ids(b), citations: {}, text });
  }
  return changes;
}

export function readingsChanges(before: ResolvedPack, after: ResolvedPack): PackChange[] {
  const changes: PackChange[] = [];
  for (const b of after.readings) {
    const a = before.readings.find((r) => r.id === b.id);
    if (a) {
      changes.push(...readingChanges(a, b));
      continue;
    }
    const cited = defaultCitation(b);
    const text = inBoth((lang) => fill(DIFF_WORDS.readingAdded[lang], { question: b.question[lang], after: optionLabel(b, b.default, lang) }));
    changes.push({ area: 'readings', kind: 'reading-added', reading: b.id, after: { default: b.default, options: b.options.map((o) => o.id) }, citations: cited ? { after: cited } : {}, text });
  }
  for (const a of before.readings) {
    if (after.readings.some((r) => r.id === a.id)) continue;
    const cited = defaultCitation(a);
    const text = inBoth((lang) => fill(DIFF_WORDS.readingRemoved[lang], { question: a.question[lang] }));
    changes.push({ area: 'readings', kind: 'reading-removed', reading: a.id, before: { default: a.default, options: a.options.map((o) => o.id) }, citations: cited ? { before: cited } : {}, text });
  }
  return changes;
}

export function assumptionChanges(before: ResolvedPack, after: ResolvedPack): PackChange[] {
  const changes: PackChange[] = [];
  for (const b of after.facts) {
    const a = before.facts.find((f) => f.name === b.name);
    if (!a) continue;
    const [x, y] = [a.assumeWhenMissing, b.assumeWhenMissing];
    if (sameJson(x?.value ?? null, y?.value ?? null)) continue;
    const say = (assumed: typeof x, facts: ResolvedPack['facts'], lang: Lang) =>
      assumed ? valueName(b.name, assumed.value, lang, facts) : DIFF_WORDS.nothing[lang];
    const text = inBoth((lang) =>
      fill(DIFF_WORDS.assumption[lang], { fact: factName(b.name, lang, after.facts), before: say(x, before.facts, lang), after: say(y, after.facts, lang) }),
    );
    const citations = { ...(x ? { before: x.citation } : {}), ...(y ? { after: y.citation } : {}) };
    changes.push({ area: 'assumptions', kind: 'assumption', fact: b.name, before: x?.value ?? null, after: y?.value ?? null, citations, text });
  }
  return changes;
}
