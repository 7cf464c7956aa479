import type { TopLevelSpec } from 'vega-lite';
import type { UnitCode } from '../quantity/types.ts';
import type { ChartOptions, ChartRows } from './types.ts';
/** Options of `barChart`. */
export interface BarChartOptions extends ChartOptions {
    /** The column of the bar labels (drawn down the side). Required. */
    label: string;
    /** The column of the values (finite numbers; a missing value is an error, never a dropped bar). Required. */
    value: string;
    /** The unit of the values, for the axis (`yuan` gives 亿元/万元 labels, `percent` gives %). Default none. */
    unit?: UnitCode | null;
    /** Sort the bars by value, largest first. Default `true`; `false` keeps the rows' order. */
    sort?: boolean;
}
/**
 * A horizontal bar chart of any claims view or Arquero table: one bar per row, labelled down the
 * side, values on a Chinese-formatted axis.
 *
 * @param data - An Arquero table or an array of objects.
 * @param options - See `BarChartOptions`.
 * @returns A Vega-Lite spec.
 * @throws {FactcheckError} With code `CHART_DATA` when the data is empty, lacks a column, or holds a value that is not a finite number (all such rows are listed).
 * @example
 * const spec = barChart(actuals().filter((d) => d.unit === 'yuan' && d.amount > 5e9), { label: 'indicator', value: 'amount', unit: 'yuan', title: { zh: '2023年金额', en: '2023 amounts' } });
 * spec.data.values.length
 * // => 9
 */
export declare function barChart(data: ChartRows, options: BarChartOptions): TopLevelSpec;
