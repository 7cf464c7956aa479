import { existsSync } from 'node:fs';
import type { TopLevelSpec } from 'vega-lite';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import { CJK_FONT_PLACES, findCjkFont, type FontFile } from './find-cjk-font.ts';
import { renderSvg } from './render-svg.ts';

/** Options of `renderPng`. */
export interface RenderPngOptions {
  /** The CJK font to draw with. Default: `findCjkFont()`; an error naming the fix when there is none. */
  font?: FontFile;
  /** Where to look for a CJK font when `font` is not given. Default `CJK_FONT_PLACES` (and `WULONG_CJK_FONT`). */
  fontPlaces?: readonly FontFile[];
  /** Pixels per SVG pixel. Default 2, sharp on phone and retina screens. */
  scale?: number;
}

/**
 * Renders a Vega-Lite spec (or an SVG from `renderSvg`) to PNG with resvg, drawing text with a CJK
 * font found on the machine or given, so Chinese comes out as Chinese and not as boxes.
 *
 * @param chart - A Vega-Lite spec, or an SVG document.
 * @param options - See `RenderPngOptions`.
 * @returns The PNG bytes.
 * @throws {FactcheckError} With code `NO_CJK_FONT` when no CJK font is found (the message says how
 *   to install one or point to one), or `FONT_FILE` when a given font file does not exist.
 * @example
 * // const png = await renderPng(targetVsActualChart({ topic: 'tourism' }));  // PNG bytes, with a CJK font installed
 * const refused = await renderPng(targetVsActualChart({ topic: 'tourism' }), { fontPlaces: [] }).catch((error) => error);
 * refused.code
 * // => 'NO_CJK_FONT'
 */
export async function renderPng(chart: TopLevelSpec | string, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const font = options.font ?? findCjkFont(options.fontPlaces);
  if (!font) throw new FactcheckError('NO_CJK_FONT', messages.noCjkFont(CJK_FONT_PLACES.map((place) => place.file)));
  if (!existsSync(font.file)) throw new FactcheckError('FONT_FILE', messages.fontFileMissing(font.file));
  const svg = typeof chart === 'string' ? chart : await renderSvg(chart);
  // Loaded on first use: a native module, which a notebook that never renders PNG should not pay for.
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    font: { fontFiles: [font.file], loadSystemFonts: false, defaultFontFamily: font.family, sansSerifFamily: font.family },
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
