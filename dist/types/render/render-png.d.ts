import type { TopLevelSpec } from 'vega-lite';
import { type FontFile } from './find-cjk-font.ts';
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
export declare function renderPng(chart: TopLevelSpec | string, options?: RenderPngOptions): Promise<Uint8Array>;
