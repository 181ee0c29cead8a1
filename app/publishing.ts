// How a bureau publishes a pack: a key scoped to a jurisdiction may write packs of that jurisdiction and inside it;
// a pack is validated against the published bases, stored as a draft, then published from the day it takes
// effect. Published versions never change. Every draft, publication and refusal is audited.
import type { PackDocument, Problem } from '../engine/index.js';
import { regionWithin } from '../engine/region.js';
import { contentHash } from './content-hash.js';
import type { PackVersion } from './pack-source.js';
import type { PackRegistry } from './registry.js';

/** The holder of an API key, as the workflow knows it. */
export interface Writer {
  id: string;
  jurisdictionCode: string;
}

/** Who asks: a writer, or someone whose key is missing or not known (refused, and audited). */
export type Caller = { kind: 'writer'; writer: Writer } | { kind: 'anonymous'; reason: 'no-key' | 'unknown-key' };

export interface AuditRecord {
  at: string;
  actor: string | null;
  action: 'draft' | 'publish' | 'refuse';
  packId: string | null;
  version: string | null;
  outcome: string;
  detail: unknown;
}

/** What publishing needs of the store (adapters/storage/store.ts implements it). */
export interface PublishingStore {
  getVersion(packId: string, version: string): Promise<PackVersion | undefined>;
  insertVersion(version: PackVersion): Promise<'inserted' | 'exists'>;
  publishVersion(packId: string, version: string, effectiveFrom: string, publishedAt: string): Promise<PackVersion | undefined>;
  appendAudit(entry: AuditRecord): Promise<void>;
}

export type Refusal =
  | { kind: 'unauthenticated'; reason: 'no-key' | 'unknown-key' }
  | { kind: 'outside-jurisdiction'; packId: string; packJurisdiction: string; keyJurisdiction: string }
  | { kind: 'invalid-pack'; stage: 'draft' | 'publish'; problems: Problem[] }
  | { kind: 'jurisdiction-changed'; packId: string; jurisdiction: string }
  | { kind: 'version-exists'; packId: string; version: string }
  | { kind: 'no-such-version'; packId: string; version: string }
  | { kind: 'already-published'; packId: string; version: string; effectiveFrom: string | null; meanwhile: boolean };

export type DraftOutcome = { kind: 'drafted'; version: PackVersion } | Refusal;
export type PublishOutcome = { kind: 'published'; version: PackVersion } | Refusal;

export interface PublishingOptions {
  /** The outcome code written to the audit trail for each outcome (the API writes its status codes). */
  auditCode?: (outcome: DraftOutcome['kind'] | PublishOutcome['kind']) => string;
}

type Target = { packId: string | null; version: string | null };

export class Publishing {
  private readonly auditCode: NonNullable<PublishingOptions['auditCode']>;

  constructor(
    private readonly store: PublishingStore,
    private readonly registry: PackRegistry,
    options: PublishingOptions = {},
  ) {
    this.auditCode = options.auditCode ?? ((kind) => kind);
  }

  /** A dry run: every problem of the document against the published bases; nothing is stored or audited. */
  validate(document: unknown): Problem[] {
    return this.registry.validate(document);
  }

