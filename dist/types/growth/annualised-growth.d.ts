/**
 * The average yearly growth, in percent, of several years' rates: the geometric mean of the growth
 * factors, minus one. It is the constant rate that gives the same cumulative growth
 * (`compoundGrowth`), not the arithmetic mean of the rates.
 *
 * @param rates - Yearly growth rates in percent.
 * @returns The annualised rate in percent.
 * @throws {NotComparableError} For no rates (`no_period`) or a rate of −100% or less.
 * @example
 * annualisedGrowth([10, 21]).toFixed(4)
 * // => '15.3690'
 * annualisedGrowth([])
 * // => throws NotComparableError
 */
export declare function annualisedGrowth(rates: readonly number[]): number;
