// Exact CO2e quantities. They travel as decimal strings ("100.5") and are added with decimal.js, never floats.
import { Decimal } from 'decimal.js';

export type DecimalString = string;

const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

/** A non-negative decimal written plainly: "0", "12", "100.5" (no sign, exponent or spaces). */
export function isDecimalString(value: string): boolean {
  return DECIMAL.test(value);
}

export function toDecimal(value: DecimalString | number): Decimal {
  return new Decimal(value);
}

export function sumDecimals(values: readonly DecimalString[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0));
}

/** Canonical text of a decimal: no exponent, no trailing zeros ("100.50" -> "100.5"). */
export function formatDecimal(value: Decimal): DecimalString {
  return value.toFixed();
}
