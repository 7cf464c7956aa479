import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import { QUALIFIER_WORDS } from '../quantity/qualifiers.ts';
import { UNITS } from '../quantity/units.ts';
import { isDigit } from './is-digit.ts';
import { isIdeograph } from './is-ideograph.ts';
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
const TABLE_ROW = /\S(?: {2,}|\t|\s*[|｜│┃║¦]\s*)\S/;
/** White space inside a line (a single space or tab between cells of a table row, 地区生产总值 亿元 286.35): a line without prose punctuation that has some is a row, never joined. */
const INNER_SPACE = /\S[\s\u3000]+\S/;
/** How long a line without prose punctuation must be to run into the next (城镇新增就业5.3): shorter ones (专栏1) are headings. */
const LOCAL_LINE = 6;
/** What a line opens with where the line before broke mid-sentence: a mark that never opens a line of its own (，。、；…), or a % or unit after a number. */
const OPENS_MID_SENTENCE = /^[，。、；：,.;:）)”’%‰]/;
/** How wide a page is at least, in half-width units (25 characters of Chinese): lines narrower than that are not a page's width. */
const PAGE_WIDTH = 50;
/** How many lines run to the full width of the page before the text is taken to be wrapped at that width. */
const WRAPPED_LINES = 3;
/** What part of the prose lines must run to the full width (and end without a mark) for the text to be taken as wrapped. */
const WRAPPED_SHARE = 0.3;
/** How much narrower than the widest prose line a line may be and still run to the full width, in half-width units (two characters of Chinese). */
const WIDTH_SLACK = 4;
/** The same, in characters, for a text wrapped every so many characters whatever their width. */
const LENGTH_SLACK = 2;

/**
 * Words a line break can only split where the text is wrapped: a qualifier (以\n上), a word of
 * change (增\n长) or a unit of more than one character (万千\n瓦时). Prose never breaks a line inside them.
 */
const SPLIT_WORDS: readonly string[] = [...new Set([
  ...QUALIFIER_WORDS.filter((word) => word.placement === 'after').map((word) => word.zh),
  '增长', '下降', '提高', '降低', '减少', '增加', '增产', '减产', '回落', '上升', '比上年', '同比', '百分点',
  ...UNITS.map((unit) => unit.zh),
].filter((word) => word.length >= 2))];
/** A scale or unit a line may open with only where a number on the line before runs into it (5.3\n万人). */
const UNIT_FIRST = new RegExp(`^(?:万亿|亿|万)?(?:${[...new Set(UNITS.map((unit) => unit.zh).filter((zh) => zh !== '' && zh !== ':'))]
  .sort((a, b) => b.length - a.length).map((zh) => zh.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')}|万亿|亿|万)`);

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

/** A prose line that ends without a mark: where it starts, where its text ends (`last`, before trailing spaces) and its line break (`end`), and how long it is as printed and in characters. */
interface OpenLine {
  /** Whether the line has the punctuation of prose (only such lines measure the page). */
  prose: boolean;
  start: number;
  last: number;
  end: number;
  width: number;
  length: number;
  /** Whether the line ends with a comma (，、) mid-sentence: it measures no page, and runs into the next only as a paragraph's line does (`breaksParagraph`). */
  comma?: boolean;
}

/**
 * The open lines that run to the page's full measure, by one measure (printed width or
 * characters): those within `slack` of the widest, when the widest is at least `least` and enough
 * of them (three, and three in ten prose lines) do; none otherwise.
 */
function atFullMeasure(open: readonly OpenLine[], prose: number, measure: (line: OpenLine) => number, slack: number, least: number): OpenLine[] {
  let widest = 0;
  for (const line of open) if (line.prose && !line.comma) widest = Math.max(widest, measure(line));
  const full = open.filter((line) => line.prose && !line.comma && measure(line) >= widest - slack);
  return widest < least || full.length < WRAPPED_LINES || full.length < prose * WRAPPED_SHARE ? [] : full;
}

/** Whether `word` stands across the joint of `tail` and `head` (以 | 上). */
function across(tail: string, head: string, word: string): boolean {
  const joined = tail + head;
  for (let at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + 1)) {
    if (at < tail.length && at + word.length > tail.length) return true;
  }
  return false;
}

