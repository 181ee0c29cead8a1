// What the store offers for keeping itself bounded and for the registry's cheap reloads; each dialect implements
// it in its own maintenance.ts beside its store. Every method is one statement.
import type { StoredPackVersion } from './store.js';

/** A pack version without its document: what changed is seen from these alone (an index-only read). */
export type VersionHead = Omit<StoredPackVersion, 'document'>;

export interface StoreMaintenance {
  /** Every version without its document, in the order of listVersions. */
  listVersionHeads(): Promise<VersionHead[]>;
  /**
   * Deletes at most `limit` decisions created at or before `cutoff` (ISO time), the oldest first; resolves to how
   * many were deleted. Bounded, so one run of the retention policy never holds the database for long.
   */
  deleteDecisionsThrough(cutoff: string, limit: number): Promise<number>;
  /**
   * The creation time of the newest decision beyond the `keep` newest ones (the first to delete under a row cap),
   * or undefined when there are no more than `keep`.
   */
  decisionCreatedBeyond(keep: number): Promise<string | undefined>;
  /** How many decisions the log holds. */
  countDecisions(): Promise<number>;
}
