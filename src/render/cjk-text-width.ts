/** Vega's text measurer (exported by vega-scenegraph, not declared in vega's types). */
interface TextMetrics {
  width: (item: { text?: unknown; fontSize?: number }, text?: unknown) => number;
  measureWidth: TextMetrics['width'];
}

/** Wide characters: CJK ideographs, kana, hangul, CJK punctuation and full-width forms (one em each). */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** The width of one character in ems, for a typical sans-serif: wide characters 1, digits 0.56, and so on. */
function charWidth(char: string): number {
  if (WIDE.test(char)) return 1;
  if (/[0-9]/.test(char)) return 0.56;
  if (/[A-Z]/.test(char)) return 0.66;
  if (/[a-z]/.test(char)) return 0.52;
  if (char === ' ') return 0.28;
  if (/[.,:;'!|ilI()[\]]/.test(char)) return 0.3;
  return 0.58;
}

/**
 * The width of a text in pixels at a font size, counting Chinese characters as one em each.
 * Vega's own estimate without a canvas is 0.8 em per character, too narrow for Chinese (labels
 * overlap and titles run past the edge) and too wide for Latin text.
 *
 * @param text - The text.
 * @param fontSize - The font size in pixels.
 * @returns The estimated width in pixels.
 * @example
 * [cjkTextWidth('旅游综合收入', 10), cjkTextWidth('2024', 10)]
 * // => [60, 22.4]
 */
export function cjkTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return Math.round(ems * fontSize * 100) / 100;
}

let installed = false;

/**
 * Makes Vega measure text with `cjkTextWidth` wherever it has no canvas to measure with (Node,
 * Deno, a headless render). Called by `renderSvg`; idempotent. In a browser Vega measures with
 * its canvas, which this leaves alone.
 *
 * @returns Whether Vega now uses the CJK-aware estimate (false when a canvas measures text).
 * @example
 * await installCjkTextWidth()
 * // => true
 */
export async function installCjkTextWidth(): Promise<boolean> {
  const { textMetrics } = (await import('vega')) as unknown as { textMetrics: TextMetrics };
  if (textMetrics.width === textMetrics.measureWidth) return false;
  if (!installed) {
    textMetrics.width = (item: { text?: unknown; fontSize?: number }, text?: unknown) => {
      const value = text ?? item.text;
      const lines = Array.isArray(value) ? value.map(String) : [String(value ?? '')];
      return Math.max(0, ...lines.map((line) => cjkTextWidth(line, item.fontSize ?? 11)));
    };
    installed = true;
  }
  return true;
}
