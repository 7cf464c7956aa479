import { finiteNumber } from '../interval/finite-number.ts';
import { NotComparableError } from '../errors/not-comparable-error.ts';
import { messages } from '../messages/index.ts';

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
export function annualisedGrowth(rates: readonly number[]): number {
  if (rates.length === 0) throw new NotComparableError('no_period', messages.noRates());
  rates.forEach((rate, index) => finiteNumber(rate, `Rate ${index + 1}`));
  for (const rate of rates) {
    if (rate <= -100) throw new NotComparableError('rate_below_minus_100', messages.rateBelowMinus100(rate));
  }
  // Through logarithms: the product of hundreds of factors under 1 would underflow to 0 (and over 1 overflow).
  const meanLog = rates.reduce((sum, rate) => sum + Math.log1p(rate / 100), 0) / rates.length;
  return Math.expm1(meanLog) * 100;
}
