import type { TopLevelSpec } from 'vega-lite';
import { checkChart } from '../charts/check-chart.ts';
import { chartedResult } from './charted-result.ts';
import { asFindings } from './as-findings.ts';
import { optionalChart } from './optional-chart.ts';
import { reportOf } from './report-of.ts';
import { chartFileName } from './chart-file-name.ts';
import { findingsChart } from '../charts/findings-chart.ts';
import { growthComparisonChart } from '../charts/growth-comparison-chart.ts';
import { targetVsActualChart } from '../charts/target-vs-actual-chart.ts';
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

/** The charts of a run, and those left out with the reason (a report with nothing for them to draw). */
export interface FactCheckCharts {
  charts: NamedChart[];
  skipped: { name: string; reason: string }[];
}

/** Options of `factCheckCharts`. */
export interface FactCheckChartsOptions extends FindingsOptions {
  /** The report the results are about. Default: the bundled report. */
  report?: Report;
}

/**
 * Every chart of the fact-check of a report: the overview of findings, the targets against the
 * results of the year under review, the growth rates compared, and one chart per featured
 * story (see `findingsOf`, drawn by `chartedResult`) that has intervals to draw, most newsworthy first. A chart the
 * report has nothing for (no findings, no target with a counterpart, no growth target with the
 * year before's rate) is left out, with the reason, rather than failing the run.
 *
 * @param results - Check results (e.g. `runChecks(report)`), or their findings (`findingsOf`).
 * @param options - See `FactCheckChartsOptions`.
 * @returns The charts, named, and those left out with why.
 * @throws {FactcheckError} With code `INVALID_ARGUMENT` when the results name claims the report does not have.
 * @example
 * factCheckCharts(runChecks()).charts.slice(0, 4).map((each) => each.name)
 * // => ['findings', 'target-vs-actual', 'growth-comparison', 'check-tourism_revenue_identity_2023']
 * factCheckCharts([]).skipped.map((each) => each.name)
 * // => ['findings']
 */
export function factCheckCharts(results: readonly CheckResult[] | Findings, options: FactCheckChartsOptions = {}): FactCheckCharts {
  const sorted = asFindings(results, options);
  const report = reportOf(sorted, options.report);
  const out: FactCheckCharts = { charts: [], skipped: [] };
  const add = (name: string, build: () => TopLevelSpec, check?: string) => {
    const made = optionalChart(build);
    if (made.spec) out.charts.push(check === undefined ? { name, spec: made.spec } : { name, spec: made.spec, check });
    else out.skipped.push({ name, reason: made.skipped });
  };
  add('findings', () => findingsChart(sorted.ranked, { report }));
  add('target-vs-actual', () => targetVsActualChart({ report }));
  add('growth-comparison', () => growthComparisonChart({ report }));
  for (const story of sorted.featured) {
    const result = chartedResult(story);
    if (result) add(chartFileName(result.check), () => checkChart(result, { report }), result.check);
  }
  return out;
}
