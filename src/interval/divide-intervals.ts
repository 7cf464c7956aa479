import { overflowSafe } from './overflow-safe.ts';
import { checkedInterval } from './checked-interval.ts';
import { messages } from '../messages/index.ts';
import type { Interval } from '../quantity/types.ts';
import type { IntervalResult } from './types.ts';
import { formatBrackets } from '../text/format-interval.ts';

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
export function divideIntervals(a: Interval, b: Interval): IntervalResult {
  return _divideIntervals(checkedInterval(a, 'The first interval'), checkedInterval(b, 'The second interval'));
}

/** `divideIntervals` without the argument checks, for callers whose intervals are already checked (the check engine). */
export function _divideIntervals(a: Interval, b: Interval): IntervalResult {
  if (b.low <= 0 && b.high >= 0) {
    return { comparable: false, reason: 'zero_base', message: messages.divisorHoldsZero(formatBrackets(b, 1)) };
  }
  // Quotients of the ends, not a product with reciprocals: 1 / 5e-324 overflows to Infinity, and
  // an end over an open end has every value between 0 and the sign's infinity as its limit.
  const quotients = [a.low, a.high].flatMap((x) => [b.low, b.high].flatMap((y) => {
    if (x === 0) return [0];
    if (!Number.isFinite(x) && !Number.isFinite(y)) return [0, Math.sign(x) * Math.sign(y) * Infinity];
    return [x / y];
  }));
  return overflowSafe({ low: Math.min(...quotients), high: Math.max(...quotients) });
}
