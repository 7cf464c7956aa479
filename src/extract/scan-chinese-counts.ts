/** The classifiers a count in Chinese numerals is read before (次, 场次, 期, 轮, 个, 项…), longest first; no unit of time (年, 月, 天). */
const CLASSIFIERS = '场次|人次|批次|件次|次|场|期|轮|项|个|件|家|所|部|条|批|人|名|位|座|处|台|辆|支|类|种|户|份|篇|本|起|套|张';

/**
 * A count written in Chinese numerals after what it counts, ending its clause: 召开常委会会议八次，主任会议十九次、; 举办学习班
 * 两期。; 开展督查三轮; 不少于四次; 四十余次. Not after 第 (第五次会议: an ordinal), 届 (六届二次、三次全会: a session's number),
 * 每 or 每年 (每年一次: a frequency), a word that picks out (这, 前, 近, 各…), a slash (批次/千人) or an opening quotation mark
 * (“两个维护”), nor inside a run of numerals; not one alone (定一件、干一件: a saying far more often than a count) nor 一期 or 二期
 * (a project's phase); never before a noun (三次产业, 二次供水, 四个全面): a count written so before its clause ends is a slogan or
 * a name as often as a figure, and is left as text.
 */
const COUNT = new RegExp(
  `(?<![第每这那前后近头逐各几数其又再另此该本“"「/零〇一二两兩三四五六七八九十百千])(?<!每(?:年|月|周|天|日|季|季度|半年|学期))(?<!届[^，。；]{0,6})(?:(?:不少于|不低于|不超过|超过|近|约)\\s?)?(?!一(?:余|多)?(?:${CLASSIFIERS}))(?![一二]期)[零〇一二两兩三四五六七八九十百千]+(?:余|多)?(?:${CLASSIFIERS})(?:以上|左右)?(?=[，。；、,;：:）)]|和|及|$)`,
  'g',
);
/** A count in Chinese numerals that a list mark follows (会议八次、主任会议十九次): the name of the figure after starts after it. */
export const LISTED_COUNT = new RegExp(`[零〇一二两兩三四五六七八九十百千](?:余|多)?(?:${CLASSIFIERS})(?:以上|左右)?[、和及与]`, 'g');
/** The first characters a count can start with: a numeral or a qualifier word before it. */
const FIRST = /[零〇一二两兩三四五六七八九十百千不超近约]/;

/**
 * The counts a normalised text writes in Chinese numerals after what they count (see `COUNT`), as spans (end exclusive),
 * in text order.
 *
 * @param normalized - The normalised text.
 * @returns The start and end of each count.
 */
export function scanChineseCounts(normalized: string): [number, number][] {
  const found: [number, number][] = [];
  // Most texts have few: a quick test passes the ones that have no numeral before a classifier at all.
  if (!FIRST.test(normalized)) return found;
  for (const count of normalized.matchAll(COUNT)) found.push([count.index ?? 0, (count.index ?? 0) + count[0].length]);
  return found;
}
