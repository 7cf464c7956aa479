import { chineseInteger } from '../quantity/chinese-integer.ts';
import { RANK_VERBS } from './rank-words.ts';
import { WHOLE_AREAS } from './whole-areas.ts';

/**
 * The words of a rank before its 第 (排名全市第二, 位列全省第三名, 居同类县区第一): a verb of ranking, then at most an area and the
 * places ranked among; as a pattern's source, which the extractor's rank in digits without 位 (排名第3) shares.
 */
export const RANK_WORDS_BEFORE = `(?:${RANK_VERBS})(?:${WHOLE_AREAS})?[^，,；;。：:\\d第]{0,10}`;
const RANK_BEFORE = new RegExp(`${RANK_WORDS_BEFORE}$`);
/** How far before its 第 a rank's words may start. */
const RANK_REACH = 16;
/** What may follow a rank's numerals: its 位 or 名, or the end of its clause. */
const RANK_END = /^(?:位|名)|^(?:[，,；;。、）)\s]|$)/;
/** The highest rank read: a rank of more is no rank of places among others. */
const HIGHEST = 99;

/**
 * The ranks a normalised text writes in Chinese numerals after the words of a rank (排名全市第二, 位列全省第三名), as spans (end
 * exclusive) of their numerals and 位 or 名, in text order. Not 第 of anything else (第二批, 第三次会议: ordinals of things, which
 * the words of a rank do not open), nor a rank of 0 or of more than 99. Ranks in digits (第3位) are the number scanner's.
 *
 * @param normalized - The normalised text.
 * @returns The start and end of each rank.
 */
export function scanChineseRanks(normalized: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = normalized.indexOf('第'); at >= 0; at = normalized.indexOf('第', at + 1)) {
    const numeral = chineseInteger(normalized, at + 1);
    if (numeral === null || numeral.value < 1 || numeral.value > HIGHEST) continue;
    const after = normalized.slice(numeral.end, numeral.end + 1);
    if (!RANK_END.test(after)) continue;
    if (!RANK_BEFORE.test(normalized.slice(Math.max(0, at - RANK_REACH), at))) continue;
    found.push([at + 1, numeral.end + (after === '位' || after === '名' ? 1 : 0)]);
  }
  return found;
}
