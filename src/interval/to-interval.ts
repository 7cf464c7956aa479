import { FactcheckError } from '../errors/factcheck-error.ts';
import { checkedInterval } from './checked-interval.ts';
import { finiteNumber } from './finite-number.ts';
import { messages } from '../messages/index.ts';
import type { Interval } from '../quantity/types.ts';
import type { Figure } from '../report/types.ts';
import { kindInterval } from '../report/kind-interval.ts';

/** A plain number, an interval, or a figure: what the growth helpers accept. */
export type Operand = number | Interval | Figure;

/**
 * The interval an operand stands for: a number is the one-point interval `[n, n]`, a figure its
 * rounding interval (signed: a fall, `direction` down, is negative), an interval itself.
 *
 * @param operand - A number, an interval or a figure.
 * @returns The interval.
 * @throws {FactcheckError} With code `NOT_A_NUMBER` for a number that is NaN or infinite (or not a
 *   number at all), `NOT_AN_INTERVAL` for an interval with a NaN end or low above high.
 * @example
 * toInterval(5)
 * // => { low: 5, high: 5 }
 * toInterval(fig('cpi_change_2023'))
 * // => { low: -0.55, high: -0.45 }
 */
export function toInterval(operand: Operand): Interval {
  if (typeof operand === 'number') {
    const value = finiteNumber(operand, 'The number');
    return { low: value, high: value };
  }
  if (operand === null || typeof operand !== 'object') throw new FactcheckError('NOT_A_NUMBER', messages.notFiniteNumber('The operand', operand));
  if ('id' in operand) {
    // A figure is checked here, once, naming it: the engine's inner functions then take its interval as it is.
    const { low, high } = kindInterval(checkedInterval(operand.interval, `The interval of "${operand.id}"`), operand.kind);
    return operand.direction === 'down' ? { low: -high, high: -low } : { low, high };
  }
  const interval = checkedInterval(operand, 'The interval');
  return { low: interval.low, high: interval.high };
}
