import type { Config } from 'vega-lite';
/**
 * The fonts the house theme asks for, CJK-capable first: Noto Sans CJK (Debian's fonts-noto-cjk),
 * then the usual system CJK fonts of macOS, Windows and Linux, then any sans-serif.
 */
export declare const HOUSE_FONT = "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", sans-serif";
/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. The charts never
 * rely on colour alone: verdicts also differ in shape, and every series is labelled.
 */
export declare const PALETTE: readonly ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
/** The default width of a chart, in pixels: fits a phone screen of 360 px with the labels beside it. */
export declare const PHONE_WIDTH = 300;
/**
 * The house Vega-Lite config: CJK-capable fonts, Okabe–Ito colours, titles anchored left with the
 * source line as their last subtitle line, and sizes readable at phone width.
 *
 * @example
 * HOUSE_THEME.font === HOUSE_FONT
 * // => true
 */
export declare const HOUSE_THEME: Config;
