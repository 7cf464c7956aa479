/**
 * Compound annual growth rate, in percent, from one level to another over a number of years:
 * `((to ÷ from)^(1 ÷ years) − 1) × 100`.
 *
 * @param from - The starting level (positive).
 * @param to - The level reached (zero or more).
 * @param years - The number of years between them (positive).
 * @returns The annual rate in percent.
 * @throws {NotComparableError} When `from` is zero or negative, `to` negative or `years` not positive.
 * @example
 * cagr(100, 121, 2).toFixed(2)
 * // => '10.00'
 * cagr(100, 121, 0)
 * // => throws NotComparableError
 */
export declare function cagr(from: number, to: number, years: number): number;
