import { TRADITIONAL_FORMS } from '../quantity/traditional-forms.ts';
import { yearDigits } from '../text/year-digits.ts';

/** Line breaks other than \n (a carriage return alone, as old Mac files have; the Unicode line and paragraph separators), as \n: headings and sentences end there too. */
const LINE_BREAKS: Record<string, string> = { '\r': '\n', '\u2028': '\n', '\u2029': '\n', '\u0085': '\n' };

/**
 * Full-width signs that belong to numbers, and their ASCII forms (also one unit to one); ∶ (the ratio sign) as a colon, and − (the
 * minus sign of typeset tables: −8.6 in a column of changes) as a hyphen-minus.
 */
const FULL_WIDTH: Record<string, string> = {
  '\uff05': '%', '\uff0e': '.', '\uff1a': ':', '\uff0b': '+', '\uff0d': '-', '\u30fb': '·', '\u2236': ':', '\u2212': '-',
};
// The full-width comma (\uff0c) stays: in Chinese text it is punctuation, so "5,300人" is two numbers, not 5300.

/**
 * Every UTF-16 unit that changes, as a table indexed by the unit: its replacement, or 0 where the
 * unit stays. Full-width digits and letters (U+FF10–U+FF5A) become ASCII.
 */
const CHANGES = new Uint16Array(0x10000);
for (const [from, to] of Object.entries({ ...TRADITIONAL_FORMS, ...LINE_BREAKS, ...FULL_WIDTH })) {
  if (from !== to) CHANGES[from.charCodeAt(0)] = to.charCodeAt(0);
}
for (let code = 0xff10; code <= 0xff19; code += 1) CHANGES[code] = code - 0xff10 + 48;
for (let code = 0xff21; code <= 0xff3a; code += 1) CHANGES[code] = code - 0xfee0;
for (let code = 0xff41; code <= 0xff5a; code += 1) CHANGES[code] = code - 0xfee0;

/**
 * The text with full-width digits and signs made ASCII and the traditional characters of numbers,
 * units and cue words made simplified, one character for one, so that a match in the result is a
 * match at the same offsets in the original. Line breaks other than \n are \n, but for the \r of a
 * Windows line end (\r\n), which is a space. A year written in Chinese digits (二〇二五年) is written in
 * Arabic ones (`yearDigits`, a second pass, skipped where the text has no 〇, 零 or 一九), four characters for four.
 * One pass over the text's code units through a lookup table; a text where nothing changes is returned as it is, and one where something does is
 * joined from the runs between the changes.
 */
export function normalizeText(text: string): string {
  return yearDigits(oneForOne(text));
}

function oneForOne(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < text.length; i += 1) {
    let change = CHANGES[text.charCodeAt(i)] as number;
    if (change === 0) continue;
    // A Windows line end (\r\n) is one line break: its \r is a space, not a second, empty line.
    if (change === 10 && text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) change = 32;
    parts.push(text.slice(copied, i), String.fromCharCode(change));
    copied = i + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
