import type { IntervalResult, NotComparable } from './types.ts';
/**
 * Tells a "not comparable" result from an interval.
 *
 * @param result - What an interval operation returned.
 * @returns `true` when the operation had no meaningful answer.
 * @example
 * isNotComparable(intervalGrowth({ low: 0, high: 0 }, { low: 5, high: 5 }))
 * // => true
 * isNotComparable(intervalGrowth({ low: 100, high: 100 }, { low: 110, high: 110 }))
 * // => false
 */
export declare function isNotComparable(result: IntervalResult | unknown): result is NotComparable;
