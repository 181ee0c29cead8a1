// The pack version a simulation answers with: one version of a pack (the one named, else its newest published, else
// the newest draft the asker may see), compiled with the newest published versions of its bases, as a draft is
// checked before it is published. A simulation asks "what would this version answer", whatever the day it takes
// effect. The documents of the whole chain travel with it, so a worker thread compiles the very same pack.
import { type CompiledPack, compilePack, type PackDocument, parsePackDocument, type Problem } from '../../engine/index.js';
import type { PackVersion } from '../pack-source.js';
import type { PackRegistry, ResolutionFailure } from '../registry.js';
import { latestPublished } from '../version-in-effect.js';

export interface SimulatedPack {
  compiled: CompiledPack;
  version: PackVersion;
  /** The raw documents of the chain, base first, this version last. */
  documents: unknown[];
}

export type SimulatedPackChoice = { kind: 'ok'; pack: SimulatedPack } | Exclude<ResolutionFailure, { kind: 'not-in-effect' }>;

/** The drafts the asker may simulate (a bureau's key: those of its jurisdiction); default none. */
export type DraftFilter = (version: PackVersion) => boolean;

export function simulatedPack(registry: PackRegistry, packId: string, version?: string, drafts: DraftFilter = () => false): SimulatedPackChoice {
  const visible = registry.versionsOf(packId).filter((v) => v.status === 'published' || drafts(v));
  if (!visible.length) {
    const broken = registry.unreadable().find((u) => u.packId === packId);
    if (broken) return { kind: 'invalid', packId, file: broken.file, problems: broken.problems };
    return { kind: 'unknown-pack', packId, known: registry.publishedPackIds() };
  }
  const chosen = version === undefined ? (latestPublished(visible) ?? visible.at(-1)) : visible.find((v) => v.version === version);
  if (!chosen) return { kind: 'unknown-version', packId, version: version as string, known: visible.map((v) => v.version) };
  const compiled = registry.compileDocument(chosen.document);
  if (!compiled.ok) return { kind: 'invalid', packId, version: chosen.version, problems: compiled.problems };
  return { kind: 'ok', pack: { compiled: compiled.compiled, version: chosen, documents: chainDocuments(registry, chosen.document) } };
}

/** The raw documents of the bases `registry.compileDocument` compiles against, base first, then `document`. */
function chainDocuments(registry: PackRegistry, document: unknown): unknown[] {
  const chain = [document];
  const seen = new Set<string>();
  let baseId = (document as { extends?: unknown }).extends;
  while (typeof baseId === 'string' && !seen.has(baseId)) {
    seen.add(baseId);
    const base = latestPublished(registry.versionsOf(baseId));
    if (!base) break;
    chain.unshift(base.document);
    baseId = (base.document as { extends?: unknown }).extends;
  }
  return chain;
}

/** A chain of raw documents (base first) compiled again, as a worker thread does with what it is sent. */
export function compileDocuments(documents: readonly unknown[]): { ok: true; compiled: CompiledPack } | { ok: false; problems: Problem[] } {
  const docs = new Map<string, PackDocument>();
  for (const raw of documents.slice(0, -1)) {
    const parsed = parsePackDocument(raw);
    if (parsed.doc) docs.set(parsed.doc.id, parsed.doc);
  }
  const result = compilePack(documents.at(-1), (id) => docs.get(id));
  return result.ok ? { ok: true, compiled: result.compiled } : { ok: false, problems: result.problems };
}
