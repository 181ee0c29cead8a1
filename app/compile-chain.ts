// Compiling a pack version with the versions of its bases: the one place a pack is compiled, whichever door asks.
// A compiled chain is cached by the content hashes of the whole chain, so a version compiles once per set of bases.
import { type CompiledPack, compilePack, type PackDocument, type Problem } from '../engine/index.js';
import type { PackVersion, UnreadablePack } from './pack-source.js';

export interface ChainLink {
  id: string;
  version: string;
  contentHash: string;
}

export interface CompiledChain {
  compiled: CompiledPack;
  /** The parsed documents of the whole chain by id: compiling a child needs its base's base too. */
  docs: ReadonlyMap<string, PackDocument>;
  /** Base first, this version last. */
  chain: ChainLink[];
}

/** A base pack that has versions, none of them in effect on the date a chain is compiled for. */
export interface BaseNotInEffect {
  packId: string;
  notInEffectOn: string;
}

/** The version of a base pack to compile against (in effect on the date asked, or the latest); undefined: none. */
export type BaseChoice = (baseId: string) => PackVersion | UnreadablePack | BaseNotInEffect | undefined;

export type ChainResult = { ok: true; value: CompiledChain } | { ok: false; problems: Problem[] };

export type ChainCache = Map<string, CompiledChain>;

interface Bases {
  chain: ChainLink[];
  docs: Map<string, PackDocument>;
  problems: Problem[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeUnreadable(base: UnreadablePack): string {
  const unread = base.problems.find((p) => p.path === '(file)');
  if (unread) return `base pack "${base.packId}" cannot be read: ${base.file} ${unread.message}`;
  return `base pack "${base.packId}" (${base.file}) is not a valid pack (${plural(base.problems.length, 'problem')}): validate it first`;
}

function compileBases(document: unknown, chooseBase: BaseChoice, cache: ChainCache, seen: string[]): Bases {
  const none: Bases = { chain: [], docs: new Map(), problems: [] };
  const baseId = (document as { extends?: unknown } | null)?.extends;
  if (typeof baseId !== 'string') return none;
  if (seen.includes(baseId)) {
    return { ...none, problems: [{ path: 'extends', message: `extends forms a cycle through "${baseId}": a pack cannot extend itself` }] };
  }
  const base = chooseBase(baseId);
  // No such base: compilePack names it at `extends`, with what to do.
  if (!base) return none;
  if ('notInEffectOn' in base) {
    const message = `base pack "${baseId}" has no version in effect on ${base.notInEffectOn}: a pack cannot answer before its base`;
    return { ...none, problems: [{ path: 'extends', message }] };
  }
  if (!('version' in base)) return { ...none, problems: [{ path: 'extends', message: describeUnreadable(base) }] };
  const compiled = compileWith(base, chooseBase, cache, seen);
  if (!compiled.ok) {
    const where = base.file ? ` (${base.file})` : '';
    const message = `base pack "${baseId}" ${base.version}${where} has ${plural(compiled.problems.length, 'problem')}: validate it first`;
    return { ...none, problems: [{ path: 'extends', message }] };
  }
  return { chain: compiled.value.chain, docs: new Map(compiled.value.docs), problems: [] };
}

/** Compiles `document` against bases already compiled; a broken base is reported as such, not as an unknown pack. */
function compileOver(document: unknown, bases: Bases): { ok: true; compiled: CompiledPack; doc: PackDocument } | { ok: false; problems: Problem[] } {
  const result = compilePack(document, (id) => bases.docs.get(id));
  if (!bases.problems.length) return result;
  const own = result.ok ? [] : result.problems.filter((p) => !p.path.startsWith('extends'));
  return { ok: false, problems: [...bases.problems, ...own] };
}

function compileWith(version: PackVersion, chooseBase: BaseChoice, cache: ChainCache, seen: string[]): ChainResult {
  const bases = compileBases(version.document, chooseBase, cache, [...seen, version.packId]);
  const chain = [...bases.chain, { id: version.packId, version: version.version, contentHash: version.contentHash }];
  const key = chain.map((link) => link.contentHash).join('>');
  const cached = bases.problems.length ? undefined : cache.get(key);
  if (cached) return { ok: true, value: cached };
  const result = compileOver(version.document, bases);
  if (!result.ok) return result;
  const value: CompiledChain = { compiled: result.compiled, docs: new Map(bases.docs).set(version.packId, result.doc), chain };
  cache.set(key, value);
  return { ok: true, value };
}

/** Compiles `version` with the bases `chooseBase` picks (every problem listed when it fails). */
export function compileChain(version: PackVersion, chooseBase: BaseChoice, cache: ChainCache): ChainResult {
  return compileWith(version, chooseBase, cache, []);
}

export type DocumentResult = { ok: true; compiled: CompiledPack } | { ok: false; problems: Problem[] };

/** A pack document not stored yet, compiled against the bases `chooseBase` picks (every problem when it fails). */
export function compileDocument(document: unknown, chooseBase: BaseChoice, cache: ChainCache): DocumentResult {
  const id = (document as { id?: unknown } | null)?.id;
  const bases = compileBases(document, chooseBase, cache, typeof id === 'string' ? [id] : []);
  const result = compileOver(document, bases);
  return result.ok ? { ok: true, compiled: result.compiled } : result;
}
