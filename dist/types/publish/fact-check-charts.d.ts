import type { TopLevelSpec } from 'vega-lite';
import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import type { CheckResult } from '../checks/types.ts';
import type { Report } from '../report/types.ts';
/** A chart of the fact-check with the file name it is written under (without extension). */
export interface NamedChart {
    name: string;
    spec: TopLevelSpec;
    /** The check it draws, for a chart of one check. */
    check?: string;
}
/** Options of `factCheckCharts`. */
export interface FactCheckChartsOptions extends FindingsOptions {
    /** The report the results are about. Default: the bundled report. */
    report?: Report;
}
/**
 * Every chart of the fact-check of a report: the overview of findings, the targets against the
 * results of the year under review, the growth rates compared, and one chart per featured
 * finding (see `findingsOf`) that has intervals to draw, most newsworthy first.
 *
 * @param results - Check results (e.g. `runChecks(report)`), or their findings (`findingsOf`).
 * @param options - See `FactCheckChartsOptions`.
 * @returns The charts, named.
 * @example
 * factCheckCharts(runChecks()).slice(0, 4).map((each) => each.name)
 * // => ['findings', 'target-vs-actual', 'growth-comparison', 'check-tourism_revenue_growth_2024']
 */
export declare function factCheckCharts(results: readonly CheckResult[] | Findings, options?: FactCheckChartsOptions): NamedChart[];
