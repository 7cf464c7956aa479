import { FactcheckError } from './factcheck-error.ts';
/**
 * Thrown when an argument is not one of the values allowed (a topic, a format, an extension).
 *
 * @example
 * new UnknownValueError('topic', 'tourisme', ['tourism', 'macro']).suggestion
 * // => 'tourism'
 */
export declare class UnknownValueError extends FactcheckError {
    readonly what: string;
    readonly value: string;
    readonly suggestion: string | undefined;
    constructor(what: string, value: string, allowed: readonly string[]);
}
