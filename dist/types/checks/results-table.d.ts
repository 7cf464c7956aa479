import { type ColumnTable } from 'arquero';
import type { CheckResult } from './types.ts';
/** The columns of the results table, in order. */
export declare const RESULT_COLUMNS: readonly ['check', 'family', 'verdict', 'severity', 'newsworthiness', 'topic', 'claims', 'recomputed_low', 'recomputed_high', 'reported_low', 'reported_high', 'unit', 'gap', 'gap_unit', 'reason', 'assumption_en', 'assumption_zh', 'explanation_zh', 'explanation_en', 'quotes', 'why', 'source'];
/**
 * Check results as an Arquero table, in the order given (`runChecks` returns them most
 * newsworthy first): one row per check with its verdict, severity, claims, recomputed and
 * reported intervals (±Infinity where open), gap, publishable sentences and quotes.
 *
 * @param results - Check results, e.g. `runChecks(report)`.
 * @returns The results table, with the columns of `RESULT_COLUMNS`.
 * @example
 * resultsTable(runChecks(bundledReport(), { verdict: 'contradiction' })).array('check').slice(0, 2)
 * // => ['tourism_revenue_growth_2024', 'imports_exports_target_2024']
 * resultsTable([]).numRows()
 * // => 0
 */
export declare function resultsTable(results: readonly CheckResult[]): ColumnTable;