/**
 * Where the line after `line` starts, past a page number between them (…增\n- 3 -\n加值), or -1
 * where no line follows that the line could run into: the text's end, an empty line, a line that
 * opens a part or a table row.
 */
function nextLineStart(text: string, line: OpenLine): number {
  let next = line.end + 1;
  let nextEnd = lineEnd(text, next);
  if (isPageNumber(text.slice(next, nextEnd)) && nextEnd < text.length) {
    next = nextEnd + 1;
    nextEnd = lineEnd(text, next);
  }
  const following = text.slice(next, nextEnd);
  return next >= text.length || OPENS_PART.test(following) || TABLE_ROW.test(following) ? -1 : next;
}

/**
 * Whether an open line runs into the next whatever the text's layout: its number runs into a unit
 * (城镇新增就业5.3\n万人) or the break splits a word prose never breaks (以\n上, 增\n长). This finds
 * the wraps of a text wrapped only in places (a paragraph pasted from a PDF into a typed one).
 */
function runsInto(text: string, line: OpenLine, next: number): boolean {
  const tail = text.slice(Math.max(line.start, line.last - 4), line.last);
  const head = text.slice(next, next + 5).trimStart();
  // A line that looks like a table row (cells apart by a space) is never run into.
  if (INNER_SPACE.test(text.slice(next, lineEnd(text, next)))) return false;
  // 专栏1\n年度重点任务: a heading's number, not 1 year.
  // A number, or a number and its scale (1234.5678亿\n元), runs into the unit that opens the next line.
  const lastCode = text.charCodeAt(line.last - 1);
  const scaled = (lastCode === 0x4ebf || lastCode === 0x4e07) && isDigit(text.charCodeAt(line.last - 2));
  if ((isDigit(lastCode) || scaled) && UNIT_FIRST.test(head) && !head.startsWith('年度')) return true;
  return SPLIT_WORDS.some((word) => across(tail, head, word));
}

/** How long a paragraph's line must be, in characters, for a break at its end without a mark to be read as one inside a sentence. */
const PARAGRAPH_LINE = 25;
/** The commas a paragraph's line may break off after (…征集意见建议1340条，\n采纳218条). */
const COMMA_END = new Uint8Array(0x10000);
for (const mark of '，,、') COMMA_END[mark.charCodeAt(0)] = 1;
/** The full stop (。) whose presence in a line says a sentence of it has ended. */
const FULL_STOP = '。'.charCodeAt(0);

/**
 * Whether an open line breaks off a sentence of a paragraph written one to a line (…增长9.7%，增速比上年\n加快2.3个百分点。, a
 * single break left by a copy from a PDF): the line is long, a sentence of it has ended (。), it ends in a character of a word
 * or a comma (…征集意见建议1340条，\n采纳218条), and the next line is prose too.
 */
function breaksParagraph(text: string, line: OpenLine, next: number): boolean {
  if (!line.prose || line.length < PARAGRAPH_LINE || !(line.comma === true || isIdeograph(text.charCodeAt(line.last - 1)))) return false;
  // Looked for in the line alone: a line without one is not searched past its start.
  let ended = false;
  for (let at = line.start; at < line.last && !ended; at += 1) ended = text.charCodeAt(at) === FULL_STOP;
  if (!ended) return false;
  const following = text.slice(next, lineEnd(text, next));
  for (let at = 0; at < following.length; at += 1) if (PROSE_MARKS[following.charCodeAt(at)] === 1) return true;
  return false;
}

