import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';
/**
 * Checks a stated growth rate against the two levels it connects (both results, e.g. 2022 and
 * 2023), allowing for the rounding of all three. Real growth (comparable prices) set against
 * nominal levels is `not_comparable`.
 *
 * @param rate - The stated growth rate.
 * @param from - The earlier level.
 * @param to - The later level.
 * @param options - See `CheckOptions`.
 * @returns The check result.
 * @example
 * growthVsLevels(fig('industrial_investment_growth_2024_target'), fig('industrial_investment_2023'), fig('industrial_investment_2024_target')).verdict
 * // => 'holds'
 */
export declare function growthVsLevels(rate: Figure, from: Figure, to: Figure, options?: CheckOptions): CheckResult;
