import type { TopLevelSpec } from 'vega-lite';
import { checkChart } from '../charts/check-chart.ts';
import { hasCheckChart } from '../charts/has-check-chart.ts';
import { asFindings } from './as-findings.ts';
import { chartFileName } from './chart-file-name.ts';
import { findingsChart } from '../charts/findings-chart.ts';
import { growthComparisonChart } from '../charts/growth-comparison-chart.ts';
import { targetVsActualChart } from '../charts/target-vs-actual-chart.ts';
import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import type { CheckResult } from '../checks/types.ts';
import { bundledReport } from '../report/bundled-report.ts';
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
export function factCheckCharts(results: readonly CheckResult[] | Findings, options: FactCheckChartsOptions = {}): NamedChart[] {
  const report = options.report ?? bundledReport();
  const sorted = asFindings(results, options);
  const charts: NamedChart[] = [
    { name: 'findings', spec: findingsChart(sorted.ranked, { report }) },
    { name: 'target-vs-actual', spec: targetVsActualChart({ report }) },
    { name: 'growth-comparison', spec: growthComparisonChart({ report }) },
  ];
  for (const result of sorted.featured.filter(hasCheckChart)) {
    charts.push({ name: chartFileName(result.check), spec: checkChart(result, { report }), check: result.check });
  }
  return charts;
}
