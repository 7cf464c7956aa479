import { finiteNumber } from '../interval/finite-number.ts';
import { geometricMean } from 'simple-statistics';
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
  return (geometricMean(rates.map((rate) => 1 + rate / 100)) - 1) * 100;
}
