// The repository the service keeps its state in: pack versions, decisions, API keys, the audit trail, and cases with
// their retirement ledger (app/cases/case-store.ts).
// Two implementations share this interface and the same tests: SQLite (embedded default, better-sqlite3) and
// PostgreSQL (`postgres://` URLs; PGlite in the tests). Every method is one statement or one transaction, so a
// failed call never leaves a partial write.
import type { ChainLink } from '../../app/compile-chain.js';
import type { DecisionOutcome, DecisionRequest } from '../../app/decision-record.js';
import type { CaseStore } from '../../app/cases/case-store.js';
import type { PackVersion } from '../../app/pack-source.js';
import type { StoreMaintenance } from './maintenance.js';

export type { VersionStatus } from '../../app/pack-source.js';

/** A pack version as the store keeps it (app/pack-source.ts says what each field means). */
export interface StoredPackVersion extends Omit<PackVersion, 'source' | 'file'> {
  /** `shipped` for the packs in policies/, `api` for those a bureau submitted. */
  source: 'shipped' | 'api';
}

/**
 * A decision as the log keeps it (app/decision-record.ts): the request, the exact chain of pack versions and the
 * engine version describe it fully (the engine is deterministic); the outcome and the digest of the Determination
 * answered let it be read and checked. Rows written before the lean log (migration 0001) kept the Determination
 * itself instead of the digest, the outcome and the engine version; they stay readable.
 */
export interface StoredDecision {
  id: string;
  createdAt: string;
  packId: string;
  packVersion: string;
  /** Content hash of the pack version evaluated (the last link of `chain`). */
  contentHash: string;
  /** Every pack version evaluated, base first: id, version and content hash. */
  chain: ChainLink[];
  asOf: string | null;
  lang: string;
  /** The request as asked: pack, event, asOf, lang, version, readings. */
  request: DecisionRequest;
  /** sha256 of the canonical JSON of the Determination answered; null on an old row. */
  digest: string | null;
  /** Obligation, due dates, line verdicts and deciding rules; null on an old row. */
  outcome: DecisionOutcome | null;
  /** package.json's version and the engine's fingerprint (adapters/storage/engine-version.ts); null on an old row. */
  engineVersion: string | null;
  /** The Determination answered: only on an old row, null since. */
  determination: unknown;
}

/** A decision as it is written now: never the Determination itself. */
export type NewDecision = Omit<StoredDecision, 'determination' | 'digest' | 'outcome' | 'engineVersion'> & {
  digest: string;
  outcome: DecisionOutcome;
  engineVersion: string;
};

export interface ApiKeyRecord {
  id: string;
  name: string;
  jurisdictionCode: string;
  /** sha256 of the key, hex; the key itself is never stored. */
  keyHash: string;
  /** The first characters of the key, to recognise it in lists and logs. */
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  /** When the key stops working (ISO time); absent: it does not expire. */
  expiresAt?: string;
  /** When its secret was last replaced (ISO time); absent: never. */
  rotatedAt?: string;
}

/** A new secret for a key: its hash and prefix, when it was replaced, and its expiry (undefined: unchanged). */
export interface KeySecret {
  keyHash: string;
  prefix: string;
  rotatedAt: string;
  expiresAt?: string | null;
}

export type AuditAction = 'draft' | 'publish' | 'refuse' | 'key-create' | 'key-revoke' | 'key-rotate' | 'certificate-revoke';

export interface AuditEntry {
  id?: number;
  at: string;
  /** API key id, or null for the operator (CLI) or an unauthenticated caller. */
  actor: string | null;
  action: AuditAction;
  packId: string | null;
  version: string | null;
  /** HTTP status or outcome code, e.g. "201", "403". */
  outcome: string;
  detail: unknown;
}

/**
 * StoreMaintenance (maintenance.ts): the list of versions without documents, and the decision log's retention;
 * CaseStore (app/cases/case-store.ts): cases and the retirement ledger.
 */
export interface Store extends StoreMaintenance, CaseStore {
  readonly kind: 'sqlite' | 'postgres';
  listVersions(packId?: string): Promise<StoredPackVersion[]>;
  getVersion(packId: string, version: string): Promise<StoredPackVersion | undefined>;
  /** Inserts a new version; 'exists' (and no write) when (packId, version) is taken. */
  insertVersion(version: StoredPackVersion): Promise<'inserted' | 'exists'>;
  /** Publishes a draft; undefined when no such draft exists (unknown, or already published: published never change). */
  publishVersion(packId: string, version: string, effectiveFrom: string, publishedAt: string): Promise<StoredPackVersion | undefined>;
  /**
   * Keeps a decision; resolves once its row is committed (durably: SQLite with synchronous=FULL, PostgreSQL's
   * commit). The decisions saved in the same turn of the event loop are committed together, in one transaction.
   */
  saveDecision(decision: NewDecision): Promise<void>;
  getDecision(id: string): Promise<StoredDecision | undefined>;
  /** The newest decisions asked of or answered by `packId`, at most `limit`, newest first (a draft's impact replays them). */
  recentDecisions(packId: string, limit: number): Promise<StoredDecision[]>;
  insertKey(key: ApiKeyRecord): Promise<void>;
  findKeyByHash(keyHash: string): Promise<ApiKeyRecord | undefined>;
  getKey(id: string): Promise<ApiKeyRecord | undefined>;
  /** Every key, revoked and expired ones too, oldest first. */
  listKeys(): Promise<ApiKeyRecord[]>;
  /** Revokes a key not yet revoked; undefined (and no write) when there is no such key or it is revoked already. */
  revokeKey(id: string, revokedAt: string): Promise<ApiKeyRecord | undefined>;
  /** Replaces the secret of a key not revoked (the old one stops working at once); undefined when there is none. */
  replaceKeySecret(id: string, secret: KeySecret): Promise<ApiKeyRecord | undefined>;
  /** Appends an entry, bounded first (app/audit-bounds.ts): what a row keeps of a request is cut and cleaned. */
  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(limit?: number): Promise<AuditEntry[]>;
  /** Commits the decisions still queued, then closes the connection. */
  close(): Promise<void>;
}
