import { table, type ColumnTable } from 'arquero';
import type { CheckResult } from './types.ts';

/** The columns of the results table, in order. */
export const RESULT_COLUMNS = [
  'check', 'family', 'category', 'verdict', 'severity', 'importance', 'newsworthiness', 'cluster', 'topic', 'claims',
  'recomputed_low', 'recomputed_high', 'reported_low', 'reported_high', 'unit', 'gap', 'gap_unit', 'reason',
  'assumption_en', 'assumption_zh', 'headline_zh', 'headline_en', 'question_zh', 'question_en',
  'explanation_zh', 'explanation_en', 'quotes', 'why', 'source',
] as const;

const row = (result: CheckResult): Record<(typeof RESULT_COLUMNS)[number], unknown> => ({
  ...result,
  recomputed_low: result.recomputed?.low ?? null,
  recomputed_high: result.recomputed?.high ?? null,
  reported_low: result.reported?.low ?? null,
  reported_high: result.reported?.high ?? null,
});

/**
 * Check results as an Arquero table, in the order given (`runChecks` returns them most
 * newsworthy first): one row per check with its verdict, severity, claims, recomputed and
 * reported intervals (±Infinity where open), gap, publishable sentences and quotes.
 *
 * @param results - Check results, e.g. `runChecks(report)`.
 * @returns The results table, with the columns of `RESULT_COLUMNS`.
 * @example
 * resultsTable(runChecks(bundledReport(), { verdict: ['contradiction', 'tension'] })).array('check').slice(0, 2)
 * // => ['tourism_revenue_identity_2023', 'tourism_revenue_growth_2024']
 * resultsTable([]).numRows()
 * // => 0
 */
export function resultsTable(results: readonly CheckResult[]): ColumnTable {
  const rows = results.map(row);
  return table(Object.fromEntries(RESULT_COLUMNS.map((column) => [column, rows.map((each) => each[column])])));
}
