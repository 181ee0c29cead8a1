// The constraints the tables CHECK, written once for both dialects: the closed sets of values (tied to the Store
// types) and what a whole decision row holds.
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { AuditAction, StoredPackVersion, VersionStatus } from './store.js';

/** Compiles only when `List` names every member of `Union` (a `satisfies` alone allows a subset). */
type Covers<Union extends string, List extends readonly Union[]> = [Exclude<Union, List[number]>] extends [never] ? List : never;

const covering =
  <Union extends string>() =>
  <const List extends readonly Union[]>(list: Covers<Union, List>): List =>
    list;

export const VERSION_STATUSES = covering<VersionStatus>()(['draft', 'published']);
export const VERSION_SOURCES = covering<StoredPackVersion['source']>()(['shipped', 'api']);
export const AUDIT_ACTIONS = covering<AuditAction>()(['draft', 'publish', 'refuse', 'key-create', 'key-revoke', 'key-rotate', 'certificate-revoke']);

/** `column in ('a', 'b')` for a CHECK constraint; the values are the constants above, never user input. */
export function isOneOf(column: AnyColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;
}

/**
 * A decision row is whole: either the lean record (digest, outcome and engine version, all three) or, on a row
 * written before it, the Determination itself.
 */
export function isLeanOrWhole(table: { digest: AnyColumn; outcome: AnyColumn; engineVersion: AnyColumn; determination: AnyColumn }): SQL {
  return sql`${table.determination} is not null or (${table.digest} is not null and ${table.outcome} is not null and ${table.engineVersion} is not null)`;
}
