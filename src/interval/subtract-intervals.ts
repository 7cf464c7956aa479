import { overflowSafe } from './overflow-safe.ts';
import { checkedInterval } from './checked-interval.ts';
import type { Interval } from '../quantity/types.ts';

/**
 * The difference of two intervals: every value `a − b` with `a` in the first and `b` in the second.
 *
 * @param a - The interval subtracted from.
 * @param b - The interval subtracted.
 * @returns `[a.low − b.high, a.high − b.low]`.
 * @example
 * subtractIntervals({ low: 9, high: 11 }, { low: 2, high: 3 })
 * // => { low: 6, high: 9 }
 */
export function subtractIntervals(a: Interval, b: Interval): Interval {
  return _subtractIntervals(checkedInterval(a, 'The first interval'), checkedInterval(b, 'The second interval'));
}

/** `subtractIntervals` without the argument checks, for callers whose intervals are already checked. */
export function _subtractIntervals(a: Interval, b: Interval): Interval {
  return overflowSafe({ low: a.low - b.high, high: a.high - b.low });
}
