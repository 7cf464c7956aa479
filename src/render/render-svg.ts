import type { TopLevelSpec } from 'vega-lite';
import { compileChart } from './compile-chart.ts';
import { installCjkTextWidth } from './cjk-text-width.ts';

/**
 * Renders a Vega-Lite spec to SVG in Node or Deno, without a browser: Vega-Lite compiles it, Vega
 * renders it headless (`renderer: 'none'`), with text measured so that Chinese labels get their
 * real width. The SVG names the house fonts; a viewer without a CJK font shows boxes, which
 * `renderPng` avoids by embedding a font.
 *
 * @param spec - A Vega-Lite spec.
 * @returns The SVG document.
 * @example
 * const svg = await renderSvg(targetVsActualChart({ topic: 'tourism' }));
 * [svg.startsWith('<svg'), svg.includes('旅游综合收入')]
 * // => [true, true]
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  await installCjkTextWidth();
  // Loaded on first use, so that importing the library does not load the renderer.
  const { parse, View } = await import('vega');
  // Vega tags the data objects it ingests; a copy keeps the caller's spec as it was.
  const view = new View(parse(compileChart(structuredClone(spec)).vega), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
