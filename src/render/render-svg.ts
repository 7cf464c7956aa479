import type { TopLevelSpec } from 'vega-lite';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import { compileChart } from './compile-chart.ts';
import { installCjkTextWidth } from './cjk-text-width.ts';

/** A Vega logger that hands warnings to `warn` and errors to an exception. */
function vegaLogger(warn: (...args: readonly unknown[]) => void) {
  let level = 2;
  const logger = {
    level(value?: number) { if (value === undefined) return level; level = value; return logger; },
    error(...args: readonly unknown[]) { throw new Error(args.map(String).join(' ')); },
    warn(...args: readonly unknown[]) { warn(...args); return logger; },
    info() { return logger; },
    debug() { return logger; },
  };
  return logger as never;
}

/**
 * Renders a Vega-Lite spec to SVG in Node or Deno, without a browser: Vega-Lite compiles it, Vega
 * renders it headless (`renderer: 'none'`), with text measured so that Chinese labels get their
 * real width. The SVG names the house fonts; a viewer without a CJK font shows boxes, which
 * `renderPng` avoids by embedding a font.
 *
 * @param spec - A Vega-Lite spec.
 * @param options - `warnings`: an array that receives every warning Vega-Lite and Vega log while
 *   compiling and rendering (by default they are dropped, as a notebook user expects). `loader`:
 *   a Vega loader, to let a spec's `data.url` be read; by default none is, and such a spec is a
 *   `CHART_DATA` error, since charts carry their data in the spec.
 * @returns The SVG document.
 * @example
 * const svg = await renderSvg(targetVsActualChart({ topic: 'tourism' }));
 * [svg.startsWith('<svg'), svg.includes('旅游综合收入')]
 * // => [true, true]
 */
export async function renderSvg(spec: TopLevelSpec, options: { warnings?: string[]; loader?: unknown } = {}): Promise<string> {
  await installCjkTextWidth();
  // Loaded on first use, so that importing the library does not load the renderer.
  const { parse, View } = await import('vega');
  // Vega tags the data objects it ingests; a copy keeps the caller's spec as it was.
  const compiled = compileChart(structuredClone(spec));
  options.warnings?.push(...compiled.warnings);
  const warn = (...args: readonly unknown[]) => { options.warnings?.push(args.map(String).join(' ')); };
  let refused: FactcheckError | undefined;
  // No file is read and no address is fetched for a chart unless the caller hands Vega a loader of its own.
  const loader = options.loader ?? {
    sanitize: async (uri: string) => { throw (refused = new FactcheckError('CHART_DATA', messages.chartUrlRefused(String(uri)))); },
    load: async (uri: string) => { throw (refused = new FactcheckError('CHART_DATA', messages.chartUrlRefused(String(uri)))); },
  };
  const view = new View(parse(compiled.vega), { renderer: 'none', logger: vegaLogger(warn), logLevel: 2, loader: loader as never });
  try {
    const svg = await view.toSVG();
    if (refused) throw refused;
    // XML allows no control character but tab and line breaks: a NUL or ESC in a label would make
    // the SVG unreadable, so each is shown as the replacement character.
    return svg.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
  } catch (error) {
    throw refused ?? error;
  } finally {
    view.finalize();
  }
}
