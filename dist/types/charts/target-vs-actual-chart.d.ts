import type { TopLevelSpec } from 'vega-lite';
import type { Topic } from '../report/types.ts';
import type { ChartOptions } from './types.ts';
/** Options of `targetVsActualChart`. */
export interface TargetVsActualChartOptions extends ChartOptions {
    /** Keep only these topics. Default: all. */
    topic?: Topic | readonly Topic[];
    /** Draw at most this many indicators, the largest changes first. Default 40. */
    limit?: number;
}
/**
 * A dumbbell of each 2024 target against its 2023 result, for every target that has a 2023
 * counterpart in the same unit: the 2023 result is 100, the target is drawn as an index, and the
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
export declare function targetVsActualChart(options?: TargetVsActualChartOptions): TopLevelSpec;
