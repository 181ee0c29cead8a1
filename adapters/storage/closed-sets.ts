// The closed sets of values the tables constrain with CHECK, written once for both dialects and tied to the Store types.
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
export const AUDIT_ACTIONS = covering<AuditAction>()(['draft', 'publish', 'refuse', 'key-create']);

/** `column in ('a', 'b')` for a CHECK constraint; the values are the constants above, never user input. */
export function isOneOf(column: AnyColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;
}
