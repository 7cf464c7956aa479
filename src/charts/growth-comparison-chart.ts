import type { TopLevelSpec } from 'vega-lite';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { dumbbellBody, type DumbbellRow } from './house/dumbbell-body.ts';
import { houseSpec } from './house/house-spec.ts';
import { messages } from '../messages/index.ts';
import { bundledReport } from '../report/bundled-report.ts';
import type { Topic } from '../report/types.ts';
import { targetVsActual } from '../views/target-vs-actual.ts';
import type { ChartOptions } from './types.ts';

/** Options of `growthComparisonChart`. */
export interface GrowthComparisonChartOptions extends ChartOptions {
  /** Keep only these topics. Default: all. */
  topic?: Topic | readonly Topic[];
}

/**
 * Growth rates compared: for every indicator with a 2023 growth rate and a 2024 target growth
 * rate, both on one axis in percent, labelled with the target as the report writes it (`10%以上`).
 * Real (comparable-price) and nominal rates are named as such in the tooltip.
 *
 * @param options - See `GrowthComparisonChartOptions`.
 * @returns A Vega-Lite spec.
 * @throws {FactcheckError} With code `CHART_DATA` when no growth target matches the options.
 * @example
 * growthComparisonChart().data.values.find((row) => row.indicator_en === 'GDP growth').target
 * // => 6.5
 */
export function growthComparisonChart(options: GrowthComparisonChartOptions = {}): TopLevelSpec {
  const report = options.report ?? bundledReport();
  const topics = options.topic === undefined ? null : typeof options.topic === 'string' ? [options.topic] : options.topic;
  const rows: DumbbellRow[] = [];
  for (const row of targetVsActual(report).objects() as Record<string, unknown>[]) {
    if (row.kind !== 'growth' || row.unit !== 'percent') continue;
    if (typeof row.actual_amount !== 'number' || typeof row.target_amount !== 'number') continue;
    if (topics && !topics.includes(row.topic as Topic)) continue;
    rows.push({
      indicator: String(row.indicator).split(';')[0] ?? '', indicator_en: String(row.indicator_en).split(';')[0] ?? '',
      result: row.actual_amount, target: row.target_amount,
      result_text: String(row.actual_surface), target_text: String(row.target_surface), label: String(row.target_surface),
    });
  }
  if (rows.length === 0) {
    const targets = report.rows.filter((row) => row.status === 'target' && row.kind === 'growth').length;
    throw new FactcheckError('CHART_DATA', messages.chartNoTargets('growth targets', { targets, topics }));
  }
  rows.sort((a, b) => b.target - a.target);
  return houseSpec(options, messages.growthComparisonTitle(report.years.review, report.years.plan),
    dumbbellBody(rows, report.years, messages.growthComparisonAxis(), { labelExpr: "datum.value + '%'" }), report);
}
