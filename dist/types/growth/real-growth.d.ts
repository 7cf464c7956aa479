/**
 * Real growth from nominal growth and the rise of the price deflator, in percent:
 * `((1 + nominal ÷ 100) ÷ (1 + deflator ÷ 100) − 1) × 100`.
 *
 * @param nominal - Nominal growth in percent.
 * @param deflator - Growth of the price deflator in percent.
 * @returns Real growth in percent.
 * @throws {NotComparableError} When either rate is −100% or less.
 * @example
 * realGrowth(7.61, 2).toFixed(2)
 * // => '5.50'
 */
export declare function realGrowth(nominal: number, deflator: number): number;
