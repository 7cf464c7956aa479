import { guessIndicator } from './guess-meaning.ts';

/** Stands for a threshold while the name is guessed: no digit, no mark, so the name runs through it; one character, so a long threshold leaves the name its length. */
const MASK = '\ue000';

/**
 * The name of a figure whose clause defines it with a threshold before it (每千人口拥有3岁以下婴幼儿托位数达到4.5个,
 * 逾期1年以上的贷款3.5亿元): the name the clause gives when the threshold is read as words, so that
 * it keeps the threshold and what stands before it, as written. `from` and `to` are the
 * threshold's place in the clause. Null where the name would not reach back to the threshold.
 *
 * @param clause - The words before the figure in its clause.
 * @param from - Where the threshold starts in the clause.
 * @param to - Where it ends.
 */
export function nameAcrossThreshold(clause: string, from: number, to: number): string | null {
  if (from < 0 || to > clause.length || from >= to) return null;
  const masked = `${clause.slice(0, from)}${MASK}${clause.slice(to)}`;
  const name = guessIndicator(masked);
  const at = masked.lastIndexOf(name);
  // The name must hold the threshold, or it is the name without it already.
  if (name === '' || at < 0 || at > from || at + name.length <= from) return null;
  return clause.slice(at, at + name.length + (to - from - 1));
}
