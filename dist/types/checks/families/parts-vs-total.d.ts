import type { CheckOptions, CheckResult, Term } from '../types.ts';
/** Options of `partsVsTotal`. */
export interface PartsVsTotalOptions extends CheckOptions {
    /**
     * `sum`: the parts make up the total exactly (25 + 78 projects = 103); `subset`: the parts are
     * among the total and may not exceed it (overseas arrivals among all arrivals). Default `subset`.
     */
    relation?: 'sum' | 'subset';
    /**
     * Units that may differ: a subset counted in persons within a total counted in person-times
     * (a person visits at least once) is comparable. Default `false`: different units are `not_comparable`.
     */
    allowUnits?: boolean;
}
/**
 * Checks parts against their total: that they add up to it (`sum`) or do not exceed it (`subset`),
 * allowing for the rounding of every figure. The gap is the ratio total ÷ sum of the parts.
 *
 * @param parts - The parts (figures or derived terms).
 * @param total - The total.
 * @param options - See `PartsVsTotalOptions`.
 * @returns The check result.
 * @example
 * partsVsTotal([fig('specialty_crops_area_2023'), fig('specialty_crops_new_area_2024')], fig('specialty_crops_area_2024_target'), { relation: 'sum' }).verdict
 * // => 'holds'
 * partsVsTotal([fig('overseas_tourist_arrivals_2023')], fig('tourist_arrivals_2023')).verdict
 * // => 'holds'
 */
export declare function partsVsTotal(parts: readonly Term[], total: Term, options?: PartsVsTotalOptions): CheckResult;
