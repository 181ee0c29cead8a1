// Text that comes from outside (a pack a bureau submits, a key's name, a refused request) before it is stored or
// shown. Bidi controls can make a title read other than it is written (U+202E turns the rest of a line around), NUL
// cannot be stored by PostgreSQL at all, and a lone surrogate is not text: these are removed. The audit trail keeps
// no control character at all, and keeps each piece of text to a bound, marked where it was cut.

import { BIDI_CONTROLS } from '../engine/index.js';

// eslint-disable-next-line no-control-regex -- NUL is what is removed
const NUL = /\u0000/g;
/** C0 and C1 controls and DEL, the bidi controls, the line and paragraph separators and the byte order mark. */
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A title or a name as it is kept: without bidi controls, NUL or lone surrogates (which become U+FFFD). */
export function cleanText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(NUL, '').replace(LONE_SURROGATE, '\ufffd');
}

/** Text with no control character at all (tabs and line breaks too): for the audit trail and one-line lists. */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');
}

/** Every string of a JSON value cleaned (cleanText); object keys too. Other values are kept as they are. */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (!value || typeof value !== 'object') return value;
  // A loop, not recursion: however deep the value is nested, this cannot overflow the stack.
  const root: unknown = Array.isArray(value) ? [] : {};
  const pending: [source: object, target: Record<string, unknown> | unknown[]][] = [[value, root as Record<string, unknown>]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [source, target] = next;
    for (const [key, item] of Object.entries(source)) {
      let copy: unknown = item;
      if (typeof item === 'string') copy = cleanText(item);
      else if (item && typeof item === 'object') {
        copy = Array.isArray(item) ? [] : {};
        pending.push([item, copy as Record<string, unknown>]);
      }
      if (Array.isArray(target)) target[Number(key)] = copy;
      // defineProperty: a key "__proto__" stays an own property, as JSON.parse made it.
      else Object.defineProperty(target, cleanText(key), { value: copy, enumerable: true, writable: true, configurable: true });
    }
  }
  return root as T;
}

/** `text` cut to `max` characters, the cut marked with how many were left out: `abc…[+997 chars]`. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  // Never half a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…[+${text.length - cut.length} chars]`;
}
