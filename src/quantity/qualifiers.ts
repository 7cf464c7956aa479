import type { Qualifier, QualifierWord } from './types.ts';

/**
 * Every qualifier code, in the order of `Qualifier`.
 *
 * @example
 * QUALIFIERS
 * // => ['exact', 'at_least', 'above', 'at_most', 'about', 'nearly', 'more_than']
 */
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'at_least', 'above', 'at_most', 'about', 'nearly', 'more_than'];

/**
 * The words around a number that the parser reads, with the bound or flag each sets. Words
 * placed `before` stand before the number (several may stack: 累计超过); words placed `after`
 * stand after it (以上, 左右), and 余/多 may also stand right after the number or its scale word
 * (50余份, 1万余人). 累计 and 预计 only set a flag. Two words that set different bounds
 * (约…以上) cannot both hold, and the parser says so.
 */
export const QUALIFIER_WORDS: readonly QualifierWord[] = [
  { zh: '累计', placement: 'before', qualifier: null, flag: 'cumulative' },
  { zh: '预计', placement: 'before', qualifier: null, flag: 'estimate' },
  { zh: '约', placement: 'before', qualifier: 'about', flag: null },
  { zh: '大约', placement: 'before', qualifier: 'about', flag: null },
  { zh: '近', placement: 'before', qualifier: 'nearly', flag: null },
  { zh: '将近', placement: 'before', qualifier: 'nearly', flag: null },
  { zh: '接近', placement: 'before', qualifier: 'nearly', flag: null },
  { zh: '超', placement: 'before', qualifier: 'above', flag: null },
  { zh: '超过', placement: 'before', qualifier: 'above', flag: null },
  { zh: '突破', placement: 'before', qualifier: 'above', flag: null },
  { zh: '逾', placement: 'before', qualifier: 'above', flag: null },
  { zh: '不低于', placement: 'before', qualifier: 'at_least', flag: null },
  { zh: '不少于', placement: 'before', qualifier: 'at_least', flag: null },
  { zh: '不超过', placement: 'before', qualifier: 'at_most', flag: null },
  { zh: '不高于', placement: 'before', qualifier: 'at_most', flag: null },
  { zh: '不足', placement: 'before', qualifier: 'at_most', flag: null },
  { zh: '不到', placement: 'before', qualifier: 'at_most', flag: null },
  { zh: '≥', placement: 'before', qualifier: 'at_least', flag: null },
  { zh: '≤', placement: 'before', qualifier: 'at_most', flag: null },
  { zh: '以上', placement: 'after', qualifier: 'at_least', flag: null },
  { zh: '及以上', placement: 'after', qualifier: 'at_least', flag: null },
  { zh: '以内', placement: 'after', qualifier: 'at_most', flag: null },
  { zh: '以下', placement: 'after', qualifier: 'at_most', flag: null },
  { zh: '及以下', placement: 'after', qualifier: 'at_most', flag: null },
  { zh: '左右', placement: 'after', qualifier: 'about', flag: null },
  { zh: '上下', placement: 'after', qualifier: 'about', flag: null },
  { zh: '余', placement: 'after', qualifier: 'more_than', flag: null },
  { zh: '多', placement: 'after', qualifier: 'more_than', flag: null },
];

/**
 * How far from the written value an `about` figure (约, 大约, 左右, 上下) may lie, as a share of
 * it, on top of the rounding of the digits. 约 promises closeness without saying how close;
 * 5% is the largest relative error of a figure rounded to two significant digits (10.5 written
 * as 约10), the coarsest rounding a report uses for a headline figure. It is this library's
 * convention, not the report's: changing it here moves every `about` interval.
 */
export const ABOUT_TOLERANCE = 0.05;

/**
 * How far below the written value a `nearly` figure (近, 将近, 接近) may lie, as a share of it.
 * 近700 says the true figure falls short of 700 by less than a rounding step; with two
 * significant digits that step is at most 5% of the figure, the same reasoning as
 * `ABOUT_TOLERANCE`. The upper side is the rounding of the digits only.
 */
export const NEARLY_TOLERANCE = 0.05;
