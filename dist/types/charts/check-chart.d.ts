import type { TopLevelSpec } from 'vega-lite';
import type { CheckResult } from '../checks/types.ts';
import type { ChartOptions } from './types.ts';
/** The two rows of a check chart, named in both languages. */
export declare const CHECK_ROWS: {
    recomputed: string;
    reported: string;
};
/**
 * The picture a fact-check story needs: the value the report's own figures imply and the value
 * it reports, each drawn as its full rounding interval (a bar from its low to its high end, with
 * ticks at the ends), so that a reader sees at once whether the two can meet. An open end (以上,
 * 以内) is drawn as an arrow past the finite values and labelled as open.
 *
 * @param result - A check result with both intervals (not a `not_comparable` one).
 * @param options - See `ChartOptions`.
 * @returns A Vega-Lite spec.
 * @throws {FactcheckError} With code `CHART_DATA` when the result has no intervals to draw.
 * @example
 * const spec = checkChart(runCheck(bundledReport().catalogue[0]));
 * spec.data.values.map((row) => row.range_zh)
 * // => ['450.4亿元至451.1亿元', '216.5亿元至217.5亿元']
 */
export declare function checkChart(result: CheckResult, options?: ChartOptions): TopLevelSpec;
