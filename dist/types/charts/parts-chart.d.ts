import type { TopLevelSpec } from 'vega-lite';
import type { Figure } from '../report/types.ts';
import type { ChartOptions } from './types.ts';
/** The two bars of a parts chart, named in both languages. */
export declare const PARTS_ROWS: {
    parts: string;
    total: string;
};
/**
 * Parts against their total: the parts stacked in one bar, the total in the bar below it with its
 * rounding interval drawn as a black bracket, so that a reader sees whether the parts fill,
 * overflow or fall short of the total. Each part is labelled in the tooltip with its figure as written.
 *
 * @param parts - The parts (one or more figures in the total's unit).
 * @param total - The total.
 * @param options - See `ChartOptions`.
 * @returns A Vega-Lite spec.
 * @throws {FactcheckError} With code `CHART_DATA` when there are no parts.
 * @example
 * const spec = partsChart([fig('municipal_key_projects_led_2023')], fig('key_projects_2023'));
 * spec.data.values.map((row) => row.bar)
 * // => ['各部分 parts', '总数 total']
 */
export declare function partsChart(parts: readonly Figure[], total: Figure, options?: ChartOptions): TopLevelSpec;
