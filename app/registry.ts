// The packs a door answers with, from one pack source: which version of a pack answers on a date, compiled with
// its bases. While a pack has no version in effect, the pack it extends answers, and the result says so as data
// (`fallback`) for each door to put into words. Results are typed; no door's status codes or words are made here.
import { type CalendarDate, type CompiledPack, type PackDocument, type Problem, todayInChina } from '../engine/index.js';
import { type BaseChoice, type ChainCache, type ChainLink, compileChain, compileDocument, type DocumentResult } from './compile-chain.js';
import { contentHash } from './content-hash.js';
import type { PackSource, PackVersion, UnreadablePack, VersionHead } from './pack-source.js';
import { firstPublished, latestPublished, versionInEffect } from './version-in-effect.js';

export interface ResolvedVersion {
  compiled: CompiledPack;
  version: PackVersion;
  /** Base first, the answering version last. */
  chain: ChainLink[];
  /** The parsed document of the answering version. */
  document: PackDocument;
}

/** A base pack answered because the requested pack had no version in effect on `date`. */
export interface Fallback {
  requested: string;
  answeredBy: string;
  date: CalendarDate;
  /** The day the requested pack's first version takes effect. */
  firstEffective: CalendarDate;
  /** What only the requested pack knows, set aside because its base answered: custom facts and readings. */
  setAside?: { facts: string[]; readings: string[] };
}

export type Resolution =
  | { kind: 'ok'; resolved: ResolvedVersion; fallback?: Fallback }
  | { kind: 'unknown-pack'; packId: string; known: string[] }
  | { kind: 'unknown-version'; packId: string; version: string; known: string[] }
  | { kind: 'not-in-effect'; packId: string; date: CalendarDate; firstEffective?: CalendarDate }
  | { kind: 'invalid'; packId: string; version?: string; file?: string; problems: Problem[] };

export type ResolutionFailure = Exclude<Resolution, { kind: 'ok' }>;

/** An exact chain of versions compiled (PackRegistry.resolveExact). */
export type ExactResolution =
  | { kind: 'ok'; resolved: ResolvedVersion }
  | { kind: 'unknown-version'; packId: string; version: string; known: string[] }
  /** A version of the chain whose content no longer hashes as recorded. */
  | { kind: 'changed'; packId: string; version: string; problem: string }
  | { kind: 'invalid'; packId: string; version: string; problems: Problem[] };

/** Whom a version is resolved for. */
export interface ResolveOptions {
  /**
   * The drafts the asker may name or answer with (a bureau's key: those of its jurisdiction). Default: none. A draft
   * is not public: to anyone else a pack only drafted is unknown, and a draft version too.
   */
  drafts?: (version: PackVersion) => boolean;
}

const noDrafts = () => false;

export interface RegistryOptions {
  /** How stale the loaded versions may get before refreshIfStale reloads them (other servers publish too). */
  maxAgeMs?: number;
}

const extendsOf = (document: unknown) => {
  const base = (document as { extends?: unknown } | null)?.extends;
  return typeof base === 'string' ? base : undefined;
};

const inForceFrom = (document: unknown) => (document as { inForce?: { from?: unknown } } | null)?.inForce?.from;

const versionKey = (v: { packId: string; version: string }) => `${v.packId}\u0000${v.version}`;

/** The version as held has every field the source lists now (its document is the same: same content hash). */
const sameHead = (held: PackVersion, head: VersionHead) =>
  held.status === head.status &&
  held.effectiveFrom === head.effectiveFrom &&
  held.publishedAt === head.publishedAt &&
  held.createdAt === head.createdAt &&
  held.jurisdictionCode === head.jurisdictionCode &&
  held.source === head.source &&
  held.createdBy === head.createdBy;

export class PackRegistry {
  private versions = new Map<string, PackVersion[]>();
  private broken = new Map<string, UnreadablePack>();
  private readonly cache: ChainCache = new Map();
  private loadedAt = 0;
  private readonly maxAgeMs: number;

  constructor(
    readonly source: PackSource,
    options: RegistryOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 5000;
  }

