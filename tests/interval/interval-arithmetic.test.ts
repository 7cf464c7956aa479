import { describe, expect, it } from 'vitest';
import { addIntervals } from '../../src/interval/add-intervals.ts';
import { divideIntervals } from '../../src/interval/divide-intervals.ts';
import { intervalContains } from '../../src/interval/interval-contains.ts';
import { intervalGrowth } from '../../src/interval/interval-growth.ts';
import { intervalsOverlap } from '../../src/interval/intervals-overlap.ts';
import { isNotComparable } from '../../src/interval/is-not-comparable.ts';
import { multiplyIntervals } from '../../src/interval/multiply-intervals.ts';
import { pointOf } from '../../src/interval/point-of.ts';
import { subtractIntervals } from '../../src/interval/subtract-intervals.ts';
import { sumIntervals } from '../../src/interval/sum-intervals.ts';
import { toInterval } from '../../src/interval/to-interval.ts';
import { figure, growth } from '../support/figure.ts';

const hasNoNaN = (interval: { low: number; high: number }) => !Number.isNaN(interval.low) && !Number.isNaN(interval.high);

describe('interval arithmetic', () => {
  it('adds and subtracts bound by bound, keeping open ends open', () => {
    // 27万亩 [26.5, 27.5] + 1万亩 [0.5, 1.5] = [27, 29]
    expect(addIntervals({ low: 26.5, high: 27.5 }, { low: 0.5, high: 1.5 })).toEqual({ low: 27, high: 29 });
    expect(addIntervals({ low: 1, high: Infinity }, { low: 2, high: 3 })).toEqual({ low: 3, high: Infinity });
    // [9, 11] − [2, 3] = [9 − 3, 11 − 2]
    expect(subtractIntervals({ low: 9, high: 11 }, { low: 2, high: 3 })).toEqual({ low: 6, high: 9 });
    expect(sumIntervals([])).toEqual({ low: 0, high: 0 });
  });

  it('multiplies with signs and open ends, never giving NaN', () => {
    // [-2, 3] × [4, 5]: products -8, -10, 12, 15
    expect(multiplyIntervals({ low: -2, high: 3 }, { low: 4, high: 5 })).toEqual({ low: -10, high: 15 });
    // 0 × ∞ counts as 0
    const open = multiplyIntervals({ low: 0, high: 2 }, { low: 3, high: Infinity });
    expect(open).toEqual({ low: 0, high: Infinity });
    expect(hasNoNaN(multiplyIntervals({ low: -Infinity, high: 0 }, { low: 0, high: Infinity }))).toBe(true);
  });

  it('divides, and refuses a divisor that holds zero with a reason', () => {
    // 217亿 [216.5亿, 217.5亿] ÷ 4494万 [4493.5万, 4494.5万] = [481.70, 484.03] yuan
    const perVisitor = divideIntervals({ low: 216.5e8, high: 217.5e8 }, { low: 4493.5e4, high: 4494.5e4 });
    if (isNotComparable(perVisitor)) throw new Error('expected an interval');
    expect(perVisitor.low).toBeCloseTo(21650000000 / 44945000, 9);
    expect(perVisitor.high).toBeCloseTo(21750000000 / 44935000, 9);
    for (const divisor of [{ low: 0, high: 0 }, { low: -1, high: 1 }, { low: 0, high: 5 }]) {
      const result = divideIntervals({ low: 1, high: 2 }, divisor);
      expect(isNotComparable(result) && result.reason).toBe('zero_base');
      expect(isNotComparable(result) && result.message).toMatch(/positive level/);
    }
  });

  it('computes growth intervals, and refuses zero and negative bases', () => {
    // 9200万 [9199.5, 9200.5] over 8477万 [8476.5, 8477.5]: [9199.5/8477.5 − 1, 9200.5/8476.5 − 1]
    const imports = intervalGrowth({ low: 8476.5, high: 8477.5 }, { low: 9199.5, high: 9200.5 });
    if (isNotComparable(imports)) throw new Error('expected an interval');
    expect(imports.low).toBeCloseTo((9199.5 / 8477.5 - 1) * 100, 10);
    expect(imports.high).toBeCloseTo((9200.5 / 8476.5 - 1) * 100, 10);
    const zero = intervalGrowth({ low: 0, high: 0 }, { low: 5, high: 5 });
    expect(isNotComparable(zero) && zero.reason).toBe('zero_base');
    const negative = intervalGrowth({ low: -5, high: -3 }, { low: 5, high: 5 });
    expect(isNotComparable(negative) && negative.reason).toBe('negative_base');
    expect(isNotComparable({ low: 1, high: 2 })).toBe(false);
    expect(isNotComparable(null)).toBe(false);
  });

  it('tests overlap and containment on closed intervals', () => {
    expect(intervalsOverlap({ low: 1, high: 2 }, { low: 2, high: 3 })).toBe(true);
    expect(intervalsOverlap({ low: 1, high: 2 }, { low: 2.0001, high: 3 })).toBe(false);
    expect(intervalContains({ low: 1, high: 2 }, 2)).toBe(true);
    expect(intervalContains({ low: 1, high: 2 }, 2.5)).toBe(false);
  });

  it('reads numbers, intervals and figures, with a fall as negative', () => {
    expect(toInterval(3)).toEqual({ low: 3, high: 3 });
    expect(toInterval({ low: 1, high: 2 })).toEqual({ low: 1, high: 2 });
    const fall = growth('0.5%', { direction: 'down' });
    expect(toInterval(fall)).toEqual({ low: -0.55, high: -0.45 });
    expect(pointOf(fall)).toBe(-0.5);
    expect(pointOf(figure('10%以上'))).toBe(10);
    expect(pointOf({ low: -Infinity, high: 3 })).toBe(3);
    expect(pointOf({ low: 2, high: Infinity })).toBe(2);
  });

  it('divides by the smallest doubles without overflowing into a malformed interval (found by fuzzing)', () => {
    // 1 / -5e-324 overflows to -Infinity; the quotient of the ends is computed directly instead
    expect(divideIntervals({ low: 0, high: 0 }, { low: -5e-324, high: -5e-324 })).toEqual({ low: 0, high: 0 });
    expect(intervalGrowth({ low: 5e-324, high: 5e-324 }, { low: 0, high: 0 })).toEqual({ low: -100, high: -100 });
    // an end over an open end: 1 / [3, ∞) is (0, 1/3]
    expect(divideIntervals({ low: 1, high: 2 }, { low: 3, high: Infinity })).toEqual({ low: 0, high: 2 / 3 });
  });

  it('keeps an overflowed result a well-formed interval that holds the true value (found by fuzzing)', () => {
    // 8.88e-16 / -5e-324 overflows to -Infinity at both ends: written as (-∞, -MAX]
    expect(divideIntervals({ low: 8.881784197001252e-16, high: 8.881784197001252e-16 }, { low: -5e-324, high: -5e-324 }))
      .toEqual({ low: -Infinity, high: -Number.MAX_VALUE });
    expect(addIntervals({ low: 1e308, high: 1e308 }, { low: 1e308, high: 1e308 })).toEqual({ low: Number.MAX_VALUE, high: Infinity });
  });
});

