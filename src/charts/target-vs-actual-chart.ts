import type { TopLevelSpec } from 'vega-lite';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { dumbbellBody, type DumbbellRow } from './house/dumbbell-body.ts';
import { formatValue } from '../text/format-value.ts';
import { houseSpec } from './house/house-spec.ts';
import { messages } from '../messages/index.ts';
import { bundledReport } from '../report/bundled-report.ts';
import type { Topic } from '../report/types.ts';
import type { UnitCode } from '../quantity/types.ts';
import { targetVsActual } from '../views/target-vs-actual.ts';
import { sameUnit } from '../quantity/same-unit.ts';
import type { ChartOptions } from './types.ts';

/** Options of `targetVsActualChart`. */
export interface TargetVsActualChartOptions extends ChartOptions {
  /** Keep only these topics. Default: all. */
  topic?: Topic | readonly Topic[];
  /** Draw at most this many indicators, the largest changes first. Default 40. */
  limit?: number;
}

const signedPercent = (value: number): string => {
  const shown = Number(value.toFixed(1));
  return `${shown > 0 ? '+' : ''}${Object.is(shown, -0) ? 0 : shown}%`;
};

/**
 * A dumbbell of each 2024 target against its 2023 result, for every target that has a 2023
 * counterpart in the same unit and the same definition (a pair whose wording changes, `scope` =
 * `differs`, is left out, as the checks call it not comparable): the 2023 result is 100, the target is drawn as an index, and the
 * label gives the change (`+1.4%`, `-47.8%`; `≥` where the target is a floor, 以上). Levels of
 * very different sizes (亿元 and 个) share one axis this way.
 *
 * @param options - See `TargetVsActualChartOptions`.
 * @returns A Vega-Lite spec.
 * @throws {FactcheckError} With code `CHART_DATA` when no target matches the options.
 * @example
 * const spec = targetVsActualChart({ topic: 'tourism' });
 * spec.data.values.find((row) => row.indicator === '旅游综合收入').label
 * // => '+1.4%'
 */
export function targetVsActualChart(options: TargetVsActualChartOptions = {}): TopLevelSpec {
  const report = options.report ?? bundledReport();
  const topics = options.topic === undefined ? null : typeof options.topic === 'string' ? [options.topic] : options.topic;
  const rows: DumbbellRow[] = [];
  for (const row of targetVsActual(report).objects() as Record<string, unknown>[]) {
    const change = row.change_pct;
    if (typeof change !== 'number' || !Number.isFinite(change)) continue;
    // A pair the checks call not comparable (a changed definition, another unit) is not drawn as if it were.
    if (row.scope === 'differs' || !sameUnit(row.unit as UnitCode, row.actual_unit as UnitCode)) continue;
    if (topics && !topics.includes(row.topic as Topic)) continue;
    const unit = row.unit as UnitCode;
    rows.push({
      indicator: String(row.indicator).split(';')[0] ?? '', indicator_en: String(row.indicator_en).split(';')[0] ?? '',
      result: 100, target: 100 + change,
      result_text: `${row.actual_surface} (${formatValue(Number(row.actual_amount), unit, 'en', 15)})`,
      target_text: `${row.target_surface} (${formatValue(Number(row.target_amount), unit, 'en', 15)})`,
      label: `${row.target_qualifier === 'at_least' || row.target_qualifier === 'more_than' ? '≥' : ''}${signedPercent(change)}`,
    });
  }
  if (rows.length === 0) {
    const targets = report.rows.filter((row) => row.status === 'target').length;
    throw new FactcheckError('CHART_DATA', messages.chartNoTargets('targets', { targets, topics }));
  }
  const drawn = rows.sort((a, b) => Math.abs(b.target - 100) - Math.abs(a.target - 100)).slice(0, options.limit ?? 40).sort((a, b) => b.target - a.target);
  return houseSpec(options, messages.targetVsActualTitle(report.years.review, report.years.plan),
    dumbbellBody(drawn, report.years, messages.targetVsActualAxis(report.years.review), { format: '~s' }), report);
}