  /**
   * Brings the versions up to date with the source; call after a write. A source that lists its versions without
   * their documents (the store) is asked for that list only, and for the documents of versions not held yet: a
   * version held keeps its object (published versions never change, so their compiled chains stay cached), a
   * draft published since keeps its document. Refreshes asked while one runs share one more run after it.
   */
  refresh(): Promise<void> {
    if (!this.running) {
      this.running = this.reload().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.refresh();
      });
    return this.queued;
  }

  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;

  private async reload(): Promise<void> {
    this.loadedAt = Date.now();
    const { heads, version } = this.source;
    if (!heads || !version || !this.versions.size) {
      const { versions, unreadable } = await this.source.load();
      return this.install(versions, unreadable);
    }
    const held = new Map<string, PackVersion>();
    for (const list of this.versions.values()) for (const v of list) held.set(versionKey(v), v);
    const versions: PackVersion[] = [];
    for (const head of await heads.call(this.source)) {
      const old = held.get(versionKey(head));
      if (old && old.contentHash === head.contentHash) {
        versions.push(sameHead(old, head) ? old : { ...head, document: old.document });
        continue;
      }
      const fetched = await version.call(this.source, head.packId, head.version);
      if (fetched) versions.push(fetched);
    }
    this.install(versions, [...this.broken.values()]);
  }

  private install(versions: PackVersion[], unreadable: UnreadablePack[]): void {
    const byPack = new Map<string, PackVersion[]>();
    for (const v of versions) byPack.set(v.packId, [...(byPack.get(v.packId) ?? []), v]);
    for (const list of byPack.values()) list.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    this.versions = byPack;
    this.broken = new Map(unreadable.map((u) => [u.packId, u]));
    // Compiled chains of versions no longer there (a draft removed by an operator) are dropped.
    const hashes = new Set(versions.map((v) => v.contentHash));
    for (const key of this.cache.keys()) if (key.split('>').some((hash) => !hashes.has(hash))) this.cache.delete(key);
  }

  /** Reloads when the versions are older than maxAgeMs, so a version published through another server is seen. */
  async refreshIfStale(now = Date.now()): Promise<void> {
    if (now - this.loadedAt >= this.maxAgeMs) await this.refresh();
  }

  /** The ids of the packs with at least one readable version (drafts included). */
  packIds(): string[] {
    return [...this.versions.keys()].sort();
  }

  /** The ids of the packs with a published version: the packs the public may know of. */
  publishedPackIds(): string[] {
    return this.packIds().filter((id) => this.versions.get(id)?.some((v) => v.status === 'published'));
  }

  /** The pack files that could not be read or are not packs. */
  unreadable(): UnreadablePack[] {
    return [...this.broken.values()];
  }

  /** Every version of a pack, oldest first. */
  versionsOf(packId: string): PackVersion[] {
    return [...(this.versions.get(packId) ?? [])];
  }

  /**
   * The version that represents a pack on `date` (default today): the published one in effect, else its newest (a
   * pack whose first version takes effect later, or a draft). `inEffect` is undefined when none is in effect.
   */
  shownVersion(packId: string, date: CalendarDate = todayInChina()): { shown: PackVersion; inEffect: PackVersion | undefined } | undefined {
    const versions = this.versions.get(packId) ?? [];
    const newest = versions.at(-1);
    if (!newest) return undefined;
    const inEffect = versionInEffect(versions, date);
    return { shown: inEffect ?? newest, inEffect };
  }

  /**
   * The version answering for `packId` on `date`: the one in effect, else (a pack not in effect yet) the pack it
   * extends, with `fallback` saying so. A pack that extends none is answered by its first version before that
   * version's own period begins (the answer then says the policy was not yet in force). `version` asks for one
   * version whatever the date.
   */
  resolve(packId: string, date: CalendarDate, version?: string, options: ResolveOptions = {}): Resolution {
    return this.resolveFrom(packId, date, version, [], options.drafts ?? noDrafts);
  }

  private resolveFrom(packId: string, date: CalendarDate, version: string | undefined, requested: string[], drafts: (v: PackVersion) => boolean): Resolution {
    const all = this.versions.get(packId);
    const broken = this.broken.get(packId);
    if (!all?.length && broken) return { kind: 'invalid', packId, file: broken.file, problems: broken.problems };
    // The versions the asker may see: the published ones, and the drafts it may name.
    const versions = all?.filter((v) => v.status === 'published' || drafts(v));
    if (!versions?.length) return { kind: 'unknown-pack', packId, known: this.publishedPackIds() };
    if (version !== undefined) {
      const chosen = versions.find((v) => v.version === version);
      if (!chosen) return { kind: 'unknown-version', packId, version, known: versions.map((v) => v.version) };
      return this.compileOn(chosen, date);
    }
    const chosen = versionInEffect(versions, date);
    if (chosen) return this.compileOn(chosen, date);
    const first = firstPublished(versions);
    if (!first) return { kind: 'not-in-effect', packId, date };
    const firstEffective = first.effectiveFrom as string;
    const baseId = extendsOf(first.document);
    if (baseId) {
      if (requested.includes(baseId)) {
        return { kind: 'invalid', packId, problems: [{ path: 'extends', message: `extends forms a cycle through "${baseId}": a pack cannot extend itself` }] };
      }
      const base = this.resolveFrom(baseId, date, undefined, [...requested, packId], drafts);
      if (base.kind !== 'ok') return base;
      return { kind: 'ok', resolved: base.resolved, fallback: { requested: packId, answeredBy: base.resolved.version.packId, date, firstEffective } };
    }
    const from = inForceFrom(first.document);
    if (typeof from === 'string' && date < from) return this.compileOn(first, date);
    return { kind: 'not-in-effect', packId, date, firstEffective };
  }

  /**
   * Exactly the versions `chain` names (base first, the answering version last), compiled together whatever the
   * date: re-deriving a recorded decision. Each version must still have the content hash the chain gives, checked
   * on its document as loaded; a version this registry has not loaded is 'unknown-version' (refresh and ask again).
   */
  resolveExact(chain: readonly ChainLink[]): ExactResolution {
    const last = chain.at(-1);
    if (!last) return { kind: 'changed', packId: '', version: '', problem: 'the chain names no pack version' };
    const picked = new Map<string, PackVersion>();
    for (const link of chain) {
      const versions = this.versions.get(link.id) ?? [];
      const found = versions.find((v) => v.version === link.version);
      if (!found) return { kind: 'unknown-version', packId: link.id, version: link.version, known: versions.map((v) => v.version) };
      if (found.contentHash !== link.contentHash || !this.hashChecked(found)) {
        return { kind: 'changed', packId: link.id, version: link.version, problem: `${link.id} ${link.version} no longer has the content hash ${link.contentHash}` };
      }
      picked.set(link.id, found);
    }
    const result = compileChain(picked.get(last.id) as PackVersion, (id) => picked.get(id), this.cache);
    if (!result.ok) return { kind: 'invalid', packId: last.id, version: last.version, problems: result.problems };
    const { compiled, chain: compiledChain, docs } = result.value;
    const same = compiledChain.length === chain.length && compiledChain.every((l, i) => l.id === chain[i]?.id && l.version === chain[i]?.version && l.contentHash === chain[i]?.contentHash);
    if (!same) {
      const problem = `the versions compile as the chain ${compiledChain.map((l) => `${l.id} ${l.version}`).join(' > ')}, not the one recorded`;
      return { kind: 'changed', packId: last.id, version: last.version, problem };
    }
    const version = picked.get(last.id) as PackVersion;
    return { kind: 'ok', resolved: { compiled, version, chain: compiledChain, document: docs.get(last.id) as PackDocument } };
  }

  /** The versions whose document was hashed again and found to have its content hash (each loaded copy once). */
  private readonly hashed = new WeakSet<PackVersion>();

  private hashChecked(version: PackVersion): boolean {
    if (this.hashed.has(version)) return true;
    if (contentHash(version.document) !== version.contentHash) return false;
    this.hashed.add(version);
    return true;
  }

  /** A pack document compiled against the latest published versions of its bases (a folder checked, a draft). */
  compileDocument(document: unknown): DocumentResult {
    return compileDocument(document, this.latestBase, this.cache);
  }

  /** Every problem of a pack document, checked against the latest published versions of its bases. */
  validate(document: unknown): Problem[] {
    const result = this.compileDocument(document);
    return result.ok ? [] : result.problems;
  }

  /**
   * The title and jurisdiction of a pack, as its published version in effect gives them, else its newest published
   * one (for putting a fallback into words): never a draft's, which is not public.
   */
  describe(packId: string): Pick<PackDocument, 'title' | 'jurisdiction'> | undefined {
    const published = this.versionsOf(packId).filter((v) => v.status === 'published');
    const shown = (this.shownVersion(packId)?.inEffect ?? published.at(-1))?.document as Partial<PackDocument> | undefined;
    return shown?.title && shown.jurisdiction ? { title: shown.title, jurisdiction: shown.jurisdiction } : undefined;
  }

  private readonly latestBase: BaseChoice = (id) => latestPublished(this.versions.get(id) ?? []) ?? this.broken.get(id);

  /** `version` compiled with the versions of its bases in effect on `date`. */
  private compileOn(version: PackVersion, date: CalendarDate): Resolution {
    const onDate: BaseChoice = (id) => {
      const versions = this.versions.get(id);
      if (!versions?.length) return this.broken.get(id);
      return versionInEffect(versions, date) ?? { packId: id, notInEffectOn: date };
    };
    const result = compileChain(version, version.status === 'draft' ? this.latestBase : onDate, this.cache);
    if (!result.ok) return { kind: 'invalid', packId: version.packId, version: version.version, file: version.file, problems: result.problems };
    const { compiled, chain, docs } = result.value;
    return { kind: 'ok', resolved: { compiled, version, chain, document: docs.get(version.packId) as PackDocument } };
  }
}
