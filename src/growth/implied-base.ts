import { finiteNumber, finiteResult } from '../interval/finite-number.ts';
import { NotComparableError } from '../errors/not-comparable-error.ts';
import { _divideIntervals } from '../interval/divide-intervals.ts';
import { toInterval } from '../interval/to-interval.ts';
import type { IntervalResult } from '../interval/types.ts';
import { messages } from '../messages/index.ts';
import type { Interval } from '../quantity/types.ts';
import type { Figure } from '../report/types.ts';
import { realGrowthRefusal } from './real-growth-refusal.ts';
import { levelRefusal } from './levels-refusal.ts';
import { percentRefusal } from './percent-refusal.ts';
import { formatBrackets } from '../text/format-interval.ts';

/**
 * The base a level grew from at a growth rate (back-calculation): `level ÷ (1 + rate ÷ 100)`.
 * A real growth figure cannot be back-calculated onto a nominal level (see `impliedLevel`).
 *
 * @param level - The level reached: a number, an interval or a figure.
 * @param rate - The growth rate in percent that led to it.
 * @returns The base (a number, or an interval for figures and intervals), or `not comparable`
 *   (`rate_below_minus_100`, `real_vs_nominal`).
 * @throws {NotComparableError} For plain numbers when the rate is −100% or less.
 * @example
 * impliedBase(6403, 18.1).toFixed(1)
 * // => '5421.7'
 * impliedBase(fig('gdp_2023'), fig('gdp_growth_2023')).reason
 * // => 'real_vs_nominal'
 * impliedBase({ low: 103, high: 103 }, { low: -Infinity, high: 3 })
 * // => { low: 100, high: Infinity }
 */
export function impliedBase(level: number, rate: number): number;
export function impliedBase(level: number | Interval | Figure, rate: number | Interval | Figure): IntervalResult;
export function impliedBase(level: number | Interval | Figure, rate: number | Interval | Figure): number | IntervalResult {
  if (typeof level === 'number' && typeof rate === 'number') {
    finiteNumber(level, 'The level');
    finiteNumber(rate, 'The rate');
    if (rate <= -100) throw new NotComparableError('rate_below_minus_100', messages.rateBelowMinus100(rate));
    return finiteResult(level / (1 + rate / 100), 'implied base');
  }
  return percentRefusal(rate) ?? levelRefusal(level) ?? realGrowthRefusal(rate) ?? _impliedBase(toInterval(level), toInterval(rate));
}

/** `impliedBase` of two intervals without the argument checks, for callers whose values are already checked (the check engine). */
export function _impliedBase(level: Interval, rate: Interval): IntervalResult {
  if (rate.high <= -100) {
    return { comparable: false, reason: 'rate_below_minus_100', message: messages.rateBelowMinus100(rate.high) };
  }
  if (rate.low <= -100) {
    // A rate open below (3%以内) allows any fall short of -100%: the base has no upper bound.
    if (level.low < 0) return { comparable: false, reason: 'negative_base', message: messages.negativeBase(formatBrackets(level, 1)) };
    return { low: level.low / (1 + rate.high / 100), high: Infinity };
  }
  return _divideIntervals(level, { low: 1 + rate.low / 100, high: 1 + rate.high / 100 });
}
