import type { Kind } from '../report/types.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';
import { MEASURE_KINDS } from './figure-before.ts';

/** What joins an item to the one before it (、银牌2枚; ，中间偏下收入组16830元), and what may stand between its name and its figure (为, 达). */
const JOIN = /^\s*[、，,；;]\s*$/;
const LINK = /^(?:为|达|达到|是)?$/;
/** The shortest measure a group's sibling may lend (人均可支配收入), and the shortest end two groups' names share (收入组). */
const MEASURE_LENGTH = 2;
const SHARED_END = 2;
/** The framing of a count of prizes won at an event (在国际比赛中获得金牌, 运动员在…中获得): the event names them. */
const WON_AT = /^[^在，]{0,8}?在(.{2,20}?)(?:中|上)(?:共|累计)?(?:获得|夺得|获|取得)(?=.{2})/;
/** The first characters of words that are siblings of a series (金牌, 银牌; 一等奖, 二等奖; A类, B类; 高收入, 低收入). */
const SERIES_FIRST = /^[金银铜一二三四五六七八九十甲乙丙丁A-Za-z特高中低]$/;
/** The shortest the rest of a name before a sibling word must be (国际比赛|金牌), and how it may not end (中、|低收入: a list of its own). */
const REST_LENGTH = 2;
const REST_END = /[、和及与]$/;
/** Names of groups that share a measure named once (低收入组, 中间偏下收入组). */
const GROUP_END = /组$/;

/**
 * Names an item of a list that writes only its own name after an item named in full, as bulletins write them:
 * - a sibling in a series of the word the item before ends with, differing in its first character (金牌3枚、银牌2枚; 一等奖…、二等奖…),
 *   takes the rest of that name: 国际比赛金牌, 国际比赛银牌;
 * - a group (…组) whose name ends as a group's inside the name before (低收入组人均可支配收入10215元，中间偏下收入组16830元) takes the
 *   measure after it: 中间偏下收入组人均可支配收入.
 * The items are in one sentence and one unit, the item's name stands between the separator and its figure, and the name before is
 * longer than the word it shares. A count of prizes won at an event (在国际比赛中获得金牌) is named by the event (国际比赛金牌). The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameListSiblings(columns: DraftColumns, text: string): void {
  const { kind, indicator, unit, start, end, sentenceFrom } = columns;
  for (let i = 0; i < kind.length; i += 1) {
    const name = indicator[i] as string;
    // Figures an item of a list may be named after the item before: counts, amounts, rates and shares.
    if (!MEASURE_KINDS.has(kind[i] as Kind) || name.length < 2) continue;
    const won = kind[i] === 'count' ? WON_AT.exec(name) : null;
    if (won !== null) {
      indicator[i] = `${won[1]}${name.slice(won[0].length)}`;
      noteLink(columns, i, 'named after the event its prizes were won at');
      continue;
    }
    const p = i - 1;
    if (p < 0 || sentenceFrom[p] !== sentenceFrom[i] || unit[p] !== unit[i] || kind[p] !== kind[i]) continue;
    const between = text.slice(end[p], start[i]);
    const at = between.lastIndexOf(name);
    if (at < 0 || !JOIN.test(between.slice(0, at)) || !LINK.test(between.slice(at + name.length))) continue;
    const before = indicator[p] as string;
    if (before.length <= name.length || before.endsWith(name)) continue;
    // 金牌 → 银牌: the word before ends with a sibling of the item's name.
    const word = before.slice(before.length - name.length);
    const rest = before.slice(0, before.length - name.length);
    if (word.charAt(0) !== name.charAt(0) && word.slice(1) === name.slice(1) && SERIES_FIRST.test(word.charAt(0)) && SERIES_FIRST.test(name.charAt(0)) && rest.length >= REST_LENGTH && !REST_END.test(rest)) {
      indicator[i] = `${rest}${name}`;
      noteLink(columns, i, 'named after the item before it in its list, whose last word it is a sibling of');
      continue;
    }
    // 低收入组人均可支配收入 → 中间偏下收入组: the longest end of the item's name that the name before holds, with a measure after it.
    if (!GROUP_END.test(name)) continue;
    for (let length = name.length - 1; length >= SHARED_END; length -= 1) {
      const shared = name.slice(name.length - length);
      const found = before.indexOf(shared);
      const measure = found > 0 ? before.slice(found + length) : '';
      if (measure.length >= MEASURE_LENGTH) {
        indicator[i] = `${name}${measure}`;
        noteLink(columns, i, 'named with the measure of the item before it in its list, a group of the same kind');
        break;
      }
      if (found > 0) break;
    }
  }
}
