import { overflowSafe } from './overflow-safe.ts';
import { checkedInterval } from './checked-interval.ts';
import type { Interval } from '../quantity/types.ts';

/** A bound product where zero times an open end is zero (the product of an interval touching zero). */
const times = (x: number, y: number): number => (x === 0 || y === 0 ? 0 : x * y);

/**
 * The product of two intervals: every value `a × b` with `a` in the first and `b` in the second.
 * Zero times an open end counts as zero, so the result never holds NaN.
 *
 * @param a - An interval.
 * @param b - An interval.
 * @returns The smallest interval holding all products.
 * @example
 * multiplyIntervals({ low: 44935000, high: 44945000 }, { low: 1002.5, high: 1003.5 })
 * // => { low: 45047337500, high: 45102307500 }
 * multiplyIntervals({ low: 0, high: 2 }, { low: 3, high: Infinity })
 * // => { low: 0, high: Infinity }
 */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  return _multiplyIntervals(checkedInterval(a, 'The first interval'), checkedInterval(b, 'The second interval'));
}

/** `multiplyIntervals` without the argument checks, for callers whose intervals are already checked (the check engine). */
export function _multiplyIntervals(a: Interval, b: Interval): Interval {
  const products = [times(a.low, b.low), times(a.low, b.high), times(a.high, b.low), times(a.high, b.high)];
  return overflowSafe({ low: Math.min(...products), high: Math.max(...products) });
}
