import type { Interval } from '../quantity/types.ts';
/**
 * Whether two closed intervals share at least one value.
 *
 * @param a - An interval.
 * @param b - An interval.
 * @returns `true` when some value lies in both.
 * @example
 * intervalsOverlap({ low: 9.38, high: 10.42 }, { low: 9.5, high: 10.5 })
 * // => true
 * intervalsOverlap({ low: 8.51, high: 8.55 }, { low: 9.95, high: Infinity })
 * // => false
 */
export declare function intervalsOverlap(a: Interval, b: Interval): boolean;
/** `intervalsOverlap` without the argument checks, for callers whose intervals are already checked (the check engine). */
export declare function _intervalsOverlap(a: Interval, b: Interval): boolean;
