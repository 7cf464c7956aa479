import type { TopLevelSpec } from 'vega-lite';
import type { Topic } from '../report/types.ts';
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
export declare function growthComparisonChart(options?: GrowthComparisonChartOptions): TopLevelSpec;
