import type { CheckOptions, CheckResult, Term } from '../types.ts';
/** Options of `productIdentity`. */
export interface ProductIdentityOptions extends CheckOptions {
    /**
     * The group a per-head factor (the last factor) may really be counted over, when the text does not
     * say per whom: spending "per visitor" may be per overnight or paying visitor rather than per
     * arrival. When the reported total is below every product the rounding allows, the check computes
     * the share of the first factor that group would have to be, and reports a `tension` with that
     * assumption instead of a contradiction; a total above the product stays a contradiction (no
     * narrower group can raise it). Default none: the factors are taken as written.
     */
    subgroup?: {
        zh: string;
        en: string;
    };
}
/**
 * Checks a product identity: do the factors multiply to the reported total? Tourist arrivals ×
 * spending per visitor should give tourism revenue; 4494万人次 × 1003元 is 450.7亿元, against a
 * reported 217亿元. Each factor can be a figure or a derived term (2024 arrivals from 2023 arrivals
 * and the target growth). The gap is the ratio reported ÷ recomputed.
 *
 * @param factors - Two or more terms to multiply.
 * @param total - The reported total.
 * @param options - See `ProductIdentityOptions`.
 * @returns The check result.
 * @example
 * const result = productIdentity([fig('tourist_arrivals_2023'), fig('tourism_spend_per_visitor_2023')], fig('tourism_revenue_2023'));
 * [result.verdict, result.gap]
 * // => ['contradiction', 0.4814]
 * const narrower = productIdentity([fig('tourist_arrivals_2023'), fig('tourism_spend_per_visitor_2023')], fig('tourism_revenue_2023'),
 *   { subgroup: { zh: '过夜或付费游客', en: 'overnight or paying visitors' } });
 * [narrower.verdict, narrower.assumption_en]
 * // => ['tension', 'the per-head figure is per head of overnight or paying visitors only, who would make up from 48% to 48.29% of the total']
 */
export declare function productIdentity(factors: readonly Term[], total: Term, options?: ProductIdentityOptions): CheckResult;
