import type { Interval } from '../quantity/types.ts';
import type { Figure } from '../report/types.ts';
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
export declare function toInterval(operand: Operand): Interval;
