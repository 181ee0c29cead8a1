// The digest of a Determination: sha256 of its canonical JSON, the same text app/content-hash.ts hashes (keys
// sorted at every level, no spaces), written in one pass. content-hash.ts rebuilds every object with sorted keys
// and then stringifies it: ~110 µs for a 12 KB Determination, against ~75 µs here (a plain JSON.stringify and
// sha256 take ~50 µs). Every answer the API gives is digested, so this is on the hot path.
import { createHash } from 'node:crypto';

/** A key JavaScript enumerates before the others, in numeric order, whatever order it was set in. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;
const isArrayIndex = (key: string) => {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && ARRAY_INDEX.test(key) && Number(key) < 4294967295;
};

/**
 * The keys in the order `JSON.stringify(canonical(value))` of content-hash.ts writes them: array-index keys first in
 * numeric order (an object built from sorted entries still enumerates those so), then the others sorted.
 */
function orderedKeys(value: object): string[] {
  const keys = Object.keys(value).sort();
  // Sorted, the keys that may be array indexes (a digit first) come before every key starting with a letter.
  let indexed = false;
  for (const key of keys) {
    if (key.charCodeAt(0) > 57) break;
    if (isArrayIndex(key)) indexed = true;
  }
  if (!indexed) return keys;
  const indexes = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((k) => !isArrayIndex(k))];
}

/** A string JSON writes as it is between quotes: no quote, backslash, control character or lone surrogate half. */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
const quoted = (s: string) => (PLAIN.test(s) ? `"${s}"` : JSON.stringify(s));
/** Keys repeat (a Determination has a few dozen distinct ones): each is quoted once. */
const quotedKeys = new Map<string, string>();
const MAX_QUOTED_KEYS = 10_000;
function quotedKey(key: string): string {
  let q = quotedKeys.get(key);
  if (q === undefined) {
    q = quoted(key);
    if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, q);
  }
  return q;
}

/** What JSON leaves out of an object and writes as null in an array. */
const isOmitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Past this length an array's items are joined rather than appended (a long chain of appends is slow to hash). */
const LONG_ARRAY = 16;

function write(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('a BigInt has no JSON form');
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        if (value.length > LONG_ARRAY) {
          const items = new Array<string>(value.length);
          for (let i = 0; i < value.length; i++) items[i] = isOmitted(value[i]) ? 'null' : write(value[i]);
          return `[${items.join(',')}]`;
        }
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (isOmitted(value[i]) ? 'null' : write(value[i]));
        return `${out}]`;
      }
      let out = '{';
      for (const key of orderedKeys(value)) {
        const item = (value as Record<string, unknown>)[key];
        if (isOmitted(item)) continue;
        out += (out.length > 1 ? ',' : '') + quotedKey(key) + ':' + write(item);
      }
      return `${out}}`;
    }
    default:
      return 'null';
  }
}

/**
 * The canonical JSON of `value`: identical to the text content-hash.ts hashes for JSON data (objects, arrays,
 * strings, finite numbers, booleans, null; undefined left out of objects). Like it, toJSON is not called.
 */
export function canonicalJson(value: unknown): string {
  return write(value);
}

/** sha256 of the canonical JSON of `value`, hex: a Determination's digest. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
