import { SENTENCE_MARKS } from './is-sentence-end.ts';
import { isSpace } from './is-space.ts';

/** How far a sentence reaches either side of its number at most, in characters. */
const SENTENCE_REACH = 300;

/**
 * Where the sentences of a text end, in order, packed (a long text has a million of them): each
 * mark is found by `indexOf`, which skips the text between far faster than a loop over its
 * characters, and the marks' positions are merged.
 */
function sentenceEnds(text: string): Int32Array {
  const found = SENTENCE_MARKS.map((mark) => {
    const at: number[] = [];
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) at.push(i);
    return at;
  });
  const ends = new Int32Array(found.reduce((count, at) => count + at.length, 0));
  const next = found.map(() => 0);
  for (let count = 0; count < ends.length; count += 1) {
    let first = -1;
    for (let mark = 0; mark < found.length; mark += 1) {
      const at = (found[mark] as number[])[next[mark] as number];
      if (at !== undefined && (first < 0 || at < ((found[first] as number[])[next[first] as number] as number))) first = mark;
    }
    ends[count] = (found[first] as number[])[next[first] as number] as number;
    next[first] = (next[first] as number) + 1;
  }
  return ends;
}

/** A sentence's span in its text: `from` inclusive, `to` exclusive. */
export interface SentenceSpan {
  from: number;
  to: number;
}

/**
 * A function giving the sentence around a span (after the previous 。!?!? or line break, through
 * the next, trimmed of white space, and at most 300 characters either side of the span), found by
 * the sentence ends of the text: a long text costs one pass, not one per number.
 * The span it returns is reused by the next call: copy what is kept.
 */
export function sentenceFinder(text: string): (start: number, end: number) => SentenceSpan {
  const ends = sentenceEnds(text);
  const span: SentenceSpan = { from: 0, to: 0 };
  // Positions asked in text order (as the extractor asks them) move a cursor forward: one pass over
  // the ends in all. A position before the last one asked is found by binary search.
  let cursor = 0;
  let asked = 0;
  const firstAtOrAfter = (position: number): number => {
    let low = 0;
    if (position >= asked) low = cursor;
    else {
      let high = ends.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((ends[middle] as number) < position) low = middle + 1;
        else high = middle;
      }
    }
    while (low < ends.length && (ends[low] as number) < position) low += 1;
    cursor = low;
    asked = position;
    return low;
  };
  return (start, end) => {
    const before = firstAtOrAfter(start) - 1;
    let from = before >= 0 ? (ends[before] as number) + 1 : 0;
    const after = firstAtOrAfter(Math.max(end, start));
    let to = after < ends.length ? (ends[after] as number) : text.length;
    if (to < text.length && text.charCodeAt(to) !== 10) to += 1;
    // A "sentence" of thousands of characters (a table, text without punctuation) is cut around the
    // number, so that each row costs the same whatever the text.
    from = Math.max(from, start - SENTENCE_REACH);
    to = Math.min(to, Math.max(end, start) + SENTENCE_REACH);
    while (from < to && isSpace(text.charCodeAt(from))) from += 1;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to -= 1;
    span.from = from;
    span.to = to;
    return span;
  };
}
