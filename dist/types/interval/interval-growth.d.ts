import type { Interval } from '../quantity/types.ts';
import type { IntervalResult } from './types.ts';
/**
 * The growth rate, in percent, from one interval to another: every value `(to ÷ from − 1) × 100`.
 * A base that is or may be zero or negative has no growth rate: the result says so, with the
 * reason, instead of returning Infinity or NaN.
 *
 * @param from - The base (previous year).
 * @param to - The level reached.
 * @returns The growth interval in percent, or a `not comparable` result (`zero_base`, `negative_base`).
 * @example
 * const growth = intervalGrowth({ low: 84765000, high: 84775000 }, { low: 91995000, high: 92005000 });
 * [growth.low.toFixed(3), growth.high.toFixed(3)]
 * // => ['8.517', '8.541']
 * intervalGrowth({ low: 0, high: 0.5 }, { low: 3, high: 3 }).reason
 * // => 'zero_base'
 */
export declare function intervalGrowth(from: Interval, to: Interval): IntervalResult;
/** `intervalGrowth` without the argument checks, for callers whose intervals are already checked (the check engine). */
export declare function _intervalGrowth(from: Interval, to: Interval): IntervalResult;
