import { QuantityParseError } from '../errors/quantity-parse-error.ts';
import type { Quantity } from './types.ts';
/**
 * Reads a quantity like `parse`, but returns the error instead of throwing it: for data where a
 * surface that is not a quantity is a finding to report, not a bug.
 *
 * @param input - The text of one quantity.
 * @returns `{ ok: true, quantity }`, or `{ ok: false, error }` with the `QuantityParseError` that
 *   `parse` would have thrown. Never throws, whatever the string.
 * @example
 * tryParse('4494万人次').quantity.amount
 * // => 44940000
 * tryParse('1,23').ok
 * // => false
 * tryParse('1,23').error.reason
 * // => 'expected three digits after "," (thousands separators group digits by exactly three)'
 */
export declare function tryParse(input: string): {
    ok: true;
    quantity: Quantity;
} | {
    ok: false;
    error: QuantityParseError;
};
