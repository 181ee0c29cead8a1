// Merging a pack with the packs it extends (national -> province -> city). The child inherits what it does
// not override: facts by name, rules by id (all dated versions of that id are replaced together),
// process steps by id, and each section of the offset policy as a whole. A pack of format 2 may also remove an
// inherited rule (`removes`, with why) and declare confirmation modes and duties (`vocabulary`, merged by id).
import type { FactorOverride, PackEstimate } from './estimate/factor-schema.js';
import type { OffsetPolicy } from './offset-policy-schema.js';
import type { PackDocument, VocabularyTerm } from './pack-schema.js';
import type { Problem } from './problems.js';
import type { PlacedFact, PlacedReading, PlacedRule, PlacedTerm, ResolvedPack } from './resolved-pack.js';

export type PackLookup = (id: string) => PackDocument | undefined;

export type ResolveResult = { ok: true; pack: ResolvedPack } | { ok: false; problems: Problem[] };

function chainOf(doc: PackDocument, lookup: PackLookup): { chain: PackDocument[] } | { problem: Problem } {
  const chain: PackDocument[] = [doc];
  const seen = new Set([doc.id]);
  let current = doc;
  while (current.extends) {
    const base = lookup(current.extends);
    const where = current === doc ? 'extends' : `extends (in base pack ${current.id})`;
    if (!base) {
      return {
        problem: {
          path: where,
          message: `extends unknown pack "${current.extends}": publish the base pack first or correct its id`,
        },
      };
    }
    if (seen.has(base.id)) {
      return { problem: { path: where, message: `extends forms a cycle through "${base.id}": a pack cannot extend itself` } };
    }
    seen.add(base.id);
    chain.unshift(base);
    current = base;
  }
  return { chain };
}

const OFFSET_SECTIONS = ['accepted', 'excluded', 'encouraged', 'coverage', 'noReuse', 'unlisted', 'retirement'] as const;

function mergeOffsets(base: OffsetPolicy, child: OffsetPolicy | undefined): OffsetPolicy {
  if (!child) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const section of OFFSET_SECTIONS) if (child[section] !== undefined) merged[section] = child[section];
  return merged as OffsetPolicy;
}

function mergeTerms(base: PlacedTerm[], own: VocabularyTerm[] | undefined, origin: string, place: (path: string) => string, field: string) {
  if (!own?.length) return base;
  const ids = new Set(own.map((t) => t.id));
  const placed = own.map((t, i) => ({ ...t, origin, sourcePath: place(`vocabulary.${field}[${i}]`) }));
  return [...base.filter((t) => !ids.has(t.id)), ...placed];
}

export function resolvePack(doc: PackDocument, lookup: PackLookup, ownRuleIndex?: number[]): ResolveResult {
  const found = chainOf(doc, lookup);
  if ('problem' in found) return { ok: false, problems: [found.problem] };
  const resolved: ResolvedPack = {
    id: doc.id,
    version: doc.version,
    title: doc.title,
    jurisdiction: doc.jurisdiction,
    inForce: doc.inForce,
    format: found.chain.some((p) => p.format === 2) ? 2 : 1,
    chain: found.chain.map((p) => ({ id: p.id, version: p.version })),
    documents: [],
    facts: [],
    readings: [],
    rules: [],
    vocabulary: { duties: [], modes: [] },
    removed: [],
    offsets: {},
    process: [],
  };
  for (const layer of found.chain) {
    const own = layer.id === doc.id;
    const place = (path: string) => (own ? path : `${layer.id}:${path}`);
    const docNumbers = new Set(layer.documents.map((d) => d.number));
    resolved.documents = [...resolved.documents.filter((d) => !docNumbers.has(d.number)), ...layer.documents];
    const factNames = new Set(layer.facts.map((f) => f.name));
    const placedFacts: PlacedFact[] = layer.facts.map((f, i) => {
      const replaces = resolved.facts.find((base) => base.name === f.name);
      return { ...f, sourcePath: place(`facts[${i}]`), origin: layer.id, ...(replaces ? { replaces } : {}) };
    });
    resolved.facts = [...resolved.facts.filter((f) => !factNames.has(f.name)), ...placedFacts];
    const readingIds = new Set(layer.readings.map((r) => r.id));
    const placedReadings: PlacedReading[] = layer.readings.map((r, i) => ({ ...r, sourcePath: place(`readings[${i}]`) }));
    resolved.readings = [...resolved.readings.filter((r) => !readingIds.has(r.id)), ...placedReadings];
    // Removals apply to what the layer inherits; a later layer that defines the id again brings a new rule back.
    for (const [i, removal] of (layer.removes ?? []).entries()) {
      const versions = resolved.rules.filter((r) => r.id === removal.rule);
      resolved.rules = resolved.rules.filter((r) => r.id !== removal.rule);
      resolved.removed.push({ ...removal, by: layer.id, sourcePath: place(`removes[${i}]`), versions });
    }
    const ruleIds = new Set(layer.rules.map((r) => r.id));
    resolved.removed = resolved.removed.filter((r) => r.by === layer.id || !ruleIds.has(r.rule));
    const placed: PlacedRule[] = layer.rules.map((r, i) => ({
      ...r,
      origin: layer.id,
      sourcePath: place(`rules[${own && ownRuleIndex ? (ownRuleIndex[i] ?? i) : i}]`),
    }));
    resolved.rules = [...resolved.rules.filter((r) => !ruleIds.has(r.id)), ...placed];
    const stepIds = new Set((layer.process ?? []).map((s) => s.id));
    resolved.process = [...resolved.process.filter((s) => !stepIds.has(s.id)), ...(layer.process ?? [])];
    resolved.offsets = mergeOffsets(resolved.offsets, layer.offsets);
    if (layer.estimate) resolved.estimate = mergeEstimate(resolved.estimate, layer.estimate);
    resolved.vocabulary = {
      duties: mergeTerms(resolved.vocabulary.duties, layer.vocabulary?.duties, layer.id, place, 'duties'),
      modes: mergeTerms(resolved.vocabulary.modes, layer.vocabulary?.modes, layer.id, place, 'modes'),
    };
  }
  return { ok: true, pack: resolved };
}

/** A layer's estimate settings over its base's: its factor set if it names one, its overrides over the same key, unit and region. */
function mergeEstimate(base: PackEstimate | undefined, layer: PackEstimate): PackEstimate {
  const same = (a: FactorOverride, b: FactorOverride) => a.key === b.key && a.unit === b.unit && a.region === b.region;
  const overrides = [...(base?.overrides ?? []).filter((o) => !(layer.overrides ?? []).some((l) => same(o, l))), ...(layer.overrides ?? [])];
  const factorSet = layer.factorSet ?? base?.factorSet;
  return { ...(factorSet ? { factorSet } : {}), ...(overrides.length ? { overrides } : {}) };
}
