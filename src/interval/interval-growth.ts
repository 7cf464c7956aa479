import { overflowSafe } from './overflow-safe.ts';
import { checkedInterval } from './checked-interval.ts';
import { messages } from '../messages/index.ts';
import type { Interval } from '../quantity/types.ts';
import { formatBrackets } from '../text/format-interval.ts';
import { _divideIntervals } from './divide-intervals.ts';
import { isNotComparable } from './is-not-comparable.ts';
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
export function intervalGrowth(from: Interval, to: Interval): IntervalResult {
  return _intervalGrowth(checkedInterval(from, 'The first interval'), checkedInterval(to, 'The second interval'));
}

/** `intervalGrowth` without the argument checks, for callers whose intervals are already checked (the check engine). */
export function _intervalGrowth(from: Interval, to: Interval): IntervalResult {
  if (from.high < 0) {
    return { comparable: false, reason: 'negative_base', message: messages.negativeBase(formatBrackets(from, 1)) };
  }
  const ratio = _divideIntervals(to, from);
  if (isNotComparable(ratio)) return ratio;
  return overflowSafe({ low: (ratio.low - 1) * 100, high: (ratio.high - 1) * 100 });
}
