import { finiteNumber, finiteResult } from '../interval/finite-number.ts';
import { NotComparableError } from '../errors/not-comparable-error.ts';
import { _multiplyIntervals } from '../interval/multiply-intervals.ts';
import { toInterval } from '../interval/to-interval.ts';
import type { IntervalResult } from '../interval/types.ts';
import { messages } from '../messages/index.ts';
import type { Interval } from '../quantity/types.ts';
import type { Figure } from '../report/types.ts';
import { realGrowthRefusal } from './real-growth-refusal.ts';
import { levelRefusal } from './levels-refusal.ts';
import { percentRefusal } from './percent-refusal.ts';

/**
 * The level a base reaches at a growth rate: `base × (1 + rate ÷ 100)`.
 *
 * A real growth rate (comparable prices: GDP, value added) does not turn a nominal level into
 * next year's nominal level; given a figure whose basis is `real`, the result is `not comparable`
 * (reason `real_vs_nominal`). Convert it first with `nominalGrowth` and a deflator.
 *
 * @param base - The starting level: a number, an interval or a figure.
 * @param rate - The growth rate in percent: a number, an interval or a figure.
 * @returns The level (a number, or an interval for figures and intervals).
 * @throws {NotComparableError} For plain numbers when the rate is −100% or less.
 * @example
 * impliedLevel(8477, 10).toFixed(1)
 * // => '9324.7'
 * impliedLevel(fig('imports_exports_2023'), fig('imports_exports_growth_2024_target')).high
 * // => Infinity
 * impliedLevel(fig('gdp_2023'), fig('gdp_growth_2024_target')).reason
 * // => 'real_vs_nominal'
 * impliedLevel({ low: 100, high: 100 }, { low: -Infinity, high: 3 })
 * // => { low: 0, high: 103 }
 */
export function impliedLevel(base: number, rate: number): number;
export function impliedLevel(base: number | Interval | Figure, rate: number | Interval | Figure): IntervalResult;
export function impliedLevel(base: number | Interval | Figure, rate: number | Interval | Figure): number | IntervalResult {
  if (typeof base === 'number' && typeof rate === 'number') {
    finiteNumber(base, 'The base');
    finiteNumber(rate, 'The rate');
    if (rate <= -100) throw new NotComparableError('rate_below_minus_100', messages.rateBelowMinus100(rate));
    return finiteResult(base * (1 + rate / 100), 'implied level');
  }
  return percentRefusal(rate) ?? levelRefusal(base) ?? realGrowthRefusal(rate) ?? _impliedLevel(toInterval(base), toInterval(rate));
}

/** `impliedLevel` of two intervals without the argument checks, for callers whose values are already checked (the check engine). */
export function _impliedLevel(base: Interval, rate: Interval): IntervalResult {
  if (rate.high <= -100) {
    return { comparable: false, reason: 'rate_below_minus_100', message: messages.rateBelowMinus100(rate.high) };
  }
  // A rate open below (3%以内) still cannot fall past -100%: the level cannot go below nothing.
  return _multiplyIntervals(base, { low: Math.max(0, 1 + rate.low / 100), high: 1 + rate.high / 100 });
}
