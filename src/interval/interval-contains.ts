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
export function intervalContains(interval: Interval, value: number): boolean {
  return interval.low <= value && value <= interval.high;
}
