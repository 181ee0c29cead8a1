// Exact CO2e quantities. They travel as decimal strings ("100.5") and are added with decimal.js, never floats.
//
// decimal.js rounds every result to `precision` significant digits (20 by default), which would make
// 99.9999999999999999999 + 0 come out as 100. The engine therefore computes with its own Decimal clone whose
// precision covers every result it can produce, so no CO2e computation ever rounds:
//   - the schema (event-schema.ts) accepts at most MAX_INTEGER_DIGITS = 24 digits before the point and
//     MAX_FRACTION_DIGITS = 24 after it, so every quantity is < 10^24 and a multiple of 10^-24;
//   - an offset plan has at most MAX_LINES = 1000 lines, so any sum of quantities is < 1000 * 10^24 = 10^27
//     (27 integer digits), and "counted + pending" (two such sums) is < 2 * 10^27 (28 integer digits);
//   - emissions minus a sum is, in magnitude, < 10^27 as well;
//   - every result is still a multiple of 10^-24 (24 fraction digits), so it needs at most 28 + 24 = 52
//     significant digits. PRECISION = 64 leaves a margin of 12 digits.
import { Decimal } from 'decimal.js';

export type DecimalString = string;

/** Digits the schema accepts before and after the decimal point. */
export const MAX_INTEGER_DIGITS = 24;
export const MAX_FRACTION_DIGITS = 24;
/** Lines an offset plan may have (the schema's limit). */
export const MAX_LINES = 1000;
/** Significant digits of every computation: >= 28 + 24 = 52 (see above). */
export const PRECISION = 64;

/** The engine's Decimal: exact for every quantity and sum the schema lets through. */
export const ExactDecimal = Decimal.clone({ precision: PRECISION, rounding: Decimal.ROUND_HALF_EVEN });

const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

/** A non-negative decimal written plainly: "0", "12", "100.5" (no sign, exponent or spaces). */
export function isDecimalString(value: string): boolean {
  return DECIMAL.test(value);
}

/** A plain decimal that also fits the digit limits: at most 24 digits before and 24 after the point. */
export function isBoundedDecimalString(value: string): boolean {
  if (!isDecimalString(value)) return false;
  const [whole = '', fraction = ''] = value.split('.');
  return whole.length <= MAX_INTEGER_DIGITS && fraction.length <= MAX_FRACTION_DIGITS;
}

export function toDecimal(value: DecimalString | number): Decimal {
  return new ExactDecimal(value);
}

export function sumDecimals(values: readonly DecimalString[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), new ExactDecimal(0));
}

/** Canonical text of a decimal: no exponent, no trailing zeros ("100.50" -> "100.5"). */
export function formatDecimal(value: Decimal): DecimalString {
  return value.toFixed();
}
