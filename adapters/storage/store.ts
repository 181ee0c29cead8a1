// The repository the service keeps its state in: pack versions, decisions, API keys and the audit trail.
// Two implementations share this interface and the same tests: SQLite (embedded default, better-sqlite3) and
// PostgreSQL (`postgres://` URLs; PGlite in the tests). Every method is one statement or one transaction, so a
// failed call never leaves a partial write.
import type { PackVersion } from '../../app/pack-source.js';

export type { VersionStatus } from '../../app/pack-source.js';

/** A pack version as the store keeps it (app/pack-source.ts says what each field means). */
export interface StoredPackVersion extends Omit<PackVersion, 'source' | 'file'> {
  /** `shipped` for the packs in policies/, `api` for those a bureau submitted. */
  source: 'shipped' | 'api';
}

export interface StoredDecision {
  id: string;
  createdAt: string;
  packId: string;
  packVersion: string;
  /** Content hash of the pack version evaluated, and of every pack in its extends chain (base first). */
  contentHash: string;
  chain: { id: string; version: string; contentHash: string }[];
  asOf: string | null;
  lang: string;
  /** The request as received (pack, event, asOf, lang). */
  request: unknown;
  /** The Determination returned. */
  determination: unknown;
}

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
}

export type AuditAction = 'draft' | 'publish' | 'refuse' | 'key-create';

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

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  listVersions(packId?: string): Promise<StoredPackVersion[]>;
  getVersion(packId: string, version: string): Promise<StoredPackVersion | undefined>;
  /** Inserts a new version; 'exists' (and no write) when (packId, version) is taken. */
  insertVersion(version: StoredPackVersion): Promise<'inserted' | 'exists'>;
  /** Publishes a draft; undefined when no such draft exists (unknown, or already published: published never change). */
  publishVersion(packId: string, version: string, effectiveFrom: string, publishedAt: string): Promise<StoredPackVersion | undefined>;
  saveDecision(decision: StoredDecision): Promise<void>;
  getDecision(id: string): Promise<StoredDecision | undefined>;
  insertKey(key: ApiKeyRecord): Promise<void>;
  findKeyByHash(keyHash: string): Promise<ApiKeyRecord | undefined>;
  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(limit?: number): Promise<AuditEntry[]>;
  close(): Promise<void>;
}
