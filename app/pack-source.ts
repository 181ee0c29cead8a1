// Where pack versions come from: the pack folders (policies/ and any other root) or the store the API writes to.
// Every source gives all versions of every pack with the dates they take effect; the registry chooses among them.
import type { Problem } from '../engine/index.js';

export type VersionStatus = 'draft' | 'published';

/** `shipped`: seeded from policies/; `api`: submitted by a bureau; `folder`: read from a pack folder as it is. */
export type VersionOrigin = 'shipped' | 'api' | 'folder';

export interface PackVersion {
  packId: string;
  version: string;
  /** GB/T 2260 code of the pack's jurisdiction (what API keys are scoped by). */
  jurisdictionCode: string;
  status: VersionStatus;
  /** The pack document as written (JSON). Never changes once published. */
  document: unknown;
  /** sha256 of the canonical JSON of `document`, hex (app/content-hash.ts). */
  contentHash: string;
  /** First day (YYYY-MM-DD) this version is in effect; null for a draft. */
  effectiveFrom: string | null;
  createdAt: string;
  publishedAt: string | null;
  source: VersionOrigin;
  /** Id of the API key that submitted it (api only). */
  createdBy: string | null;
  /** The file it was read from (folder sources), for messages. */
  file?: string;
}

/** A pack file that could not be read or is not a pack: reported, never thrown. */
export interface UnreadablePack {
  /** The pack id, or the folder name when the id cannot be read. */
  packId: string;
  file: string;
  problems: Problem[];
}

export interface SourceContents {
  versions: PackVersion[];
  unreadable: UnreadablePack[];
}

/** A version without its document: enough to tell what changed since the last load. */
export type VersionHead = Omit<PackVersion, 'document' | 'file'>;

export interface PackSource {
  /** Every version of every pack, read now (a store source sees what other servers published). */
  load(): Promise<SourceContents>;
  /**
   * Every version without its document, read now: a source that has it (the store) lets the registry fetch only
   * the documents it has not got (app/registry.ts), with `version`.
   */
  heads?(): Promise<VersionHead[]>;
  /** One version with its document; undefined when it is gone. */
  version?(packId: string, version: string): Promise<PackVersion | undefined>;
}
