// The packs the service answers with: the shipped packs (seeded as published versions at start) and the
// versions bureaus submit through the API, kept in the store. A version is compiled once, with the versions of
// its bases in effect on the same date, and cached by the content hashes of the whole chain.
import {
  type CompiledPack,
  compilePack,
  type PackDocument,
  type Problem,
  todayInChina,
} from '../../engine/index.js';
import { compileLibrary, POLICIES_DIR, readPackDocuments } from '../files/pack-files.js';
import type { StoredPackVersion, Store } from '../storage/store.js';
import { contentHash } from './content-hash.js';
import { latestPublished, versionInEffect } from './version-choice.js';

export interface ChainLink {
  id: string;
  version: string;
  contentHash: string;
}

export interface ResolvedPackVersion {
  compiled: CompiledPack;
  version: StoredPackVersion;
  chain: ChainLink[];
  /** Set when the requested pack had no version in effect and a base pack answered instead. */
  fallback?: { requested: string; reason: string };
}

export type Resolution = { ok: true; resolved: ResolvedPackVersion } | { ok: false; status: 404 | 422; message: string };

interface Compiled {
  compiled: CompiledPack;
  /** The parsed documents of the whole chain by id, which resolving a child needs (its base's base too). */
  docs: Map<string, PackDocument>;
  chain: ChainLink[];
}

type BaseChoice = (baseId: string) => StoredPackVersion | undefined;

export class PackRegistry {
  private versions = new Map<string, StoredPackVersion[]>();
  private cache = new Map<string, Compiled>();
  private loadedAt = 0;

  /** `maxAgeMs`: how stale the in-memory list may get before a request reloads it (other servers publish too). */
  constructor(
    readonly store: Store,
    private readonly maxAgeMs = 5000,
  ) {}

  /** Reloads when the list is older than maxAgeMs, so a version published through another server is seen. */
  async refreshIfStale(now = Date.now()): Promise<void> {
    if (now - this.loadedAt >= this.maxAgeMs) await this.refresh();
  }

  /** Loads every version from the store; call after a write. */
  async refresh(): Promise<void> {
    this.loadedAt = Date.now();
    const all = await this.store.listVersions();
    const byPack = new Map<string, StoredPackVersion[]>();
    for (const v of all) byPack.set(v.packId, [...(byPack.get(v.packId) ?? []), v]);
    this.versions = byPack;
  }

  /**
   * Publishes the shipped packs (policies/) that the store does not have yet, effective from their inForce date.
   * A shipped pack whose content changed without a new version is refused: published versions never change.
   */
  async seedShipped(root = POLICIES_DIR): Promise<void> {
    const shipped = readPackDocuments(root);
    compileLibrary(shipped); // throws with every problem if a shipped pack is invalid: nothing is seeded then
    const now = new Date().toISOString();
    for (const [id, { file, raw }] of shipped) {
      const doc = raw as PackDocument;
      const hash = contentHash(raw);
      const existing = await this.store.getVersion(id, doc.version);
      if (existing) {
        if (existing.contentHash !== hash) {
          throw new Error(`${file}: version ${doc.version} differs from the published ${id} ${doc.version}; published versions never change, so give the pack a new version`);
        }
        continue;
      }
      await this.store.insertVersion({
        packId: id,
        version: doc.version,
        jurisdictionCode: doc.jurisdiction.code,
        status: 'published',
        document: raw,
        contentHash: hash,
        effectiveFrom: doc.inForce.from,
        createdAt: now,
        publishedAt: now,
        source: 'shipped',
        createdBy: null,
      });
    }
    await this.refresh();
  }

  packIds(): string[] {
    return [...this.versions.keys()].sort();
  }

  versionsOf(packId: string): StoredPackVersion[] {
    return [...(this.versions.get(packId) ?? [])].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  }

