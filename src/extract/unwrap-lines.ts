import { isDigit } from './is-digit.ts';
import { isPageNumber } from './is-page-number.ts';

/** Marks a prose line may end with where its sentence or clause ends there: such a line break is the text's own. */
const LINE_END_MARKS = new Uint8Array(0x10000);
for (const mark of '。！？!?；;：:，,、…”」』)）】》') LINE_END_MARKS[mark.charCodeAt(0)] = 1;

/** Punctuation only prose has: a line with none is a heading, a table row or a page's furniture, never joined. */
const PROSE_MARKS = new Uint8Array(0x10000);
for (const mark of '。，；！？、') PROSE_MARKS[mark.charCodeAt(0)] = 1;

/** Lines that open a new part, which the line before never runs into: 二、…, （三）…, 第二章…, ——…, - 3 -, 表1…, 图1…, 附…, or an empty line. */
const OPENS_PART = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十百\d]+[章节条部分]|——|[-—–]\s*\d|表\s*\d|图\s*\d|附|$)/;

/** A line laid out as a table's: cells apart by two spaces, a tab or a pipe. */
const TABLE_ROW = /\S(?: {2,}|\t|\s*[|｜]\s*)\S/;
/** How wide a page is at least, in half-width units (25 characters of Chinese): lines narrower than that are not a page's width. */
const PAGE_WIDTH = 50;
/** How many lines run to the full width of the page before the text is taken to be wrapped at that width. */
const WRAPPED_LINES = 3;
/** What part of the prose lines must run to the full width (and end without a mark) for the text to be taken as wrapped. */
const WRAPPED_SHARE = 0.3;
/** How much narrower than the widest prose line a line may be and still run to the full width, in half-width units (two characters of Chinese). */
const WIDTH_SLACK = 4;

const isDigitOrPoint = (code: number): boolean => isDigit(code) || code === 46;

/**
 * Whether the line break at `at` (or after the space at `at`, a Windows line end's \r) breaks a
 * number: a digit or a decimal point on both sides of it (52.\n4%, 2860\n.35, 52.\r\n4%). The
 * extractor keeps the pieces of such a number as text.
 *
 * @param text - The (normalised) text.
 * @param at - Where a line break stands in it.
 */
export function splitsNumber(text: string, at: number): boolean {
  // A Windows line end is a space and a break to the extractor (see `normalizeText`): the break is the one after the space.
  const lineBreak = text.charCodeAt(at) === 32 && text.charCodeAt(at + 1) === 10 ? at + 1 : at;
  const before = text.charCodeAt(lineBreak - 1) === 32 ? lineBreak - 2 : lineBreak - 1;
  return text.charCodeAt(lineBreak) === 10 && isDigitOrPoint(text.charCodeAt(before)) && isDigitOrPoint(text.charCodeAt(lineBreak + 1));
}

/** Where the line that starts at `start` ends (its line break, or the text's end). */
function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline < 0 ? text.length : newline;
}

/** How wide a line is as printed: a Chinese or full-width character is two units, an ASCII one. */
function printedWidth(text: string, start: number, end: number): number {
  let width = 0;
  for (let at = start; at < end; at += 1) width += text.charCodeAt(at) < 0x1100 ? 1 : 2;
  return width;
}

/**
 * The text with the line breaks of a page's width (text copied from a PDF, wrapped every 40
 * characters or so, mid-word and mid-number: “第一产业增\n加值31.2亿元”, “152.7\n亿元”) made
 * zero-width spaces (U+200B: the scanner and the parser read one between a number and its unit,
 * and names drop it), one character for one, so that offsets stay those of the text.
 *
 * A line break is the page's, not the text's, where the text is wrapped (at least three prose
 * lines, and three in ten, end without a mark, open no part and run to within two characters of
 * the widest such line, itself 25 characters of Chinese or more), the line runs to that width and
 * ends without a mark (。，；：、…), and the next line opens no new part (二、, （三）, 表1…), is no
 * table row and is not empty. A page number between the two lines (…增\n- 3 -\n加值) is blanked
 * with the breaks around it. A break inside a number (52.\n4%) is kept, for the extractor to keep
 * its pieces as text (see `splitsNumber`). A text written one paragraph to a line (most texts) is
 * returned as it is.
 *
 * @param text - The (normalised) document text.
 * @returns The text, with the page's line breaks as zero-width spaces.
 */
export function unwrapLines(text: string): string {
  const open: { start: number; end: number; width: number }[] = [];
  let prose = 0;
  let widest = 0;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let last = end;
    while (last > start && text.charCodeAt(last - 1) <= 32) last -= 1;
    let isProse = false;
    for (let at = start; at < last && !isProse; at += 1) isProse = PROSE_MARKS[text.charCodeAt(at)] === 1;
    if (isProse) {
      prose += 1;
      // Only a line that ends without a mark is measured (most lines of most texts end with one): the widest of them is the page's width.
      // A heading (（一）确保粮食安全，乡村振兴扎实推进) has a comma and no end mark, but it opens a part: it is no wrapped line.
      if (newline >= 0 && LINE_END_MARKS[text.charCodeAt(last - 1)] === 0 && !OPENS_PART.test(text.slice(start, Math.min(last, start + 12)))) {
        const width = printedWidth(text, start, last);
        widest = Math.max(widest, width);
        open.push({ start, end, width });
      }
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  const full = open.filter((line) => line.width >= widest - WIDTH_SLACK);
  if (widest < PAGE_WIDTH || full.length < WRAPPED_LINES || full.length < prose * WRAPPED_SHARE) return text;
  const parts: string[] = [];
  let copied = 0;
  for (const line of full) {
    // A number broken by the wrap (52.\n4%) is left broken: read as two numbers with a space between, it would give two wrong ones.
    if (splitsNumber(text, line.end)) continue;
    let next = line.end + 1;
    let nextEnd = lineEnd(text, next);
    // A page number between the pages a sentence runs across (…第一产业增\n- 3 -\n加值…) is blanked with the breaks around it.
    if (isPageNumber(text.slice(next, nextEnd)) && nextEnd < text.length) {
      next = nextEnd + 1;
      nextEnd = lineEnd(text, next);
    }
    const following = text.slice(next, nextEnd);
    if (next >= text.length || OPENS_PART.test(following) || TABLE_ROW.test(following)) continue;
    // The break is a zero-width space (so a number and its unit, 152.7\n亿元, are read together), what follows it to the next line a space.
    parts.push(text.slice(copied, line.end), '\u200b', ' '.repeat(next - line.end - 1));
    copied = next;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
