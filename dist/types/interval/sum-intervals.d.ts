import type { Interval } from '../quantity/types.ts';
/**
 * The sum of any number of intervals; `[0, 0]` for none.
 *
 * @param intervals - Intervals to add.
 * @returns Their interval sum.
 * @example
 * sumIntervals([{ low: 24.65, high: 24.75 }, { low: 91.955, high: 91.965 }]).low.toFixed(3)
 * // => '116.605'
 */
export declare function sumIntervals(intervals: readonly Interval[]): Interval;
/** `sumIntervals` without the argument checks, for callers whose intervals are already checked (the check engine). */
export declare function _sumIntervals(intervals: readonly Interval[]): Interval;
