/** A note that a column's figures are estimates (2025年完成数为预计数, 本年执行数均为预计值): the heading's words before 数. */
const ESTIMATED = /([^\s，,。；;：:、（）()]{2,16}?)(?:数|数据)?(?:均为|为|系)预计(?:数|值|数据)?(?![\u4e00-\u9fa5])/g;

/**
 * The words of the column headings a document's notes call estimates: 注：2025年完成数为预计数 → 2025年完成, so that
 * a table's 2025年完成 column holds the year's estimates, not its results.
 *
 * @param text - The normalised text.
 * @returns The headings' words, in the order the notes give them; none where no note says so.
 */
export function estimatedColumns(text: string): string[] {
  if (!text.includes('预计')) return [];
  return [...text.matchAll(ESTIMATED)].map((found) => found[1] as string);
}
