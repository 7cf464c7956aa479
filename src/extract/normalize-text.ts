import { TRADITIONAL_FORMS } from '../quantity/traditional-forms.ts';

/** Line breaks other than \n (a carriage return alone, as old Mac files have; the Unicode line and paragraph separators), as \n: headings and sentences end there too. */
const LINE_BREAKS: Record<string, string> = { '\r': '\n', '\u2028': '\n', '\u2029': '\n', '\u0085': '\n' };

/** Full-width signs that belong to numbers, and their ASCII forms (also one unit to one); ∶ (the ratio sign) as a colon. */
const FULL_WIDTH: Record<string, string> = {
  '\uff05': '%', '\uff0e': '.', '\uff1a': ':', '\uff0b': '+', '\uff0d': '-', '\u30fb': '·', '\u2236': ':',
};
// The full-width comma (\uff0c) stays: in Chinese text it is punctuation, so "5,300人" is two numbers, not 5300.

/** Every single character that changes, in one table. */
const CHANGES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ ...TRADITIONAL_FORMS, ...LINE_BREAKS, ...FULL_WIDTH }).filter(([from, to]) => from !== to),
);
const escapeClass = (char: string): string => (/[\\\]^-]/.test(char) ? `\\${char}` : char);
/** The characters to change: the table's, full-width digits and letters. Anything else is copied as it is. */
const CHANGING = new RegExp(`[${Object.keys(CHANGES).map(escapeClass).join('')}\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a]`, 'g');

const change = (char: string): string => {
  const code = char.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff5a) return String.fromCharCode(code >= 0xff21 ? code - 0xfee0 : code - 0xff10 + 48);
  return CHANGES[char] ?? char;
};

/**
 * The text with full-width digits and signs made ASCII and the traditional characters of numbers,
 * units and cue words made simplified, one character for one, so that a match in the result is a
 * match at the same offsets in the original. Only the characters that change are touched: one
 * pass of one pattern over the text, without building the result a character at a time.
 */
export function normalizeText(text: string): string {
  return text.replace(CHANGING, change);
}
