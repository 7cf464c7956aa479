import { finiteNumber, finiteResult } from '../interval/finite-number.ts';
import { NotComparableError } from '../errors/not-comparable-error.ts';
import { messages } from '../messages/index.ts';

/**
 * The cumulative growth, in percent, of several years' rates chained together:
 * `(Π(1 + rate ÷ 100) − 1) × 100`. Rates do not add: two years of 10% make 21%, not 20%.
 *
 * @param rates - Yearly growth rates in percent, in any order.
 * @returns The cumulative growth in percent; 0 for no years.
 * @throws {NotComparableError} When a rate is below −100% (nothing can fall by more than all of it).
 * @example
 * compoundGrowth([10, 10]).toFixed(2)
 * // => '21.00'
 * compoundGrowth([5.5, 6.5]).toFixed(4)
 * // => '12.3575'
 */
export function compoundGrowth(rates: readonly number[]): number {
  rates.forEach((rate, index) => finiteNumber(rate, `Rate ${index + 1}`));
  for (const rate of rates) {
    if (rate < -100) throw new NotComparableError('rate_below_minus_100', messages.rateBelowMinus100(rate));
  }
  // Through logarithms: a product of many factors must not underflow to 0 nor silently overflow.
  const total = Math.expm1(rates.reduce((sum, rate) => sum + Math.log1p(rate / 100), 0)) * 100;
  return finiteResult(total, 'compound growth');
}
