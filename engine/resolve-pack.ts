// Merging a pack with the packs it extends (national -> province -> city). The child inherits what it does
// not override: facts by name, rules by id (all dated versions of that id are replaced together),
// process steps by id, and each section of the offset policy as a whole.
import type { OffsetPolicy, PackDocument } from './pack-schema.js';
import type { Problem } from './problems.js';
import type { PlacedFact, PlacedReading, PlacedRule, ResolvedPack } from './resolved-pack.js';

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

export function resolvePack(doc: PackDocument, lookup: PackLookup, ownRuleIndex?: number[]): ResolveResult {
  const found = chainOf(doc, lookup);
  if ('problem' in found) return { ok: false, problems: [found.problem] };
  const resolved: ResolvedPack = {
    id: doc.id,
    version: doc.version,
    title: doc.title,
    jurisdiction: doc.jurisdiction,
    inForce: doc.inForce,
    chain: found.chain.map((p) => ({ id: p.id, version: p.version })),
    documents: [],
    facts: [],
    readings: [],
    rules: [],
    offsets: {},
    process: [],
  };
  for (const layer of found.chain) {
    const own = layer.id === doc.id;
    const place = (path: string) => (own ? path : `${layer.id}:${path}`);
    const docNumbers = new Set(layer.documents.map((d) => d.number));
    resolved.documents = [...resolved.documents.filter((d) => !docNumbers.has(d.number)), ...layer.documents];
    const factNames = new Set(layer.facts.map((f) => f.name));
    const placedFacts: PlacedFact[] = layer.facts.map((f, i) => ({ ...f, sourcePath: place(`facts[${i}]`) }));
    resolved.facts = [...resolved.facts.filter((f) => !factNames.has(f.name)), ...placedFacts];
    const readingIds = new Set(layer.readings.map((r) => r.id));
    const placedReadings: PlacedReading[] = layer.readings.map((r, i) => ({ ...r, sourcePath: place(`readings[${i}]`) }));
    resolved.readings = [...resolved.readings.filter((r) => !readingIds.has(r.id)), ...placedReadings];
    const ruleIds = new Set(layer.rules.map((r) => r.id));
    const placed: PlacedRule[] = layer.rules.map((r, i) => ({
      ...r,
      origin: layer.id,
      sourcePath: place(`rules[${own && ownRuleIndex ? (ownRuleIndex[i] ?? i) : i}]`),
    }));
    resolved.rules = [...resolved.rules.filter((r) => !ruleIds.has(r.id)), ...placed];
    const stepIds = new Set((layer.process ?? []).map((s) => s.id));
    resolved.process = [...resolved.process.filter((s) => !stepIds.has(s.id)), ...(layer.process ?? [])];
    resolved.offsets = mergeOffsets(resolved.offsets, layer.offsets);
  }
  return { ok: true, pack: resolved };
}
