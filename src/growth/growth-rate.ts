import { finiteNumber, finiteResult } from '../interval/finite-number.ts';
import { NotComparableError } from '../errors/not-comparable-error.ts';
import { _intervalGrowth } from '../interval/interval-growth.ts';
import { toInterval } from '../interval/to-interval.ts';
import type { IntervalResult } from '../interval/types.ts';
import { messages } from '../messages/index.ts';
import type { Interval } from '../quantity/types.ts';
import type { Figure } from '../report/types.ts';
import { levelsRefusal } from './levels-refusal.ts';

/**
 * Growth between two levels, in percent: `(to ÷ from − 1) × 100`.
 *
 * On plain numbers it returns a number and throws when the base is zero or negative. On figures
 * or intervals it returns the interval of every growth rate the rounded figures allow, or a
 * `not comparable` result naming the reason: a zero base, or two figures in units that cannot be
 * one quantity (a level and a rate, people and money).
 *
 * @param from - The base: a number, an interval or a figure.
 * @param to - The level reached.
 * @returns The growth in percent (a number, or an interval for figures and intervals).
 * @throws {NotComparableError} For plain numbers when `from` is zero or negative.
 * @example
 * growthRate(8477, 9200).toFixed(2)
 * // => '8.53'
 * growthRate(fig('industrial_investment_2023'), fig('industrial_investment_2024_target')).high.toFixed(2)
 * // => '10.42'
 * growthRate(fig('gdp_2023'), fig('gdp_growth_2024_target')).reason
 * // => 'units'
 * growthRate(0, 5)
 * // => throws NotComparableError
 */
export function growthRate(from: number, to: number): number;
export function growthRate(from: number | Interval | Figure, to: number | Interval | Figure): IntervalResult;
export function growthRate(from: number | Interval | Figure, to: number | Interval | Figure): number | IntervalResult {
  if (typeof from === 'number' && typeof to === 'number') {
    finiteNumber(from, 'The from');
    finiteNumber(to, 'The to');
    if (from === 0) throw new NotComparableError('zero_base', messages.zeroBase(from));
    if (from < 0) throw new NotComparableError('negative_base', messages.negativeBase(String(from)));
    return finiteResult((to / from - 1) * 100, 'growth rate');
  }
  // Growth from people to money, or from a level to a rate, means nothing: figures say which units met.
  // toInterval has checked both: the inner function does not check again.
  return levelsRefusal(from, to) ?? _intervalGrowth(toInterval(from), toInterval(to));
}
