// Serial numbers as the ledger keeps them. A serial is a prefix and a number (`CCER-2024-000123`); a range is two
// serials of one prefix. The number is kept zero-padded to SERIAL_DIGITS, so that comparing the text compares the
// numbers and an overlap of ranges is found with two comparisons, never by expanding a range. Leading zeros do not
// make another credit: `…-000123` and `…-123` are one serial (the ledger errs towards refusing a second claim).
import { ExactDecimal, type Problem } from '../../engine/index.js';
import type { StoredSerial } from './case-store.js';

/** Digits the number of a serial may have: enough for every registry's numbering. */
export const SERIAL_DIGITS = 40;
const MAX_SERIAL_LENGTH = 200;

/** A prefix or registry name as compared: NFKC (full-width digits and letters are the ASCII ones), upper case, no blanks. */
export function prefixKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** A registry's name as compared: NFKC, blanks collapsed, lower case. */
export function registryKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

interface SplitSerial {
  prefix: string;
  number: string;
}

function split(raw: string, path: string, problems: Problem[]): SplitSerial | undefined {
  const text = raw.normalize('NFKC').trim();
  if (!text) {
    problems.push({ path, message: 'must not be empty: give the serial number as the registry shows it', kind: 'empty' });
    return undefined;
  }
  if (text.length > MAX_SERIAL_LENGTH) {
    problems.push({ path, message: `must be at most ${MAX_SERIAL_LENGTH} characters`, kind: 'too-long', values: { maximum: MAX_SERIAL_LENGTH } });
    return undefined;
  }
  const match = /^(.*?)(\d+)$/.exec(text);
  if (!match) {
    problems.push({ path, message: 'must end in the credit\'s number (e.g. "CCER-2024-000123"): the registry numbers every credit', kind: 'format' });
    return undefined;
  }
  const digits = (match[2] as string).replace(/^0+(?=\d)/, '');
  if (digits.length > SERIAL_DIGITS) {
    problems.push({ path, message: `its number must have at most ${SERIAL_DIGITS} digits`, kind: 'format' });
    return undefined;
  }
  return { prefix: prefixKey(match[1] as string), number: digits.padStart(SERIAL_DIGITS, '0') };
}

export type SerialParse = { ok: true; serial: StoredSerial } | { ok: false; problems: Problem[] };

/**
 * One serial (`first` alone) or the range `first`..`last`, each end written in full as the registry shows it.
 * `path` names the field(s) in problems.
 */
export function parseSerials(first: string, last: string | undefined, path: { first: string; last: string }): SerialParse {
  const problems: Problem[] = [];
  const a = split(first, path.first, problems);
  const b = last === undefined ? a : split(last, path.last, problems);
  if (!a || !b) return { ok: false, problems };
  if (a.prefix !== b.prefix) {
    return { ok: false, problems: [{ path: path.last, message: `must have the same prefix as the first serial ("${first.trim()}"): a range runs within one numbering`, kind: 'format' }] };
  }
  if (b.number < a.number) {
    return { ok: false, problems: [{ path: path.last, message: 'must not be below the first serial of the range', kind: 'format' }] };
  }
  const text = last === undefined || last.trim() === first.trim() ? first.trim() : `${first.trim()} – ${last.trim()}`;
  return { ok: true, serial: { text, prefix: a.prefix, first: a.number, last: b.number } };
}

/** How many credits a range holds. */
export function serialCount(serial: Pick<StoredSerial, 'first' | 'last'>): string {
  return new ExactDecimal(serial.last).minus(new ExactDecimal(serial.first)).plus(1).toFixed(0);
}

/** Whether two ranges of one registry and prefix share a credit. */
export function rangesOverlap(a: Pick<StoredSerial, 'first' | 'last'>, b: Pick<StoredSerial, 'first' | 'last'>): boolean {
  return a.first <= b.last && b.first <= a.last;
}