  /**
   * The version that represents a pack today: the published one in effect, else its newest (a pack whose first
   * version takes effect later, or a draft). `inEffect` is undefined when none is in effect today.
   */
  shownVersion(packId: string): { shown: StoredPackVersion; inEffect: StoredPackVersion | undefined } | undefined {
    const versions = this.versionsOf(packId);
    const newest = versions.at(-1);
    if (!newest) return undefined;
    const inEffect = versionInEffect(versions, todayInChina());
    return { shown: inEffect ?? newest, inEffect };
  }

  /** The version answering for `packId` on `date` (a base pack answers while the pack has none in effect yet). */
  resolve(packId: string, date: string | undefined, explicitVersion?: string): Resolution {
    const versions = this.versions.get(packId);
    if (!versions?.length) return { ok: false, status: 404, message: `unknown pack "${packId}"` };
    const on = date ?? todayInChina();
    const inEffect = (id: string) => versionInEffect(this.versions.get(id) ?? [], on);
    let chosen: StoredPackVersion | undefined;
    if (explicitVersion) {
      chosen = versions.find((v) => v.version === explicitVersion);
      if (!chosen) return { ok: false, status: 404, message: `pack "${packId}" has no version ${explicitVersion}` };
    } else chosen = inEffect(packId);
    if (!chosen) {
      const first = [...versions].filter((v) => v.status === 'published').sort((a, b) => ((a.effectiveFrom ?? '') < (b.effectiveFrom ?? '') ? -1 : 1))[0];
      const base = (first?.document as { extends?: string } | undefined)?.extends;
      if (!first || !base) return { ok: false, status: 422, message: `pack "${packId}" has no published version in effect on ${on}` };
      const fromBase = this.resolve(base, on);
      if (!fromBase.ok) return fromBase;
      const reason = `${packId} has no version in effect on ${on} (its first takes effect ${first.effectiveFrom}); answered under ${fromBase.resolved.compiled.pack.id}, which it extends`;
      return { ok: true, resolved: { ...fromBase.resolved, fallback: { requested: packId, reason } } };
    }
    const compiled = this.compileVersion(chosen, inEffect);
    if (!compiled.ok) return { ok: false, status: 422, message: compiled.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
    return { ok: true, resolved: { compiled: compiled.value.compiled, version: chosen, chain: compiled.value.chain } };
  }

  /** Validates a pack document as it would be compiled now, against the latest published versions of its bases. */
  validate(document: unknown): Problem[] {
    const baseId = typeof document === 'object' && document !== null ? (document as { extends?: unknown }).extends : undefined;
    const docs = typeof baseId === 'string' ? this.chainDocuments(baseId, (id) => latestPublished(this.versions.get(id) ?? [])) : new Map();
    const result = compilePack(document, (id) => docs.get(id));
    return result.ok ? [] : result.problems;
  }

  private chainDocuments(baseId: string, choose: BaseChoice): Map<string, PackDocument> {
    const version = choose(baseId);
    if (!version) return new Map();
    const compiled = this.compileVersion(version, choose);
    return compiled.ok ? compiled.value.docs : new Map();
  }

  private compileVersion(version: StoredPackVersion, choose: BaseChoice): { ok: true; value: Compiled } | { ok: false; problems: Problem[] } {
    const baseId = (version.document as { extends?: unknown }).extends;
    let baseChain: ChainLink[] = [];
    let baseDocs = new Map<string, PackDocument>();
    if (typeof baseId === 'string') {
      const baseVersion = choose(baseId);
      if (baseVersion) {
        const base = this.compileVersion(baseVersion, choose);
        if (!base.ok) return base;
        baseChain = base.value.chain;
        baseDocs = base.value.docs;
      }
    }
    const chain = [...baseChain, { id: version.packId, version: version.version, contentHash: version.contentHash }];
    const key = chain.map((l) => l.contentHash).join('>');
    const cached = this.cache.get(key);
    if (cached) return { ok: true, value: cached };
    const result = compilePack(version.document, (id) => baseDocs.get(id));
    if (!result.ok) return result;
    const docs = new Map(baseDocs).set(version.packId, result.doc);
    const value = { compiled: result.compiled, docs, chain };
    this.cache.set(key, value);
    return { ok: true, value };
  }
}
