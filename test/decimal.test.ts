// CO2e quantities are exact: no rounding at decimal.js's default 20 significant digits, and the schema refuses
// quantities too long for the engine's precision (engine/decimal.ts states the arithmetic).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  isBoundedDecimalString,
  MAX_FRACTION_DIGITS,
  MAX_INTEGER_DIGITS,
  MAX_LINES,
  sumDecimals,
  toDecimal,
} from '../engine/decimal.js';
import { evaluate } from '../engine/evaluate.js';
import { validateEvent } from '../engine/event-schema.js';
import { compileMini } from './fixtures/mini-pack.js';

describe('exact sums and comparisons', () => {
  it('99.9999999999999999999 is not enough for 100: the shortfall is 0.0000000000000000001', () => {
    const counted = sumDecimals(['99.9999999999999999999']);
    const need = toDecimal('100');
    expect(counted.gte(need)).toBe(false);
    expect(formatDecimal(counted)).toBe('99.9999999999999999999');
    expect(formatDecimal(need.minus(counted))).toBe('0.0000000000000000001');
    expect(counted.plus(toDecimal('0.0000000000000000001')).gte(need)).toBe(true);
  });

  it('a sum of many lines keeps every digit', () => {
    const values = ['0.000000000000000000000001', '123456789012345678901234', '0.1', '0.2'];
    expect(formatDecimal(sumDecimals(values))).toBe('123456789012345678901234.300000000000000000000001');
  });

  it(`${MAX_LINES} lines of the largest quantity the schema accepts add up exactly`, () => {
    const largest = `${'9'.repeat(MAX_INTEGER_DIGITS)}.${'9'.repeat(MAX_FRACTION_DIGITS)}`;
    // One line a hair smaller, so the total's last digit (10^-24) is not 0 and it has all 27 + 24 digits.
    const lines = [...Array.from({ length: MAX_LINES - 1 }, () => largest), fromScaled(toScaled(largest) - 1n)];
    expect(lines.every(isBoundedDecimalString)).toBe(true);
    const exact = lines.reduce((s, v) => s + toScaled(v), 0n);
    const total = sumDecimals(lines);
    expect(formatDecimal(total)).toBe(fromScaled(exact));
    // counted + pending (52 digits), and emissions minus a total, stay exact too.
    expect(formatDecimal(total.plus(total))).toBe(fromScaled(2n * exact));
    expect(formatDecimal(toDecimal('0.000000000000000000000001').minus(total))).toBe(fromScaled(1n - exact));
  });

  it('evaluate reports the plan short by 0.0000000000000000001, not sufficient', async () => {
    const d = await evaluate(compileMini(), {
      startDate: '2026-05-01',
      endDate: '2026-05-02',
      emissionsTco2e: '100',
      offsets: [{ instrument: 'CCER', quantityTco2e: '99.9999999999999999999' }],
    });
    expect(d.offsets.check).toMatchObject({
      sufficient: false,
      counted: '99.9999999999999999999',
      shortfall: '0.0000000000000000001',
    });
  });
});

describe('the schema bounds the digits of a quantity', () => {
  const event = (fields: Record<string, unknown>) => ({ startDate: '2026-05-01', endDate: '2026-05-02', ...fields });
  const problemAt = (raw: unknown, path: string) => {
    const result = validateEvent(raw);
    expect(result.ok).toBe(false);
    return result.ok ? undefined : result.problems.find((p) => p.path === path);
  };

  it('accepts 24 digits before and 24 after the point', () => {
    const longest = `${'1'.repeat(24)}.${'1'.repeat(24)}`;
    expect(validateEvent(event({ emissionsTco2e: longest, offsets: [{ instrument: 'CCER', quantityTco2e: longest }] })).ok).toBe(true);
  });

  it('refuses 25 digits before the point, naming the field', () => {
    const problem = problemAt(event({ emissionsTco2e: '1'.repeat(25) }), 'emissionsTco2e');
    expect(problem?.message).toContain('at most 24 digits before and 24 after the point');
  });

  it('refuses 25 digits after the point, naming the line', () => {
    const raw = event({
      offsets: [
        { instrument: 'CCER', quantityTco2e: '1' },
        { instrument: 'CCER', quantityTco2e: `0.${'0'.repeat(24)}1` },
      ],
    });
    const problem = problemAt(raw, 'offsets[1].quantityTco2e');
    expect(problem?.message).toContain('at most 24 digits before and 24 after the point');
  });
});

