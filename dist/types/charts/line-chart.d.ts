import type { TopLevelSpec } from 'vega-lite';
import type { UnitCode } from '../quantity/types.ts';
import type { ChartOptions, ChartRows } from './types.ts';
/** Options of `lineChart`. */
export interface LineChartOptions extends ChartOptions {
    /** The column along the horizontal axis (years, or any ordered field). Required. */
    x: string;
    /** The column of the values (finite numbers). Required. */
    y: string;
    /** A column that splits the rows into lines, told apart by colour and by point shape. Default none: one line. */
    series?: string;
    /** The unit of the values, for the axis. Default none. */
    unit?: UnitCode | null;
}
/**
 * A line chart of any claims view or Arquero table, with a point on every value (so a line of one
 * or two years still shows) and the series told apart by colour and shape.
 *
 * @param data - An Arquero table or an array of objects.
 * @param options - See `LineChartOptions`.
 * @returns A Vega-Lite spec.
 * @throws {FactcheckError} With code `CHART_DATA` when the data is empty, lacks a column, or holds a value that is not a finite number.
 * @example
 * const rows = [{ year: '2023', value: 217e8, what: 'revenue' }, { year: '2024', value: 220e8, what: 'revenue' }];
 * lineChart(rows, { x: 'year', y: 'value', series: 'what', unit: 'yuan' }).encoding.color.field
 * // => 'what'
 */
export declare function lineChart(data: ChartRows, options: LineChartOptions): TopLevelSpec;
