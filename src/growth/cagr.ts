import { finiteNumber } from '../interval/finite-number.ts';
import { NotComparableError } from '../errors/not-comparable-error.ts';
import { messages } from '../messages/index.ts';

/**
 * Compound annual growth rate, in percent, from one level to another over a number of years:
 * `((to ÷ from)^(1 ÷ years) − 1) × 100`.
 *
 * @param from - The starting level (positive).
 * @param to - The level reached (zero or more).
 * @param years - The number of years between them (positive).
 * @returns The annual rate in percent.
 * @throws {NotComparableError} When `from` is zero or negative, `to` negative or `years` not positive.
 * @example
 * cagr(100, 121, 2).toFixed(2)
 * // => '10.00'
 * cagr(100, 121, 0)
 * // => throws NotComparableError
 */
export function cagr(from: number, to: number, years: number): number {
  finiteNumber(from, 'The first level');
  finiteNumber(to, 'The last level');
  if (!(years > 0) || !Number.isFinite(years)) throw new NotComparableError('no_period', messages.noPeriod(years));
  if (from === 0) throw new NotComparableError('zero_base', messages.zeroBase(from));
  if (from < 0 || to < 0) throw new NotComparableError('negative_base', messages.negativeBase(`${from} → ${to}`));
  return ((to / from) ** (1 / years) - 1) * 100;
}
