/**
 * A note that says the document's figures, or a year's, are preliminary (本公报数据为年报初步统计数; 本公报中2024年数据为初步统计数; a census
 * bulletin's 本公报中数据均为初步汇总数据;
 * a release's 本期数据为初步统计数; 快报数, a flash figure):
 * not a note on part of them (部分数据为初步统计数), which says not which.
 */
const PRELIMINARY_NOTE = /本(?:公报|报告|期|月|季度?)(?:中|所列|的)?(?:((?:19|20)\d{2})年(?:度)?(?:的)?)?(?:各项|主要)?(?:数据|数字|统计数据)(?:均|皆|全部)?(?:为|系|是)(?:年报)?(?:初步(?:统计|核算|汇总)|快报)/;

/**
 * The year whose figures a document's note calls preliminary as a whole: the year it names, or the
 * year reviewed where it names none; `null` where no note says so. Its results are estimates, not final.
 *
 * @param text - The normalised text.
 * @param reviewYear - The year the document reviews (see `documentLayout`), or `null`.
 * @returns The year, or `null`.
 */
export function preliminaryYear(text: string, reviewYear: number | null): number | null {
  const found = PRELIMINARY_NOTE.exec(text);
  if (!found) return null;
  return found[1] !== undefined ? Number(found[1]) : reviewYear;
}
