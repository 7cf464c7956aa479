/** What a note says a column's figures are, after the heading's words: 为预计数, 均为预计值, 系预计数据. */
const SAID = /(?:均为|为|系)$/;
/** What follows 预计 in such a note: a word of figures, then no other word (预计数, not 预计数字化…). */
const FIGURES_AFTER = /^(?:数据|数|值)?(?![\u4e00-\u9fa5])/;
/** The heading's words before what the note says: 2025年完成 in 2025年完成数为预计数. */
const HEADING = /([^\s，,。；;：:、（）()]{2,16}?)(?:数|数据)?$/;
/** Words that point at the table rather than name a column (表中2025年完成数, 上述数据): no part of the heading. */
const POINTING = /^(?:表中|本表|上表|上述|以上|其中)/;
/** How far before 预计 a note's heading may start. */
const REACH = 24;

/**
 * The words of the column headings a document's notes call estimates: 注：2025年完成数为预计数 → 2025年完成, so that
 * a table's 2025年完成 column holds the year's estimates, not its results. Read only where 预计 is written.
 *
 * @param text - The normalised text.
 * @returns The headings' words, in the order the notes give them; none where no note says so.
 */
export function estimatedColumns(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf('预计'); at >= 0; at = text.indexOf('预计', at + 2)) {
    const before = text.slice(Math.max(0, at - REACH), at);
    const said = SAID.exec(before);
    if (!said || !FIGURES_AFTER.test(text.slice(at + 2, at + 6))) continue;
    const heading = HEADING.exec(before.slice(0, said.index))?.[1]?.replace(POINTING, '') ?? '';
    if (heading.length >= 2) found.push(heading);
  }
  return found;
}
