import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';
/**
 * Checks one indicator stated twice for the same period: the two figures must agree within their
 * rounding. Where the two statements use different definitions (工业增加值 vs 规上工业增加值),
 * pass `scopeDiffers` and a disagreement is `not_comparable` instead of a contradiction.
 *
 * @param first - The first statement.
 * @param second - The second statement.
 * @param options - See `CheckOptions`.
 * @returns The check result; the gap is second − first in points for percentages, second ÷ first otherwise.
 * @example
 * statedTwice(fig('above_scale_industry_va_growth_2023'), fig('industry_va_growth_2023')).verdict
 * // => 'contradiction'
 * statedTwice(fig('above_scale_industry_va_growth_2023'), fig('industry_va_growth_2023'), { scopeDiffers: true }).verdict
 * // => 'not_comparable'
 */
export declare function statedTwice(first: Figure, second: Figure, options?: CheckOptions): CheckResult;
