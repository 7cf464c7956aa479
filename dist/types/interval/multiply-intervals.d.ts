import type { Interval } from '../quantity/types.ts';
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
export declare function multiplyIntervals(a: Interval, b: Interval): Interval;
/** `multiplyIntervals` without the argument checks, for callers whose intervals are already checked (the check engine). */
export declare function _multiplyIntervals(a: Interval, b: Interval): Interval;
