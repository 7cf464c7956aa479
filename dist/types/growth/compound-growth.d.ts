/**
 * The cumulative growth, in percent, of several years' rates chained together:
 * `(Π(1 + rate ÷ 100) − 1) × 100`. Rates do not add: two years of 10% make 21%, not 20%.
 *
 * @param rates - Yearly growth rates in percent, in any order.
 * @returns The cumulative growth in percent; 0 for no years.
 * @throws {NotComparableError} When a rate is below −100% (nothing can fall by more than all of it).
 * @example
 * compoundGrowth([10, 10]).toFixed(2)
 * // => '21.00'
 * compoundGrowth([5.5, 6.5]).toFixed(4)
 * // => '12.3575'
 */
export declare function compoundGrowth(rates: readonly number[]): number;
