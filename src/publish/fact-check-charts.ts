import type { TopLevelSpec } from 'vega-lite';
import { checkChart } from '../charts/check-chart.ts';
import { hasCheckChart } from '../charts/has-check-chart.ts';
import { chartFileName } from './chart-file-name.ts';
import { findingsChart } from '../charts/findings-chart.ts';
import { growthComparisonChart } from '../charts/growth-comparison-chart.ts';
import { targetVsActualChart } from '../charts/target-vs-actual-chart.ts';
import type { CheckResult } from '../checks/types.ts';
import type { Report } from '../report/types.ts';

/** A chart of the fact-check with the file name it is written under (without extension). */
export interface NamedChart {
  name: string;
  spec: TopLevelSpec;
  /** The check it draws, for a chart of one check. */
  check?: string;
}

/**
 * Every chart of the fact-check of a report: the overview of findings, the 2024 targets against
 * the 2023 results, the growth rates compared, and one chart per contradiction and tension that
 * has intervals to draw, most newsworthy first.
 *
 * @param results - The ranked check results (`checkResults(report)`).
 * @param report - The report.
 * @returns The charts, named.
 * @example
 * factCheckCharts(checkResults(), bundledReport()).slice(0, 4).map((each) => each.name)
 * // => ['findings', 'target-vs-actual', 'growth-comparison', 'check-tourism_revenue_growth_2024']
 */
export function factCheckCharts(results: readonly CheckResult[], report: Report): NamedChart[] {
  const charts: NamedChart[] = [
    { name: 'findings', spec: findingsChart(results, { report }) },
    { name: 'target-vs-actual', spec: targetVsActualChart({ report }) },
    { name: 'growth-comparison', spec: growthComparisonChart({ report }) },
  ];
  for (const result of results) {
    if (result.verdict !== 'contradiction' && result.verdict !== 'tension') continue;
    if (!hasCheckChart(result)) continue;
    charts.push({ name: chartFileName(result.check), spec: checkChart(result, { report }), check: result.check });
  }
  return charts;
}
