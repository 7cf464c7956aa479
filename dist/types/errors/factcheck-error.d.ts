import type { ErrorCode } from './error-codes.ts';
/**
 * The base of every typed error the library throws. Catch `FactcheckError` to catch them all;
 * switch on `code` (one of `ERROR_CODES`, stable) rather than on the message, which may be reworded.
 *
 * @example
 * tryParse('12..5亿元').error instanceof FactcheckError
 * // => true
 * tryParse('12..5亿元').error.code
 * // => 'QUANTITY_PARSE'
 */
export declare class FactcheckError extends Error {
    /** A stable identifier of the kind of error, e.g. `QUANTITY_PARSE`. */
    readonly code: ErrorCode;
    /**
     * @param code - A stable identifier of the kind of error.
     * @param message - The user-facing sentence, from `messages`.
     * @param options - Standard error options (`cause`).
     */
    constructor(code: ErrorCode, message: string, options?: ErrorOptions);
}
