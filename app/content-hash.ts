// The identity of a pack version's content: sha256 of its JSON with keys sorted, so the same pack always hashes
// the same however its file was formatted.
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function contentHash(document: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(document))).digest('hex');
}
