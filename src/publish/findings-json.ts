import { findingsOf } from '../checks/findings-of.ts';
import type { CheckResult } from '../checks/types.ts';
import type { Interval } from '../quantity/types.ts';

/** An interval for JSON, which has no Infinity: an open end is `null`. */
const openAsNull = (interval: Interval | null): { low: number | null; high: number | null } | null =>
  interval === null ? null : {
    low: Number.isFinite(interval.low) ? interval.low : null,
    high: Number.isFinite(interval.high) ? interval.high : null,
  };

/**
 * The findings as JSON text: every result, in the rank order of `findingsOf`, each with `check`, `family`,
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
export function findingsJson(results: readonly CheckResult[]): string {
  return JSON.stringify(findingsOf(results).ranked.map((result) => ({
    ...result,
    recomputed: openAsNull(result.recomputed),
    reported: openAsNull(result.reported),
  })), null, 2);
}
