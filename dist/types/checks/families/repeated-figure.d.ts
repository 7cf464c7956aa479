import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';
/**
 * Flags one identical figure reported for unrelated indicators (70.9亿元 for investment funds in
 * place and for e-commerce sales). It may be a coincidence; it may be a copying error. The verdict
 * is a `tension` with severity 1 (the assumption: coincidence), or `holds` when the figures are not
 * in fact identical or all measure the same indicator.
 *
 * @param figures - Two or more figures.
 * @param options - See `CheckOptions`.
 * @returns The check result.
 * @example
 * repeatedFigure([fig('investment_funds_in_place_2023'), fig('ecommerce_sales_2023')]).verdict
 * // => 'tension'
 * repeatedFigure([fig('gdp_2023'), fig('ecommerce_sales_2023')]).verdict
 * // => 'holds'
 */
export declare function repeatedFigure(figures: readonly Figure[], options?: CheckOptions): CheckResult;
