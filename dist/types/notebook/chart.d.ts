import type { TopLevelSpec } from 'vega-lite';
import { type RenderPngOptions } from '../render/render-png.ts';
/** The MIME type JupyterLab, VS Code and nbviewer render Vega-Lite 5 specs from. */
export declare const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";
/** A chart in a notebook: its spec, renderers, and the display hook of the Deno Jupyter kernel. */
export interface Chart {
    /** The Vega-Lite spec. */
    readonly spec: TopLevelSpec;
    /** The chart as SVG (see `renderSvg`). */
    svg(): Promise<string>;
    /** The chart as PNG (see `renderPng`). */
    png(options?: RenderPngOptions): Promise<Uint8Array>;
}
/**
 * Prepares a Vega-Lite spec for a notebook: a cell ending in `await chart(spec)` shows the chart.
 * In the Deno Jupyter kernel the object answers `Symbol.for('Jupyter.display')` with a bundle
 * holding the spec (`application/vnd.vegalite.v5+json`, drawn interactively by JupyterLab and VS
 * Code), a static `image/svg+xml` rendering (what GitHub and nbviewer show, where no JavaScript
 * runs), and the title as `text/plain`. The SVG is rendered here, before the cell ends, so the
 * display itself is synchronous: a kernel that receives a late display can drop the next cell's output.
 *
 * @param spec - A Vega-Lite spec, from any builder.
 * @returns The chart, once its SVG is rendered.
 * @example
 * const bundle = (await chart(targetVsActualChart({ topic: 'tourism' })))[Symbol.for('Jupyter.display')]();
 * Object.keys(bundle)
 * // => ['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']
 */
export declare function chart(spec: TopLevelSpec): Promise<Chart>;
