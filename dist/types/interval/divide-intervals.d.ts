import type { Interval } from '../quantity/types.ts';
import type { IntervalResult } from './types.ts';
/**
 * The quotient of two intervals: every value `a ÷ b` with `a` in the first and `b` in the second.
 * When the divisor holds zero there is no bounded answer, and the result says so instead of
 * returning Infinity or NaN.
 *
 * @param a - The dividend.
 * @param b - The divisor.
 * @returns The quotient interval, or a `not comparable` result with reason `zero_base`.
 * @example
 * divideIntervals({ low: 21650000000, high: 21750000000 }, { low: 44935000, high: 44945000 }).low.toFixed(2)
 * // => '481.70'
 * divideIntervals({ low: 1, high: 2 }, { low: -1, high: 1 }).reason
 * // => 'zero_base'
 */
export declare function divideIntervals(a: Interval, b: Interval): IntervalResult;
/** `divideIntervals` without the argument checks, for callers whose intervals are already checked (the check engine). */
export declare function _divideIntervals(a: Interval, b: Interval): IntervalResult;
