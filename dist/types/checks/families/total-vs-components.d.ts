import type { CheckOptions, CheckResult, Term } from '../types.ts';
/** Options of `totalVsComponents`. */
export interface TotalVsComponentsOptions extends CheckOptions {
    /**
     * How the components make the total: `weighted_average` (the total is a sum of the components,
     * so its growth lies between theirs: GDP from the sectors) or `product` (the total is a product,
     * so growth factors multiply: revenue = arrivals × spending per visitor). Default `weighted_average`.
     */
    relation?: 'weighted_average' | 'product';
}
/**
 * Checks the growth of a total against the growth of its components. For a sum, the total's growth
 * is a weighted average of the components' and must lie between the lowest and the highest; for a
 * product, the growth factors multiply. The gap is in percentage points, from the total's stated
 * growth to the nearest growth the components allow.
 *
 * @param total - The total's growth (a growth figure, or `{ from, to }` levels).
 * @param components - The components' growth.
 * @param options - See `TotalVsComponentsOptions`.
 * @returns The check result.
 * @throws {FactcheckError} With code `CHECK_ARGUMENTS` when `components` is empty.
 * @example
 * totalVsComponents(fig('gdp_growth_2023'), ['primary_industry_va_growth_2023', 'industry_va_growth_2023', 'construction_va_growth_2023', 'services_va_growth_2023'].map((id) => fig(id))).verdict
 * // => 'holds'
 */
export declare function totalVsComponents(total: Term, components: readonly Term[], options?: TotalVsComponentsOptions): CheckResult;
