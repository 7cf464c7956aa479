/**
 * Nominal growth from real growth and the rise of the price deflator, in percent:
 * `((1 + real ÷ 100) × (1 + deflator ÷ 100) − 1) × 100`. Real growth (GDP and value added at
 * comparable prices) says nothing about nominal levels until a deflator is given; the report
 * gives none, so the library never assumes one.
 *
 * @param real - Real growth in percent.
 * @param deflator - Growth of the price deflator in percent.
 * @returns Nominal growth in percent.
 * @throws {NotComparableError} When either rate is −100% or less.
 * @example
 * nominalGrowth(5.5, 2).toFixed(2)
 * // => '7.61'
 */
export declare function nominalGrowth(real: number, deflator: number): number;
