import { FactcheckError } from './factcheck-error.ts';
/**
 * Thrown when a figure is asked of a claim that is a date, a code or a name.
 *
 * @example
 * new NotAQuantityError('code_innovation_310', 'code').code
 * // => 'NOT_A_QUANTITY'
 */
export declare class NotAQuantityError extends FactcheckError {
    readonly id: string;
    readonly kind: string;
    constructor(id: string, kind: string);
}
