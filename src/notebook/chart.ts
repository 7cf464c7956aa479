import type { TopLevelSpec } from 'vega-lite';
import { renderPng, type RenderPngOptions } from '../render/render-png.ts';
import { renderSvg } from '../render/render-svg.ts';

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
  /** The MIME bundle a notebook shows: the Vega-Lite spec, a static SVG, and the title as text. */
  [Symbol.toPrimitive]?: never;
}

/** The text of a spec's title, for `text/plain`. */
function titleOf(spec: TopLevelSpec): string {
  const title = (spec as { title?: string | { text?: string | string[]; subtitle?: string | string[] } }).title;
  if (title === undefined) return 'Vega-Lite chart';
  if (typeof title === 'string') return title;
  const lines = [title.text ?? [], title.subtitle ?? []].flat();
  return lines.join('\n');
}

/**
 * Wraps a Vega-Lite spec so that a notebook cell returning it shows the chart. In the Deno Jupyter
 * kernel the object answers `Symbol.for('Jupyter.display')` with a bundle holding the spec
 * (`application/vnd.vegalite.v5+json`, drawn interactively by JupyterLab and VS Code), a static
 * `image/svg+xml` rendering (what GitHub and nbviewer show, where no JavaScript runs), and the
 * title as `text/plain`.
 *
 * @param spec - A Vega-Lite spec, from any builder.
 * @returns The chart.
 * @example
 * const bundle = await chart(targetVsActualChart({ topic: 'tourism' }))[Symbol.for('Jupyter.display')]();
 * Object.keys(bundle)
 * // => ['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']
 */
export function chart(spec: TopLevelSpec): Chart {
  return {
    spec,
    svg: () => renderSvg(spec),
    png: (options?: RenderPngOptions) => renderPng(spec, options),
    [Symbol.for('Jupyter.display')]: async () => ({
      [VEGA_LITE_MIME]: spec,
      'image/svg+xml': await renderSvg(spec),
      'text/plain': titleOf(spec),
    }),
  } as Chart;
}
