import { table, type ColumnTable } from 'arquero';
import { bundledReport } from '../report/bundled-report.ts';
import type { Report } from '../report/types.ts';
import { checkResults, type RunChecksOptions } from './check-results.ts';
import type { CheckResult } from './types.ts';

/** The columns of the findings table, in order. */
export const FINDINGS_COLUMNS = [
  'check', 'family', 'verdict', 'severity', 'newsworthiness', 'topic', 'claims', 'recomputed_low', 'recomputed_high',
  'reported_low', 'reported_high', 'unit', 'gap', 'gap_unit', 'reason', 'assumption_en', 'assumption_zh',
  'explanation_zh', 'explanation_en', 'quotes', 'why', 'source',
] as const;

const row = (result: CheckResult): Record<(typeof FINDINGS_COLUMNS)[number], unknown> => ({
  ...result,
  recomputed_low: result.recomputed?.low ?? null,
  recomputed_high: result.recomputed?.high ?? null,
  reported_low: result.reported?.low ?? null,
  reported_high: result.reported?.high ?? null,
});

/**
 * Runs every check on a report (see `checkResults`) and returns the findings as an Arquero table,
 * most newsworthy first: one row per check with its verdict, severity, claims, recomputed and
 * reported intervals (±Infinity where open), gap, publishable sentences and quotes.
 *
 * @param report - The report; the bundled report by default.
 * @param options - Filters by family, verdict and topic, and the checks to run (see `RunChecksOptions`).
 * @returns The findings table.
 * @throws {UnknownValueError} When a filter names a family, verdict or topic that does not exist.
 * @example
 * runChecks(bundledReport(), { verdict: 'contradiction' }).array('check').slice(0, 2)
 * // => ['tourism_revenue_growth_2024', 'imports_exports_target_2024']
 */
export function runChecks(report: Report = bundledReport(), options: RunChecksOptions = {}): ColumnTable {
  const rows = checkResults(report, options).map(row);
  return table(Object.fromEntries(FINDINGS_COLUMNS.map((column) => [column, rows.map((each) => each[column])])));
}