/**
 * The text with the line breaks of a page's width (text copied from a PDF, wrapped every 40
 * characters or so, mid-word and mid-number: “第一产业增\n加值31.2亿元”, “152.7\n亿元”) made
 * zero-width spaces (U+200B: the scanner and the parser read one between a number and its unit,
 * and names drop it), one character for one, so that offsets stay those of the text.
 *
 * A line break is the page's, not the text's, where the text is wrapped (at least three prose
 * lines, and three in ten, end without a mark, open no part and run to within two characters of
 * the widest such line, itself 25 characters of Chinese or more; the width is measured as printed,
 * or in characters for a text wrapped every so many characters, when some break of it falls
 * mid-sentence: a list of items of one length is no wrap), the line runs to that width and
 * ends without a mark (。，；：、…), and the next line opens no new part (二、, （三）, 表1…), is no
 * table row and is not empty. In any text, a break is the page's where a number (or a number and its
 * scale) runs into its unit across it (5.3\n万人, 1234.5\n亿元) or it splits a word prose never breaks
 * (以\n上, 增\n长), unless either line is a table row (cells a space apart) or the first a short
 * heading (专栏1); and where a long line of a paragraph, a sentence of which has ended, breaks off in a
 * word and the next line is prose (…增速比上年\n加快2.3个百分点。). A page number
 * between the two lines (…增\n- 3 -\n加值) is blanked with the breaks around it. A break inside a
 * number (52.\n4%) is kept, for the extractor to keep its pieces as text (see `splitsNumber`). A
 * text written one paragraph to a line (most texts) is returned as it is.
 *
 * @param text - The (normalised) document text.
 * @returns The text, with the page's line breaks as zero-width spaces.
 * @throws FactcheckError `INVALID_ARGUMENT` where `text` is not a string.
 * @example
 * unwrapLines('城镇新增就业5.3\n万人，增长2%。')
 * // => '城镇新增就业5.3\u200b万人，增长2%。'
 */
export function unwrapLines(text: string): string {
  if (typeof text !== 'string') throw new FactcheckError('INVALID_ARGUMENT', messages.notText('unwrapLines', text));
  const open: OpenLine[] = [];
  let prose = 0;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let last = end;
    while (last > start && text.charCodeAt(last - 1) <= 32) last -= 1;
    let isProse = false;
    for (let at = start; at < last && !isProse; at += 1) isProse = PROSE_MARKS[text.charCodeAt(at)] === 1;
    if (isProse) prose += 1;
    // Only a line that ends without a mark is measured (most lines of most texts end with one): the widest of them is the page's width.
    // A heading (（一）确保粮食安全，乡村振兴扎实推进) has a comma and no end mark, but it opens a part: it is no wrapped line.
    // A line without prose punctuation (城镇新增就业5.3) may still run into the next where the break splits a number and its unit or a word; a table row never does.
    if (newline >= 0 && last > start && LINE_END_MARKS[text.charCodeAt(last - 1)] === 0 && !OPENS_PART.test(text.slice(start, Math.min(last, start + 12)))
      && (isProse || (last - start >= LOCAL_LINE && !INNER_SPACE.test(text.slice(start, last))))) {
      open.push({ prose: isProse, start, last, end, width: printedWidth(text, start, last), length: last - start });
    } else if (newline >= 0 && isProse && last - start >= PARAGRAPH_LINE && COMMA_END[text.charCodeAt(last - 1)] === 1 && !OPENS_PART.test(text.slice(start, Math.min(last, start + 12)))) {
      open.push({ prose: true, start, last, end, width: 0, length: last - start, comma: true });
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  if (open.length === 0) return text;
  const byWidth = atFullMeasure(open, prose, (line) => line.width, WIDTH_SLACK, PAGE_WIDTH);
  // A text wrapped every so many characters breaks mid-sentence somewhere: some line after a full one opens with
  // a comma, a full stop or a %, or the break splits a word or a number from its unit, as in no list of items of one length.
  const counted = atFullMeasure(open, prose, (line) => line.length, LENGTH_SLACK, PAGE_WIDTH / 2);
  const byLength = counted.some((line) => OPENS_MID_SENTENCE.test(text.slice(line.end + 1, line.end + 2)) || runsInto(text, line, line.end + 1)) ? counted : [];
  const full = new Set(byLength.length > byWidth.length ? byLength : byWidth);
  const parts: string[] = [];
  let copied = 0;
  for (const line of open) {
    // A number broken by the wrap (52.\n4%) is left broken: read as two numbers with a space between, it would give two wrong ones.
    if (splitsNumber(text, line.end)) continue;
    const next = nextLineStart(text, line);
    if (next < 0 || !(full.has(line) || runsInto(text, line, next) || breaksParagraph(text, line, next))) continue;
    // The break is a zero-width space (so a number and its unit, 152.7\n亿元, are read together), what follows it to the next line a space.
    parts.push(text.slice(copied, line.end), '\u200b', ' '.repeat(next - line.end - 1));
    copied = next;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
