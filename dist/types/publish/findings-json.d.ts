import type { CheckResult } from '../checks/types.ts';
/**
 * The findings as JSON text: an array of results in rank order, each with `check`, `family`,
 * `verdict`, `severity`, `newsworthiness`, `claims`, `recomputed` and `reported` (`{ low, high }`,
 * where `null` marks an open end, since JSON has no Infinity), `gap`, `gap_unit`, `explanation_zh`,
 * `explanation_en`, the quotes and the rest of `CheckResult`.
 *
 * @param results - Check results, e.g. from `runChecks`.
 * @returns JSON text, indented by two spaces.
 * @example
 * JSON.parse(findingsJson(runChecks(bundledReport(), { family: 'target_vs_growth' })))[0].reported
 * // => { low: 9.5, high: null }
 */
export declare function findingsJson(results: readonly CheckResult[]): string;
