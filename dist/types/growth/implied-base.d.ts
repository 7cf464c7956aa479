import type { IntervalResult } from '../interval/types.ts';
import type { Interval } from '../quantity/types.ts';
import type { Figure } from '../report/types.ts';
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
export declare function impliedBase(level: number, rate: number): number;
export declare function impliedBase(level: number | Interval | Figure, rate: number | Interval | Figure): IntervalResult;
/** `impliedBase` of two intervals without the argument checks, for callers whose values are already checked (the check engine). */
export declare function _impliedBase(l: Interval, r: Interval): IntervalResult;
