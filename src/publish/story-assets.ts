import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

/** The browser builds the story page inlines, in load order: Vega, its expression interpreter, Vega-Lite, vega-embed. */
export const STORY_SCRIPTS = [
  ['vega', 'build/vega.min.js'],
  ['vega-interpreter', 'build/vega-interpreter.min.js'],
  ['vega-lite', 'build/vega-lite.min.js'],
  ['vega-embed', 'build/vega-embed.min.js'],
] as const;

/** The folder of an installed package (some packages do not export their browser builds, so they are read by path). */
function packageDir(require: NodeJS.Require, name: string): string {
  const entry = require.resolve(name);
  const marker = `${sep}node_modules${sep}${name}${sep}`;
  const at = entry.lastIndexOf(marker);
  return at < 0 ? dirname(entry) : entry.slice(0, at + marker.length);
}

let cached: string[] | null = null;

/**
 * The text of the browser builds in `STORY_SCRIPTS`, read from the installed packages (never
 * fetched), so that the story page works offline and from a file.
 *
 * @returns The scripts, in load order.
 * @example
 * storyAssets()[0].includes('vega')
 * // => true
 */
export function storyAssets(): string[] {
  if (!cached) {
    const require = createRequire(import.meta.url);
    // A closing script tag inside a library would end the inline script early; none is expected, but it is made safe.
    cached = STORY_SCRIPTS.map(([name, path]) => readFileSync(join(packageDir(require, name), path), 'utf8').replace(/<\/(script)/gi, '<\\/$1'));
  }
  return cached;
}
