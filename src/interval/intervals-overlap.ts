import { checkedInterval } from './checked-interval.ts';
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
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return _intervalsOverlap(checkedInterval(a, 'The first interval'), checkedInterval(b, 'The second interval'));
}

/** `intervalsOverlap` without the argument checks, for callers whose intervals are already checked (the check engine). */
export function _intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}
