import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { TopLevelSpec } from 'vega-lite';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import { CJK_FONT_PLACES, findCjkFont, type FontFile } from './find-cjk-font.ts';
import { renderSvg } from './render-svg.ts';

/** The first bytes of font files: TrueType, OpenType (CFF), Apple TrueType, collections, WOFF, WOFF2. */
const FONT_SIGNATURES = ['00010000', '4f54544f', '74727565', '74746366', '774f4646', '774f4632'];

/** Whether a file starts as a font file does (so that a wrong path draws no text silently). */
function isFontFile(file: string): boolean {
  const head = Buffer.alloc(4);
  const handle = openSync(file, 'r');
  try {
    readSync(handle, head, 0, 4, 0);
  } finally {
    closeSync(handle);
  }
  return FONT_SIGNATURES.includes(head.toString('hex'));
}

type ResvgClass = typeof import('@resvg/resvg-js').Resvg;
const chineseFonts = new Map<string, boolean>();

/**
 * Whether a font draws Chinese: 武 and a private-use character (which no font draws) are drawn
 * side by side with the font alone; a font without Chinese draws the same missing-glyph box for
 * both. Asked once per font file and family.
 */
async function drawsChinese(font: FontFile, Resvg: ResvgClass): Promise<boolean> {
  const key = `${font.file}\u0000${font.family}`;
  const known = chineseFonts.get(key);
  if (known !== undefined) return known;
  const probe = `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><text x="4" y="32" font-size="32" font-family="${font.family.replace(/[<&"]/g, '')}">\u6b66</text><text x="44" y="32" font-size="32" font-family="${font.family.replace(/[<&"]/g, '')}">\ue000</text></svg>`;
  const image = new Resvg(probe, { font: { fontFiles: [font.file], loadSystemFonts: false, defaultFontFamily: font.family }, background: '#ffffff' }).render();
  const pixels = image.pixels;
  const cell = (from: number) => {
    const rows: number[] = [];
    for (let y = 0; y < image.height; y += 1) for (let x = from; x < from + 40; x += 1) rows.push(pixels[(y * image.width + x) * 4] ?? 0);
    return rows.join(',');
  };
  const draws = cell(0) !== cell(40);
  chineseFonts.set(key, draws);
  return draws;
}

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
 * @throws {FactcheckError} With code `NO_CJK_FONT` when no CJK font is found, or the font given
 *   draws no Chinese (the message says how to install one or point to one), or `FONT_FILE` when a
 *   given font file does not exist or is not a font.
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
  if (!isFontFile(font.file)) throw new FactcheckError('FONT_FILE', messages.fontFileNotAFont(font.file));
  // Loaded on first use: a native module, which a notebook that never renders PNG should not pay for.
  const { Resvg } = await import('@resvg/resvg-js');
  if (!(await drawsChinese(font, Resvg))) throw new FactcheckError('NO_CJK_FONT', messages.fontWithoutChinese(font.file, font.family));
  const svg = typeof chart === 'string' ? chart : await renderSvg(chart);
  const resvg = new Resvg(svg, {
    font: { fontFiles: [font.file], loadSystemFonts: false, defaultFontFamily: font.family, sansSerifFamily: font.family },
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
