import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';
/**
 * Back-calculates the previous year's level from a level and its growth rate, and asks whether it
 * is plausible: a count must come from a whole number (6403户 after 18.1% growth must have grown
 * from some whole number between 5419.4 and 5423.9), and nothing can grow from a fall of 100%.
 * Real growth (comparable prices) cannot be back-calculated onto a nominal level: that result is
 * `not_comparable` with severity 0, a caveat rather than a finding.
 *
 * @param rate - The growth rate of the level.
 * @param level - The level reached.
 * @param options - See `CheckOptions`.
 * @returns The check result, with the implied base as `recomputed`.
 * @example
 * backCalculatedBase(fig('new_market_entities_growth_2023'), fig('new_market_entities_2023')).verdict
 * // => 'holds'
 * backCalculatedBase(fig('gdp_growth_2023'), fig('gdp_2023')).reason
 * // => 'real_vs_nominal'
 */
export declare function backCalculatedBase(rate: Figure, level: Figure, options?: CheckOptions): CheckResult;
