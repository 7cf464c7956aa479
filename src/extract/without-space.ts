import { isSpace } from './is-space.ts';

/** White space and the zero-width space that stands for a line break a page's wrap put in a name. */
const SPACES = /[\s\u200b]+/g;
/** The same, marked 1 in a table indexed by the UTF-16 unit: a name is read one lookup a character. */
const DROPPED = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code += 1) if (isSpace(code) || code === 0x200b) DROPPED[code] = 1;

/**
 * A name without its white space (as text copied from a PDF splits names: 地区 生产总值, and a
 * wrap's line break, a zero-width space to the extractor: see `unwrapLines`); the text itself where
 * it has none, as most have.
 */
export function withoutSpace(text: string): string {
  for (let i = 0; i < text.length; i += 1) if (DROPPED[text.charCodeAt(i)] === 1) return text.replace(SPACES, '');
  return text;
}
