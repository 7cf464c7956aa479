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
export declare function pointOf(operand: Operand): number;