// An oracle independent of decimal.js: every quantity as an integer number of 10^-24 t.
const SCALE = 10n ** BigInt(MAX_FRACTION_DIGITS);

function toScaled(q: string): bigint {
  const [whole = '', fraction = ''] = q.split('.');
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(MAX_FRACTION_DIGITS, '0'));
}

function fromScaled(n: bigint): string {
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  const fraction = (abs % SCALE).toString().padStart(MAX_FRACTION_DIGITS, '0').replace(/0+$/, '');
  return `${sign}${abs / SCALE}${fraction ? `.${fraction}` : ''}`;
}

/** A schema-valid quantity from a scaled integer, written with `digits` fraction digits (trailing zeros kept). */
function written(n: bigint, digits: number): string {
  const whole = n / SCALE;
  const fraction = (n % SCALE).toString().padStart(MAX_FRACTION_DIGITS, '0').slice(0, digits);
  return digits ? `${whole}.${fraction}` : `${whole}`;
}

const MAX_SCALED = 10n ** BigInt(MAX_INTEGER_DIGITS) * SCALE - 1n;

/** Quantities aimed at the hard cases: long fractions, runs of nines, tiny and huge values. */
const quantity = fc
  .oneof(
    // Anything the schema accepts, with all 24 fraction digits.
    fc.bigInt({ min: 0n, max: MAX_SCALED }).map((n) => written(n, MAX_FRACTION_DIGITS)),
    // Long fractions on small values, written with a random number of fraction digits.
    fc
      .tuple(fc.bigInt({ min: 0n, max: 1000n * SCALE }), fc.integer({ min: 0, max: MAX_FRACTION_DIGITS }))
      .map(([n, digits]) => written(n, digits)),
    // Just under a round number: 99.999...9 with 19 to 24 nines.
    fc
      .tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 19, max: MAX_FRACTION_DIGITS }))
      .map(([whole, nines]) => `${whole - 1}.${'9'.repeat(nines)}`),
    // Tiny quantities.
    fc.integer({ min: 1, max: MAX_FRACTION_DIGITS }).map((digits) => `0.${'0'.repeat(digits - 1)}1`),
  )
  .filter(isBoundedDecimalString);

describe('sums and comparisons agree with a BigInt oracle', () => {
  test.prop([fc.array(quantity, { minLength: 0, maxLength: 40 })], { numRuns: 200 })('sumDecimals is the exact sum', (values) => {
    const exact = values.reduce((s, v) => s + toScaled(v), 0n);
    expect(formatDecimal(sumDecimals(values))).toBe(fromScaled(exact));
  });

  test.prop([fc.array(quantity, { minLength: 1, maxLength: 40 }), fc.integer({ min: -3, max: 3 }), fc.boolean()], {
    numRuns: 200,
  })('comparisons against a threshold a few 10^-24 t away from the sum are exact', (values, delta, coarse) => {
    const exact = values.reduce((s, v) => s + toScaled(v), 0n);
    // The threshold sits within 3 * 10^-24 of the sum (or of the sum rounded down to 20 significant digits).
    const base = coarse ? toScaled(formatDecimal(toDecimal(fromScaled(exact)).toSignificantDigits(20, 1))) : exact;
    let threshold = base + BigInt(delta);
    if (threshold < 0n) threshold = 0n;
    if (threshold > MAX_SCALED) threshold = MAX_SCALED;
    const need = toDecimal(written(threshold, MAX_FRACTION_DIGITS));
    const sum = sumDecimals(values);
    expect(sum.gte(need)).toBe(exact >= threshold);
    expect(formatDecimal(need.minus(sum))).toBe(fromScaled(threshold - exact));
    const half = values.slice(0, Math.ceil(values.length / 2));
    const rest = values.slice(half.length);
    expect(sumDecimals(half).plus(sumDecimals(rest)).gte(need)).toBe(exact >= threshold);
  });
});
