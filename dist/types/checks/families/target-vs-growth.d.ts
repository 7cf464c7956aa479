import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';
/**
 * Checks a target level against its own stated growth rate and the base-year level: does
 * 9200万元 against 8477万元 really make "10%以上"? Rounding of all three figures is allowed for;
 * an open qualifier (以上) leaves the reported interval open.
 *
 * @param target - The target level (e.g. 2024).
 * @param rate - The growth rate stated for the target.
 * @param base - The base-year level (e.g. 2023).
 * @param options - See `CheckOptions`.
 * @returns The check result.
 * @example
 * targetVsGrowth(fig('imports_exports_2024_target'), fig('imports_exports_growth_2024_target'), fig('imports_exports_2023')).verdict
 * // => 'contradiction'
 * targetVsGrowth(fig('imports_exports_2024_target'), fig('imports_exports_growth_2024_target'), fig('imports_exports_2023')).gap
 * // => 1.471
 */
export declare function targetVsGrowth(target: Figure, rate: Figure, base: Figure, options?: CheckOptions): CheckResult;
