/** The browser builds the story page inlines, in load order: Vega, its expression interpreter, Vega-Lite, vega-embed. */
export declare const STORY_SCRIPTS: readonly [readonly ['vega', 'build/vega.min.js'], readonly ['vega-interpreter', 'build/vega-interpreter.min.js'], readonly ['vega-lite', 'build/vega-lite.min.js'], readonly ['vega-embed', 'build/vega-embed.min.js']];
/**
 * The text of the browser builds in `STORY_SCRIPTS`, read from the installed packages (never
 * fetched), so that the story page works offline and from a file.
 *
 * @returns The scripts, in load order.
 * @example
 * storyAssets()[0].includes('vega')
 * // => true
 */
export declare function storyAssets(): string[];
