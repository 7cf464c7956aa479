import { YEAR_COUNT_WORD, YEAR_COUNTS } from '../text/year-counts.ts';

/** A table's note that its square-bracketed figures are totals over years ([ ]内为五年累计数): the years it counts. */
const NOTE = new RegExp(`[[［]\\s*[\\]］]\\s*(?:内|中)(?:的?(?:数字|数据|数值))?(?:为|是|系)((${YEAR_COUNT_WORD})?年?累计)`);

/**
 * Whether a document's note says its square-bracketed table figures are totals over years, over how many, and in
 * the note's words: `注：[ ]内为五年累计数` → 5 years, 五年累计. Null where no note says so; 0 years where it names no number.
 *
 * @param text - The normalised text.
 */
export function bracketedTotals(text: string): { years: number; name: string } | null {
  const note = NOTE.exec(text);
  if (!note) return null;
  return { years: note[2] === undefined ? 0 : YEAR_COUNTS[note[2]] ?? 0, name: note[1] as string };
}
