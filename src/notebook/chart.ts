import type { TopLevelSpec } from 'vega-lite';
import { renderPng, type RenderPngOptions } from '../render/render-png.ts';
import { renderSvg } from '../render/render-svg.ts';
import { messages } from '../messages/index.ts';

/** The MIME type JupyterLab, VS Code and nbviewer render Vega-Lite 5 specs from. */
export const VEGA_LITE_MIME = 'application/vnd.vegalite.v5+json';

/** A chart in a notebook: its spec, renderers, and the display hook of the Deno Jupyter kernel. */
export interface Chart {
  /** The Vega-Lite spec. */
  readonly spec: TopLevelSpec;
  /** The chart as SVG (see `renderSvg`). */
  svg(): Promise<string>;
  /** The chart as PNG (see `renderPng`). */
  png(options?: RenderPngOptions): Promise<Uint8Array>;
}

/** Options of `chart`. */
export interface ChartDisplayOptions {
  /** Add a PNG rendering to the display bundle (`true`, or `renderPng` options). Default `false`: a PNG costs a font load. */
  png?: boolean | RenderPngOptions;
}

/** The text of a spec's title, for `text/plain`. */
function titleOf(spec: TopLevelSpec): string {
  const title = (spec as { title?: string | { text?: string | string[]; subtitle?: string | string[] } }).title;
  if (title === undefined) return messages.untitledChart();
  if (typeof title === 'string') return title;
  const lines = [title.text ?? [], title.subtitle ?? []].flat();
  return lines.join('\n');
}

/**
 * Prepares a Vega-Lite spec for a notebook: a cell ending in `await chart(spec)` shows the chart.
 * In the Deno Jupyter kernel the object answers `Symbol.for('Jupyter.display')` with a bundle
 * holding the spec (`application/vnd.vegalite.v5+json`, drawn interactively by JupyterLab and VS
 * Code), a static `image/svg+xml` rendering (what GitHub and nbviewer show, where no JavaScript
 * runs), and the title as `text/plain`. The SVG is rendered here, before the cell ends, so the
 * display itself is synchronous: a kernel that receives a late display can drop the next cell's output.
 *
 * With `{ png: true }` the bundle also holds an `image/png` rendering (with the CJK font), which an
 * HTML export keeps where it drops inline SVG: export with `jupyter nbconvert --to html --config
 * notebooks/html_export_config.py`, which prefers the PNG.
 *
 * @param spec - A Vega-Lite spec, from any builder.
 * @param options - See `ChartDisplayOptions`.
 * @returns The chart, once its SVG (and PNG, when asked) is rendered.
 * @example
 * const bundle = (await chart(targetVsActualChart({ topic: 'tourism' })))[Symbol.for('Jupyter.display')]();
 * Object.keys(bundle)
 * // => ['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']
 */
export async function chart(spec: TopLevelSpec, options: ChartDisplayOptions = {}): Promise<Chart> {
  const svg = await renderSvg(spec);
  // A PNG too, for exports that drop inline SVG (nbconvert's HTML): base64, as Jupyter bundles carry images.
  const png = options.png ? Buffer.from(await renderPng(svg, options.png === true ? {} : options.png)).toString('base64') : null;
  return {
    spec,
    svg: () => Promise.resolve(svg),
    png: (pngOptions?: RenderPngOptions) => renderPng(svg, pngOptions),
    [Symbol.for('Jupyter.display')]: () => ({
      [VEGA_LITE_MIME]: spec,
      'image/svg+xml': svg,
      ...(png === null ? {} : { 'image/png': png }),
      'text/plain': titleOf(spec),
    }),
  } as Chart;
}
