import type { Interval } from '../quantity/types.ts';
/**
 * The sum of two intervals: every value `a + b` with `a` in the first and `b` in the second.
 * An open end stays open.
 *
 * @param a - An interval.
 * @param b - An interval.
 * @returns `[a.low + b.low, a.high + b.high]`.
 * @example
 * addIntervals({ low: 26.5, high: 27.5 }, { low: 0.5, high: 1.5 })
 * // => { low: 27, high: 29 }
 */
export declare function addIntervals(a: Interval, b: Interval): Interval;
/** `addIntervals` without the argument checks, for callers whose intervals are already checked. */
export declare function _addIntervals(a: Interval, b: Interval): Interval;
