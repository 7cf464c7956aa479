import { FactcheckError } from '../errors/factcheck-error.ts';
import { checkedInterval } from './checked-interval.ts';
import { messages } from '../messages/index.ts';
import type { Interval } from '../quantity/types.ts';

/**
 * Whether a closed interval contains a value.
 *
 * @param interval - The interval.
 * @param value - The value.
 * @returns `true` when `low ≤ value ≤ high`.
 * @example
 * intervalContains({ low: 27.5, high: Infinity }, 28)
 * // => true
 */
export function intervalContains(interval: Interval, value: number): boolean {
  checkedInterval(interval, 'The interval');
  if (Number.isNaN(value)) throw new FactcheckError('NOT_A_NUMBER', messages.notFiniteNumber('The value', value));
  return _intervalContains(interval, value);
}

/** `intervalContains` without the argument checks, for callers whose values are already checked (the check engine). */
export function _intervalContains(interval: Interval, value: number): boolean {
  return interval.low <= value && value <= interval.high;
}
