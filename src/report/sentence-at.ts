const END = /[。！？!?\n]/;

/**
 * The sentence of a text that contains a span: from after the previous 。！？ or line break to the
 * next one (inclusive of the closing mark), without surrounding whitespace. Sentences are what a
 * journalist quotes; a list sentence with semicolons stays whole.
 *
 * @param text - The report text.
 * @param start - Start of the span (JavaScript string offset).
 * @param end - End of the span (exclusive); defaults to `start`.
 * @returns The sentence, trimmed.
 * @example
 * sentenceAt('第一句。实现地区生产总值273.46亿元、增长5.5%。第三句。', 15)
 * // => '实现地区生产总值273.46亿元、增长5.5%。'
 */
export function sentenceAt(text: string, start: number, end: number = start): string {
  const ends = sentenceEnds(text);
  // The first sentence end at or after a position, by binary search: a long sentence holding many
  // figures is scanned once for the text, not once per figure.
  const firstAtOrAfter = (position: number): number => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((ends[middle] as number) < position) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const before = firstAtOrAfter(start) - 1;
  const from = before >= 0 ? (ends[before] as number) + 1 : 0;
  const next = firstAtOrAfter(Math.max(end, start));
  let to = next < ends.length ? (ends[next] as number) : text.length;
  if (to < text.length && text[to] !== '\n') to += 1;
  return text.slice(from, to).trim();
}

/** The positions of the sentence ends of the last text asked about (a run asks about one report's text many times). */
let known: { text: string; ends: number[] } | undefined;

function sentenceEnds(text: string): number[] {
  if (known?.text !== text) {
    const ends: number[] = [];
    for (let i = 0; i < text.length; i += 1) if (END.test(text[i] as string)) ends.push(i);
    known = { text, ends };
  }
  return known.ends;
}
