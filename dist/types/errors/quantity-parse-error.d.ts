import { FactcheckError } from './factcheck-error.ts';
/**
 * Thrown when a string cannot be read as a quantity. It names the input, the 0-based position
 * (a JavaScript string index into the input) of the first character that could not be read, and
 * the reason; `position` equals the input's length when the text ended too early.
 *
 * @example
 * parse('12..5亿元')
 * // => throws QuantityParseError
 * tryParse('12..5亿元').error.position
 * // => 3
 * tryParse('12..5亿元').error.message
 * // => 'Cannot read "12..5亿元" as a quantity: unexpected "." at position 3. Write a number such as "273.46亿元", "10%以上" or "2.35:1".'
 */
export declare class QuantityParseError extends FactcheckError {
    /** The text that could not be read, as given. */
    readonly input: string;
    /** 0-based index into `input` of the first character that could not be read (`input.length` at the end). */
    readonly position: number;
    /** What went wrong there, e.g. `unexpected "."`. */
    readonly reason: string;
    /**
     * @param input - The text that could not be read.
     * @param position - 0-based index into `input` where reading stopped.
     * @param reason - What went wrong there, from `messages`.
     * @param options - Standard error options (`cause`).
     */
    constructor(input: string, position: number, reason: string, options?: ErrorOptions);
}
