import type { NotComparableReason } from '../interval/types.ts';
import { FactcheckError } from './factcheck-error.ts';
/**
 * Thrown by the growth helpers on plain numbers when the inputs have no meaningful answer (a zero
 * or negative base, a fall of 100% or more). The interval and figure forms of the same helpers
 * return a `not comparable` result instead, so that a check can report it.
 *
 * @example
 * new NotComparableError('zero_base', 'The base is 0.').code
 * // => 'NOT_COMPARABLE'
 */
export declare class NotComparableError extends FactcheckError {
    readonly reason: NotComparableReason;
    constructor(reason: NotComparableReason, message: string);
}