  /** Stores `document` as a draft. `where` names the request in the audit trail. */
  async draft(caller: Caller, document: unknown, where?: string): Promise<DraftOutcome> {
    const doc = document as Partial<PackDocument>;
    const target: Target = { packId: typeof doc.id === 'string' ? doc.id : null, version: typeof doc.version === 'string' ? doc.version : null };
    if (caller.kind === 'anonymous') return this.refuse(null, target, { kind: 'unauthenticated', reason: caller.reason }, where);
    const { writer } = caller;
    // Scope first: a key learns nothing about packs outside its jurisdiction, not even whether they validate.
    const claimed = doc.jurisdiction?.code;
    const jurisdictions = target.packId ? [...(typeof claimed === 'string' ? [claimed] : []), ...this.registry.versionsOf(target.packId).map((v) => v.jurisdictionCode)] : [];
    for (const code of jurisdictions) {
      if (!regionWithin(code, writer.jurisdictionCode)) {
        return this.refuse(writer, target, { kind: 'outside-jurisdiction', packId: target.packId as string, packJurisdiction: code, keyJurisdiction: writer.jurisdictionCode }, where);
      }
    }
    const problems = this.registry.validate(document);
    if (problems.length) return this.refuse(writer, target, { kind: 'invalid-pack', stage: 'draft', problems }, where);
    const valid = document as PackDocument;
    const earlier = this.registry.versionsOf(valid.id).find((v) => v.jurisdictionCode !== valid.jurisdiction.code);
    if (earlier) return this.refuse(writer, target, { kind: 'jurisdiction-changed', packId: valid.id, jurisdiction: earlier.jurisdictionCode }, where);
    const now = new Date().toISOString();
    const version: PackVersion = {
      packId: valid.id,
      version: valid.version,
      jurisdictionCode: valid.jurisdiction.code,
      status: 'draft',
      document,
      contentHash: contentHash(document),
      effectiveFrom: null,
      createdAt: now,
      publishedAt: null,
      source: 'api',
      createdBy: writer.id,
    };
    if ((await this.store.insertVersion(version)) === 'exists') {
      return this.refuse(writer, target, { kind: 'version-exists', packId: valid.id, version: valid.version }, where);
    }
    await this.audit(writer, 'draft', target, 'drafted', { contentHash: version.contentHash });
    await this.registry.refresh();
    return { kind: 'drafted', version };
  }

  /** Publishes a draft, in effect from `effectiveFrom` (YYYY-MM-DD). */
  async publish(caller: Caller, packId: string, version: string, effectiveFrom: string, where?: string): Promise<PublishOutcome> {
    const target: Target = { packId, version };
    if (caller.kind === 'anonymous') return this.refuse(null, target, { kind: 'unauthenticated', reason: caller.reason }, where);
    const { writer } = caller;
    const stored = await this.store.getVersion(packId, version);
    if (!stored) return this.refuse(writer, target, { kind: 'no-such-version', packId, version }, where);
    if (!regionWithin(stored.jurisdictionCode, writer.jurisdictionCode)) {
      return this.refuse(writer, target, { kind: 'outside-jurisdiction', packId, packJurisdiction: stored.jurisdictionCode, keyJurisdiction: writer.jurisdictionCode }, where);
    }
    if (stored.status === 'published') {
      return this.refuse(writer, target, { kind: 'already-published', packId, version, effectiveFrom: stored.effectiveFrom, meanwhile: false }, where);
    }
    const problems = this.registry.validate(stored.document);
    if (problems.length) return this.refuse(writer, target, { kind: 'invalid-pack', stage: 'publish', problems }, where);
    const published = await this.store.publishVersion(packId, version, effectiveFrom, new Date().toISOString());
    if (!published) return this.refuse(writer, target, { kind: 'already-published', packId, version, effectiveFrom: null, meanwhile: true }, where);
    await this.audit(writer, 'publish', target, 'published', { effectiveFrom, contentHash: published.contentHash }, published.publishedAt ?? undefined);
    await this.registry.refresh();
    return { kind: 'published', version: published };
  }

  private async refuse<R extends Refusal>(writer: Writer | null, target: Target, refusal: R, where?: string): Promise<R> {
    await this.audit(writer, 'refuse', target, refusal.kind, { refusal, ...(where ? { path: where } : {}) });
    return refusal;
  }

  private async audit(writer: Writer | null, action: AuditRecord['action'], target: Target, outcome: Parameters<typeof this.auditCode>[0], detail: unknown, at?: string) {
    await this.store.appendAudit({ at: at ?? new Date().toISOString(), actor: writer?.id ?? null, action, ...target, outcome: this.auditCode(outcome), detail });
  }
}
