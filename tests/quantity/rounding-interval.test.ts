import { describe, expect, it } from 'vitest';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { QuantityParseError } from '../../src/errors/quantity-parse-error.ts';
import { ABOUT_TOLERANCE, NEARLY_TOLERANCE, QUALIFIERS } from '../../src/quantity/qualifiers.ts';
import { roundingInterval } from '../../src/quantity/rounding-interval.ts';
import type { Qualifier } from '../../src/quantity/types.ts';

const WAN = 10000;
const YI = 100000000;

describe('roundingInterval, by hand', () => {
  // [written, scale, qualifier, signed, low, high]; h = half a unit of the last written digit × scale.
  const cases: [string, number, Qualifier, boolean, number, number][] = [
    // h = 0.005 × 1e8 = 500000: low = (2·27346 − 1)·1e8 / (2·100) = 54691e8 / 200 = 27345500000.
    ['273.46', YI, 'exact', false, 27345500000, 27346500000],
    // h = 0.5 × 1e4 = 5000.
    ['4494', WAN, 'exact', false, 44935000, 44945000],
    // h = 0.05: 1234.5 ± 0.05 (separators ignored).
    ['1,234.5', 1, 'exact', false, 1234.45, 1234.55],
    // h = 0.5 × 1e12.
    ['1', 1e12, 'exact', false, 5e11, 1.5e12],
    // 0.1 + 0.2 style traps: 0.3 ± 0.05 is [0.25, 0.35] exactly as decimals.
    ['0.3', 1, 'exact', true, 0.25, 0.35],
    // at_least: 10 − 0.5.
    ['10', 1, 'at_least', true, 9.5, Infinity],
    // above: the value itself.
    ['600', YI, 'above', false, 60000000000, Infinity],
    // at_most: signed → open below; unsigned → 0.
    ['3', 1, 'at_most', true, -Infinity, 3.5],
    ['3', 1, 'at_most', false, 0, 3.5],
    // about: 5.5 × (1 ∓ 0.05) ∓ 0.05 = [5.175, 5.825].
    ['5.5', 1, 'about', true, 5.175, 5.825],
    // about, negative: −2 ∓ (0.1 + 0.5) = [−2.6, −1.4].
    ['-2', 1, 'about', true, -2.6, -1.4],
    // nearly: 700 × 0.95 = 665, 700 + 0.5.
    ['700', 1, 'nearly', false, 665, 700.5],
    // nearly, negative (mirrored): [−5 − 0.5, −5 × 0.95].
    ['−5', 1, 'nearly', true, -5.5, -4.75],
    // more_than: step 10^k, k the place of the last non-zero digit.
    ['50', 1, 'more_than', false, 50, 60],
    ['700', 1, 'more_than', false, 700, 800],
    ['1000', 1, 'more_than', false, 1000, 2000],
    ['1.5', WAN, 'more_than', false, 15000, 16000],
    ['1.50', 1, 'more_than', false, 1.5, 1.6],
    // more_than of zero: one unit of the last written digit.
    ['0.0', 1, 'more_than', false, 0, 0.1],
    // more_than, negative (mirrored): [−6, −5].
    ['-5', 1, 'more_than', true, -6, -5],
    // ratio: (2.35 ± 0.005) / 1.
    ['2.35:1', 1, 'exact', false, 2.345, 2.355],
    // ratio: (3 ± 0.5) / 2 = [1.25, 1.75].
    ['3:2', 1, 'exact', false, 1.25, 1.75],
    // unsigned zero: [−0.5, 0.5] clamped at 0.
    ['0', 1, 'exact', false, 0, 0.5],
    // signed zero keeps its negative side.
    ['0', 1, 'exact', true, -0.5, 0.5],
  ];
  for (const [written, scale, qualifier, signed, low, high] of cases) {
    it(`${written} × ${scale} ${qualifier}${signed ? ' (signed)' : ''} → [${low}, ${high}]`, () => {
      expect(roundingInterval(written, scale, qualifier, signed)).toEqual({ low, high });
    });
  }

  it('is exact where doubles are not: 0.07 亿 gives [6500000, 7500000]', () => {
    // 0.07 × 1e8 − 0.005 × 1e8 would be 6500000.000000001 in doubles.
    expect(roundingInterval('0.07', YI, 'exact', false)).toEqual({ low: 6500000, high: 7500000 });
  });

  it('uses the documented tolerances', () => {
    expect([ABOUT_TOLERANCE, NEARLY_TOLERANCE]).toEqual([0.05, 0.05]);
  });

  it('contains the written value for every qualifier', () => {
    for (const qualifier of QUALIFIERS) {
      const { low, high } = roundingInterval('42.5', WAN, qualifier, true);
      expect(low, qualifier).toBeLessThanOrEqual(425000);
      expect(high, qualifier).toBeGreaterThanOrEqual(425000);
    }
  });

  it('returns a new object each time', () => {
    expect(roundingInterval('1', 1, 'exact', true)).not.toBe(roundingInterval('1', 1, 'exact', true));
  });
});

describe('roundingInterval, errors', () => {
  it('throws QuantityParseError with a position into the written number', () => {
    const cases: [string, number][] = [['12..5', 3], ['1,23', 4], ['', 0], ['abc', 0], ['1 2', 1], ['2:0', 2], ['1' + '0'.repeat(400), 0]];
    for (const [written, position] of cases) {
      let caught: unknown;
      try {
        roundingInterval(written, 1, 'exact', true);
      } catch (error) {
        caught = error;
      }
      expect(caught, written).toBeInstanceOf(QuantityParseError);
      expect((caught as QuantityParseError).position, written).toBe(position);
    }
  });

  it('refuses a negative number for an unsigned unit', () => {
    expect(() => roundingInterval('-5', 1, 'exact', false)).toThrow(QuantityParseError);
  });

  it('refuses a scale that is not a positive finite number', () => {
    for (const scale of [0, -1, Number.NaN, Infinity]) {
      expect(() => roundingInterval('1', scale, 'exact', true)).toThrow(FactcheckError);
      expect(() => roundingInterval('1', scale, 'exact', true)).toThrow(/as a scale/);
    }
  });

  it('refuses an unknown qualifier, naming the allowed ones', () => {
    expect(() => roundingInterval('1', 1, 'roughly' as Qualifier, true)).toThrow(/"roughly".*"exact"/);
  });
});
