import type { TopLevelSpec } from 'vega-lite';
/**
 * Renders a Vega-Lite spec to SVG in Node or Deno, without a browser: Vega-Lite compiles it, Vega
 * renders it headless (`renderer: 'none'`), with text measured so that Chinese labels get their
 * real width. The SVG names the house fonts; a viewer without a CJK font shows boxes, which
 * `renderPng` avoids by embedding a font.
 *
 * @param spec - A Vega-Lite spec.
 * @param options - `warnings`: an array that receives every warning Vega-Lite and Vega log while
 *   compiling and rendering (by default they are dropped, as a notebook user expects).
 * @returns The SVG document.
 * @example
 * const svg = await renderSvg(targetVsActualChart({ topic: 'tourism' }));
 * [svg.startsWith('<svg'), svg.includes('旅游综合收入')]
 * // => [true, true]
 */
export declare function renderSvg(spec: TopLevelSpec, options?: {
    warnings?: string[];
}): Promise<string>;
