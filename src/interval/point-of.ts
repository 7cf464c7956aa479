import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import { checkedInterval } from './checked-interval.ts';
import type { Operand } from './to-interval.ts';

/**
 * The point value of an operand: a number itself, a figure's written amount (negative for a fall),
 * an interval's midpoint (its finite end when open on one side).
 *
 * @param operand - A number, an interval or a figure.
 * @returns The point value.
 * @throws {FactcheckError} With code `INVALID_ARGUMENT` when the interval is open on both sides
 *   (it has no representative value) or holds NaN.
 * @example
 * pointOf(fig('tourism_arrivals_revenue_growth_2023'))
 * // => 10
 * pointOf({ low: 9.5, high: 10.5 })
 * // => 10
 */
export function pointOf(operand: Operand): number {
  if (typeof operand === 'number') return operand;
  if (operand === null || typeof operand !== 'object') throw new FactcheckError('NOT_A_NUMBER', messages.notFiniteNumber('The operand', operand));
  if ('id' in operand) return operand.direction === 'down' ? -operand.amount : operand.amount;
  checkedInterval(operand, 'The interval');
  if (!Number.isFinite(operand.low) && !Number.isFinite(operand.high)) {
    throw new FactcheckError('INVALID_ARGUMENT', messages.noPoint(operand.low, operand.high));
  }
  if (!Number.isFinite(operand.low)) return operand.high;
  if (!Number.isFinite(operand.high)) return operand.low;
  return (operand.low + operand.high) / 2;
}
