// How a bureau publishes a pack: a key scoped to a jurisdiction may write packs of that jurisdiction and inside it,
// named in its province's namespace (app/pack-identity.ts); a pack is validated against the published bases,
// stored as a draft (seen only by keys of its jurisdiction), then published from a day within its own period and
// not before today unless the request corrects history. Published versions never change. Every draft,
// publication and refusal is audited.
import { type PackDocument, type Problem, todayInChina } from '../engine/index.js';
import { regionWithin } from '../engine/region.js';
import { AUDIT_LIMITS } from './audit-bounds.js';
import { contentHash } from './content-hash.js';
import { identityProblems, idStartFor, namespaceCode } from './pack-identity.js';
import type { PackVersion } from './pack-source.js';
import type { PackRegistry } from './registry.js';
import { cleanStrings, cleanText } from './safe-text.js';

/** The holder of an API key, as the workflow knows it. */
export interface Writer {
  id: string;
  jurisdictionCode: string;
}

/** Why a caller is not a writer: no key, a key not known, or a key revoked or expired (`at`: since when). */
export type Unauthenticated =
  | { reason: 'no-key' | 'unknown-key' }
  | { reason: 'revoked-key' | 'expired-key'; keyId: string; at: string };

/** Who asks: a writer, or someone whose key is missing, not known, revoked or expired (refused, and audited). */
export type Caller = { kind: 'writer'; writer: Writer } | ({ kind: 'anonymous' } & Unauthenticated);

/** Who reads the packs: null for the public, else the jurisdiction of the reader's key. */
export type Viewer = { jurisdictionCode: string } | null;

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

/** A publication: the day it takes effect, and whether it reaches back before today on purpose (with why). */
export interface PublishRequest {
  effectiveFrom: string;
  correctsHistory?: boolean;
  reason?: string;
}

export type EffectiveDateProblem =
  | { problem: 'before-period'; effectiveFrom: string; from: string }
  | { problem: 'after-period'; effectiveFrom: string; until: string }
  | { problem: 'in-the-past'; effectiveFrom: string; today: string }
  | { problem: 'no-reason'; effectiveFrom: string };

export type Refusal =
  | ({ kind: 'unauthenticated' } & Unauthenticated)
  | { kind: 'outside-jurisdiction'; packId: string; packJurisdiction: string; keyJurisdiction: string }
  /** The id names a province (or the nation) the key has no part in: it may not take names there. */
  | { kind: 'outside-namespace'; packId: string; namespaceJurisdiction: string; keyJurisdiction: string; idStart: string | undefined }
  | { kind: 'invalid-pack'; stage: 'draft' | 'publish'; problems: Problem[] }
  | { kind: 'jurisdiction-changed'; packId: string; jurisdiction: string }
  | { kind: 'version-exists'; packId: string; version: string }
  | { kind: 'no-such-version'; packId: string; version: string }
  | { kind: 'already-published'; packId: string; version: string; effectiveFrom: string | null; meanwhile: boolean }
  | ({ kind: 'effective-date'; packId: string; version: string } & EffectiveDateProblem);

export type DraftOutcome = { kind: 'drafted'; version: PackVersion } | Refusal;
export type PublishOutcome = { kind: 'published'; version: PackVersion } | Refusal;

export interface PublishingOptions {
  /** The outcome code written to the audit trail for each outcome (the API writes its status codes). */
  auditCode?: (outcome: DraftOutcome['kind'] | PublishOutcome['kind']) => string;
  /** The clock (tests); "today" is its day in China. */
  now?: () => Date;
}

type Target = { packId: string | null; version: string | null };

/** The longest reason a correction of history is given with: what the audit trail keeps of a text. */
export const MAX_REASON_LENGTH = AUDIT_LIMITS.text;

/** Whether `viewer` may see `version`: published versions are public, a draft is seen by keys of its jurisdiction. */
export function visibleTo(version: Pick<PackVersion, 'status' | 'jurisdictionCode'>, viewer: Viewer): boolean {
  if (version.status === 'published') return true;
  return viewer !== null && regionWithin(version.jurisdictionCode, viewer.jurisdictionCode);
}

