// What one row of the audit trail may keep. A refused request is audited whoever sent it, so what the row keeps of
// the request is bounded: the pack id, the version and every string of the detail are cut (with a mark saying how
// much was left out) and have no control or bidi character; arrays, objects and nesting are cut too; and a detail
// still larger than the bound is replaced by a note and its beginning. Every store applies it to every row.
import { capText, withoutControls } from './safe-text.js';

export const AUDIT_LIMITS = {
  /** Characters kept of a pack id (the API's own bound on one) and of the actor and outcome. */
  id: 100,
  /** Characters kept of a version. */
  version: 40,
  /** Characters kept of any string of the detail. */
  text: 300,
  /** Characters kept of a key of the detail. */
  key: 60,
  /** Items kept of an array, and keys of an object. */
  items: 20,
  /** Levels of nesting kept in the detail. */
  depth: 6,
  /** The largest detail kept, as JSON characters. */
  detailChars: 8192,
} as const;

/** The fields every audit row has (app/publishing.ts's AuditRecord, the store's AuditEntry). */
interface AuditFields {
  actor: string | null;
  packId: string | null;
  version: string | null;
  outcome: string;
  detail: unknown;
}

const clip = (text: string | null, max: number) => (text === null ? null : capText(withoutControls(text), max));

/** The entry as the audit trail keeps it. */
export function boundAuditEntry<T extends AuditFields>(entry: T): T {
  return {
    ...entry,
    actor: clip(entry.actor, AUDIT_LIMITS.id),
    packId: clip(entry.packId, AUDIT_LIMITS.id),
    version: clip(entry.version, AUDIT_LIMITS.version),
    outcome: capText(withoutControls(entry.outcome), AUDIT_LIMITS.id),
    detail: boundDetail(entry.detail),
  };
}

/** A JSON value within AUDIT_LIMITS; undefined stays undefined (the store keeps null). */
export function boundDetail(detail: unknown): unknown {
  if (detail === undefined) return undefined;
  const bounded = boundValue(detail, 0);
  const json = JSON.stringify(bounded) ?? 'null';
  if (json.length <= AUDIT_LIMITS.detailChars) return bounded;
  // The note and a beginning of 4,000 characters stay well within the bound, with room for escaped characters.
  return { truncated: true, chars: json.length, start: capText(json, 4000) };
}

function boundValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return capText(withoutControls(value), AUDIT_LIMITS.text);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') return null;
  if (depth >= AUDIT_LIMITS.depth) return '…[nested]';
  if (Array.isArray(value)) {
    const kept = value.slice(0, AUDIT_LIMITS.items).map((v) => boundValue(v, depth + 1));
    return value.length > AUDIT_LIMITS.items ? [...kept, `…[+${value.length - AUDIT_LIMITS.items} more]`] : kept;
  }
  const entries = Object.entries(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries.slice(0, AUDIT_LIMITS.items)) {
    if (v === undefined) continue;
    Object.defineProperty(out, capText(withoutControls(k), AUDIT_LIMITS.key), { value: boundValue(v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  if (entries.length > AUDIT_LIMITS.items) out['…'] = `+${entries.length - AUDIT_LIMITS.items} more keys`;
  return out;
}
