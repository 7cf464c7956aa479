import type { TopLevelSpec } from 'vega-lite';
import type { ChartOptions } from '../types.ts';
import type { Report } from '../../report/types.ts';
/** The Vega-Lite schema the builders write to (what `application/vnd.vegalite.v5+json` renders). */
export declare const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
/**
 * Wraps a chart body in the house style: the schema, the theme, the width, and the title with the
 * English title and, where the chart draws from a report, the source line as subtitle lines. A
 * chart cites only the report it drew from: `drawnFrom` for builders that draw a report, else
 * the caller's `options.report`, else no source line at all.
 */
export declare function houseSpec(options: ChartOptions, title: {
    zh: string;
    en: string;
}, body: Record<string, unknown>, drawnFrom?: Report | undefined): TopLevelSpec;