/** Two divisions overlap when one lies inside the other. */
const overlap = (a: string, b: string) => regionWithin(a, b) || regionWithin(b, a);

export class Publishing {
  private readonly auditCode: NonNullable<PublishingOptions['auditCode']>;
  private readonly now: () => Date;

  constructor(
    private readonly store: PublishingStore,
    private readonly registry: PackRegistry,
    options: PublishingOptions = {},
  ) {
    this.auditCode = options.auditCode ?? ((kind) => kind);
    this.now = options.now ?? (() => new Date());
  }

  /**
   * A dry run: every problem of the document against the published bases, and every way its id, jurisdiction and
   * base disagree (app/pack-identity.ts); nothing is stored or audited.
   */
  validate(document: unknown): Problem[] {
    const problems = this.registry.validate(document);
    if (!document || typeof document !== 'object' || Array.isArray(document)) return problems;
    return [...problems, ...identityProblems(document, (id) => this.jurisdictionOf(id))];
  }

  /**
   * Stores `document` as a draft, its text cleaned first (bidi controls and NUL removed from every string: titles,
   * names, quotes). `where` names the request in the audit trail.
   */
  async draft(caller: Caller, submitted: unknown, where?: string): Promise<DraftOutcome> {
    const document = cleanStrings(submitted);
    const doc = (document && typeof document === 'object' ? document : {}) as Partial<PackDocument>;
    const target: Target = { packId: typeof doc.id === 'string' ? doc.id : null, version: typeof doc.version === 'string' ? doc.version : null };
    if (caller.kind === 'anonymous') return this.refuse(null, target, unauthenticated(caller), where);
    const { writer } = caller;
    // Scope first: a key learns nothing about packs outside its jurisdiction, not even whether they validate.
    const claimed = doc.jurisdiction?.code;
    const jurisdictions = target.packId ? [...(typeof claimed === 'string' ? [claimed] : []), ...this.registry.versionsOf(target.packId).map((v) => v.jurisdictionCode)] : [];
    for (const code of jurisdictions) {
      if (!regionWithin(code, writer.jurisdictionCode)) {
        return this.refuse(writer, target, { kind: 'outside-jurisdiction', packId: target.packId as string, packJurisdiction: code, keyJurisdiction: writer.jurisdictionCode }, where);
      }
    }
    // Names: an id in the namespace of a province the key has no part in is another bureau's name.
    const namespace = target.packId ? namespaceCode(target.packId) : undefined;
    if (target.packId && namespace !== undefined && !overlap(namespace, writer.jurisdictionCode)) {
      const refusal: Refusal = { kind: 'outside-namespace', packId: target.packId, namespaceJurisdiction: namespace, keyJurisdiction: writer.jurisdictionCode, idStart: idStartFor(typeof claimed === 'string' && regionWithin(claimed, writer.jurisdictionCode) ? claimed : writer.jurisdictionCode) };
      return this.refuse(writer, target, refusal, where);
    }
    const problems = this.validate(document);
    if (problems.length) return this.refuse(writer, target, { kind: 'invalid-pack', stage: 'draft', problems }, where);
    const valid = document as PackDocument;
    const earlier = this.registry.versionsOf(valid.id).find((v) => v.jurisdictionCode !== valid.jurisdiction.code);
    if (earlier) return this.refuse(writer, target, { kind: 'jurisdiction-changed', packId: valid.id, jurisdiction: earlier.jurisdictionCode }, where);
    const now = this.now().toISOString();
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

  /**
   * Publishes a draft, in effect from `request.effectiveFrom` (YYYY-MM-DD): a day within the pack's own period
   * (inForce), and not before today (China time) unless `correctsHistory` is set with a `reason`, which the audit
   * trail keeps.
   */
  async publish(caller: Caller, packId: string, version: string, request: PublishRequest, where?: string): Promise<PublishOutcome> {
    const target: Target = { packId, version };
    if (caller.kind === 'anonymous') return this.refuse(null, target, unauthenticated(caller), where);
    const { writer } = caller;
    const stored = await this.store.getVersion(packId, version);
    if (!stored) return this.refuse(writer, target, { kind: 'no-such-version', packId, version }, where);
    if (!regionWithin(stored.jurisdictionCode, writer.jurisdictionCode)) {
      return this.refuse(writer, target, { kind: 'outside-jurisdiction', packId, packJurisdiction: stored.jurisdictionCode, keyJurisdiction: writer.jurisdictionCode }, where);
    }
    if (stored.status === 'published') {
      return this.refuse(writer, target, { kind: 'already-published', packId, version, effectiveFrom: stored.effectiveFrom, meanwhile: false }, where);
    }
    // Drafts stored before the naming rule are held to it too.
    const problems = this.validate(stored.document);
    if (problems.length) return this.refuse(writer, target, { kind: 'invalid-pack', stage: 'publish', problems }, where);
    const { effectiveFrom } = request;
    const reason = request.reason === undefined ? '' : cleanText(request.reason).trim();
    const today = todayInChina(this.now());
    const dateProblem = effectiveDateProblem(stored.document as PackDocument, effectiveFrom, today, request.correctsHistory === true, reason);
    if (dateProblem) return this.refuse(writer, target, { kind: 'effective-date', packId, version, ...dateProblem }, where);
    const published = await this.store.publishVersion(packId, version, effectiveFrom, this.now().toISOString());
    if (!published) return this.refuse(writer, target, { kind: 'already-published', packId, version, effectiveFrom: null, meanwhile: true }, where);
    const correction = request.correctsHistory ? { correctsHistory: true, reason, today, retroactive: effectiveFrom < today } : {};
    await this.audit(writer, 'publish', target, 'published', { effectiveFrom, contentHash: published.contentHash, ...correction }, published.publishedAt ?? undefined);
    await this.registry.refresh();
    return { kind: 'published', version: published };
  }

  /** The jurisdiction of a pack (every version of a pack has the same one); undefined for a pack not known. */
  private jurisdictionOf(packId: string): string | undefined {
    const versions = this.registry.versionsOf(packId);
    return (versions.find((v) => v.status === 'published') ?? versions[0])?.jurisdictionCode;
  }

  private async refuse<R extends Refusal>(writer: Writer | null, target: Target, refusal: R, where?: string): Promise<R> {
    await this.audit(writer, 'refuse', target, refusal.kind, { refusal, ...(where ? { path: where } : {}) });
    return refusal;
  }

  private async audit(writer: Writer | null, action: AuditRecord['action'], target: Target, outcome: Parameters<typeof this.auditCode>[0], detail: unknown, at?: string) {
    await this.store.appendAudit({ at: at ?? this.now().toISOString(), actor: writer?.id ?? null, action, ...target, outcome: this.auditCode(outcome), detail });
  }
}

function unauthenticated(caller: Extract<Caller, { kind: 'anonymous' }>): Refusal {
  const { kind: _kind, ...why } = caller;
  return { kind: 'unauthenticated', ...why };
}

/** Why `effectiveFrom` cannot be the day a version of `doc` takes effect, or undefined. */
export function effectiveDateProblem(doc: Pick<PackDocument, 'inForce'>, effectiveFrom: string, today: string, correctsHistory: boolean, reason: string): EffectiveDateProblem | undefined {
  const { from, until } = doc.inForce;
  if (effectiveFrom < from) return { problem: 'before-period', effectiveFrom, from };
  if (until !== undefined && effectiveFrom > until) return { problem: 'after-period', effectiveFrom, until };
  if (effectiveFrom < today && !correctsHistory) return { problem: 'in-the-past', effectiveFrom, today };
  if (correctsHistory && !reason) return { problem: 'no-reason', effectiveFrom };
  return undefined;
}
