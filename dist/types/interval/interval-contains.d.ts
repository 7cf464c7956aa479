import type { Interval } from '../quantity/types.ts';
/**
 * Whether a closed interval contains a value.
 *
 * @param interval - The interval.
 * @param value - The value.
 * @returns `true` when `low ≤ value ≤ high`.
 * @example
 * intervalContains({ low: 27.5, high: Infinity }, 28)
 * // => true
 */
export declare function intervalContains(interval: Interval, value: number): boolean;
/** `intervalContains` without the argument checks, for callers whose values are already checked (the check engine). */
export declare function _intervalContains(interval: Interval, value: number): boolean;
