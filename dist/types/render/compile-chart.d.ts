import type { TopLevelSpec } from 'vega-lite';
import type { Spec } from 'vega';
/** What compiling a Vega-Lite spec gave: the Vega spec, and every warning Vega-Lite logged. */
export interface CompiledChart {
    vega: Spec;
    warnings: string[];
}
/**
 * Compiles a Vega-Lite spec to Vega with a logger that keeps every warning, so that a caller can
 * insist on none.
 *
 * @param spec - A Vega-Lite spec.
 * @param options - `strict`: throw a `FactcheckError` (code `VEGA_LITE_WARNINGS`) listing the
 *   warnings when there are any. Default `false`.
 * @returns The Vega spec and the warnings.
 * @example
 * compileChart(targetVsActualChart({ topic: 'tourism' })).warnings
 * // => []
 */
export declare function compileChart(spec: TopLevelSpec, options?: {
    strict?: boolean;
}): CompiledChart;
