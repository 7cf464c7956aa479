import { finiteNumber } from '../interval/finite-number.ts';
import { growthRate } from './growth-rate.ts';

/** A change between two rates, said both ways. */
export interface RateChange {
  /** The difference in percentage points: `to − from`. */
  points: number;
  /** The relative change in percent: `(to ÷ from − 1) × 100`; `null` when `from` is zero or negative (no growth rate from there). */
  percent: number | null;
}

/**
 * The change between two rates (in percent) in percentage points and in percent. A rise from 5%
 * to 6% is 1 percentage point, and 20 percent; journalists mix the two up, and this says both.
 *
 * @param from - The earlier rate, in percent.
 * @param to - The later rate, in percent.
 * @returns Both measures; `percent` is `null` (not Infinity) when `from` is zero.
 * @example
 * rateChange(5, 6).percent.toFixed(1)
 * // => '20.0'
 * rateChange(0, 2)
 * // => { points: 2, percent: null }
 */
export function rateChange(from: number, to: number): RateChange {
  finiteNumber(from, 'The first rate');
  finiteNumber(to, 'The second rate');
  return { points: to - from, percent: from > 0 ? growthRate(from, to) : null };
}
