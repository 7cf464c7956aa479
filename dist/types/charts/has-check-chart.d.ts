import type { CheckResult } from '../checks/types.ts';
/**
 * Whether a check result has a chart to draw with `checkChart`: it needs both its recomputed and
 * its reported interval, and a repeated figure (one number for two indicators) has no arithmetic to show.
 *
 * @param result - A check result.
 * @returns Whether `checkChart(result)` draws something worth showing.
 * @example
 * runChecks().filter(hasCheckChart).length > 0
 * // => true
 */
export declare function hasCheckChart(result: CheckResult): boolean;
