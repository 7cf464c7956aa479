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
export declare function cjkTextWidth(text: string, fontSize: number): number;
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
export declare function installCjkTextWidth(): Promise<boolean>;
