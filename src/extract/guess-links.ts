import { sameUnit } from '../quantity/same-unit.ts';
import type { UnitCode } from '../quantity/types.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';
import { isSentenceEnd } from './is-sentence-end.ts';
import { withoutSpace } from './without-space.ts';
import { NEW_THINGS, NEW_THINGS_OPENING } from './new-things.ts';
import { insideClosed } from './inside-closed.ts';

/** Words of change that end a growth row's indicator (地区生产总值增长 is the growth of 地区生产总值). */
const CHANGE = /(增长|增速|下降|提高|降低|减少|增加|上升|上涨|回落)$/;
/** Framing that two mentions of one indicator may differ by (全县地区生产总值, 地区生产总值总量): one word before, one after. */
const FRAMING_BEFORE = ['全县', '全区', '全市', '全省', '全州', '全年', '年末', '全体'];
const FRAMING_AFTER = ['总量', '总额', '规模'];

const LEVELS = new Set(['level', 'count']);
/** How many characters an indicator needs for a target to be matched with last year's figure by name. */
const COUNTERPART_NAME_MIN = 4;
/** How many figures back the whole of a 其中 part is looked for. */
const PART_REACH = 4;

/**
 * Whether a figure listed after a 其中 part names the same kind of thing (第一产业增加值, 第二产业增加值;
 * 出口额, 进口额; 城镇人口, 乡村人口): their names share an ending or an opening of two characters. A
 * figure of another kind (一般公共预算支出 after 税收收入) ends the list. Names of two characters
 * need share only their last (出口, 进口).
 */
function alike(first: string, next: string): boolean {
  const a = indicatorKey(first);
  const b = indicatorKey(next);
  // Names of two characters share one (出口, 进口); longer names two.
  const shared = a.length === 2 && b.length === 2 ? 1 : 2;
  return a.length >= 2 && b.length >= 2 && a !== b && (a.slice(-shared) === b.slice(-shared) || a.slice(0, 2) === b.slice(0, 2));
}

/** Whether two figures stand for the same year, both results (an estimate is one too) or both targets. */
const sameStanding = (columns: DraftColumns, a: number, b: number): boolean =>
  columns.year[a] === columns.year[b] && (columns.status[a] === 'target') === (columns.status[b] === 'target');

/** How many sentence ends (。！？ or a line break) lie between two offsets. */
function sentencesApart(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if (isSentenceEnd(text.charCodeAt(i))) count += 1;
  return count;
}
/**
 * Whether two figures are of the same time for a growth to describe a level: both of their year (no period), or both of the same
 * months of it (2025-01/2025-09). Never over years: an average growth over five years (年均增长) is not the growth of their total.
 */
const samePartOfYear = (a: string | null, b: string | null): boolean => a === b && (a === null || a.includes('/'));

/** The first characters of the words of new things (`NEW_THINGS`), looked up before their pattern is tried. */
const FLOW_FIRST = new Uint8Array(0x10000);
for (const word of NEW_THINGS.split('|')) FLOW_FIRST[word.charCodeAt(0)] = 1;

const COUNTERPARTS = new Set(['level', 'count', 'growth', 'share', 'rate', 'ratio', 'pp_change', 'bp_change', 'duration']);

/** An indicator as compared across mentions: without framing words and spaces. */
export function indicatorKey(indicator: string): string {
  const name = withoutSpace(indicator);
  let before = 0;
  for (const word of FRAMING_BEFORE) if (before === 0 && name.startsWith(word)) before = word.length;
  let after = 0;
  for (const word of FRAMING_AFTER) if (after === 0 && name.endsWith(word) && name.length - word.length >= before) after = word.length;
  const key = before === 0 && after === 0 ? name : name.slice(before, name.length - after);
  // New things, however the year calls getting them (新增, 新培育, 引进…), are one flow, never the stock of them (高新技术企业).
  const flow = FLOW_FIRST[key.charCodeAt(0)] === 1 ? NEW_THINGS_OPENING.exec(key) : null;
  return flow ? `+${key.slice(flow[0].length)}` : key;
}

/**
 * Guesses the links a reviewer would write, only where the text itself ties the figures, and marks
 * each guess in `links` with its evidence:
 * - `of` (the level a growth rate describes): "地区生产总值186.4亿元，增长6.1%": the growth's own
 *   clause names nothing, or the same indicator, and the level stands just before it in the sentence;
 * - `part_of` (其中): "一般公共预算收入8.35亿元…，其中税收收入5.12亿元": the level after 其中 (in the
 *   sentence, or opening the next) is a part of the nearest level before it in the same unit and
 *   status, and so are the levels listed after it in its sentence that name the same kind of thing
 *   (第一产业…；第二产业…；第三产业…; not 一般公共预算支出 after 税收收入);
 *   the check on them asks only that the parts not exceed the whole;
 * - `counterpart` (a target and the result of the year before): the same indicator (after framing
 *   words are set aside; a name of at least four characters, as 项目 or 企业 name many things), kind
 *   and unit, one result only; with two candidates nothing is guessed;
 * - `base` (the level a growth rate starts from): the counterpart of the level it describes.
 * Every guess is of high confidence by construction: where the text does not tie the figures, no
 * link is made. Rows are in text order; the pass is linear but for one index of results by indicator.
 *
 * @param columns - The extractor's rows, in text order (changed in place: `of`, `part_of`,
 *   `counterpart`, `base`, and the evidence in `notes`).
 * @param text - The (normalised) text their spans point into.
 */
export function guessLinks(columns: DraftColumns, text: string): void {
  const { id, start, end, kind, status, unit, year, indicator, period, form, sentenceFrom } = columns;
  const rows = id.length;
  /** The results (and estimates) by kind, then by indicator key: where a target's counterpart is looked for. */
  const results = new Map<string, Map<string, number[]>>();
  /** The row of the level each growth rate describes (-1 where none), as `of` names it. */
  const levelOf = new Int32Array(rows).fill(-1);
  let part: { whole: number; unit: string; sentenceFrom: number; first: string } | undefined;
  /** Where the first 其中 at or after the end of the figure before stands: -1 until the first figure, 2^32 − 1 where the text has no more. */
  let nextPart = -1;
  /** Where the last figure before this one that is not a threshold ends (-1 until there is one). */
  let figureEnd = -1;
  for (let i = 0; i < rows; i += 1) {
    const previous = i - 1;
    const sameSentence = previous >= 0 && sentenceFrom[previous] === sentenceFrom[i];
    // A level in brackets just before (124.68亿元（含专项债券安排支出52.80亿元），下降6.3%) is passed for the one before the bracket,
    // as the growth's name passes it (see `insideClosed`).
    const described = sameSentence && previous > 0 && sentenceFrom[previous - 1] === sentenceFrom[i] && insideClosed(columns, text, previous, i) ? previous - 1 : previous;
    if ((kind[i] === 'growth' || kind[i] === 'pp_change') && sameSentence && LEVELS.has(kind[described] as string) && samePartOfYear(period[described] ?? null, period[i] ?? null)) {
      const named = indicatorKey((indicator[i] as string).replace(CHANGE, ''));
      if (named === indicatorKey(indicator[described] as string)) {
        columns.of[i] = id[described] as string;
        levelOf[i] = described;
        noteLink(columns, i, described === previous ? 'of: the level just before it in the same sentence' : 'of: the level before the bracket just before it in the same sentence');
      }
    }
    // 其中 between the figure before and this one (in its sentence, or opening the next): a part of the
    // nearest level before it in the same unit; the levels listed after it in that sentence are parts too.
    if (part && part.sentenceFrom !== sentenceFrom[i]) part = undefined;
    const level = LEVELS.has(kind[i] as string);
    // The next 其中 of the text is found again only once the figures have passed it: one pass over the text in all.
    // A threshold between 其中 and the part (其中10亿元以上项目15个) defines the part: the figure before is the one before it.
    if (previous >= 0 && kind[previous] !== 'threshold') figureEnd = end[previous] as number;
    if (figureEnd >= 0 && nextPart < figureEnd) nextPart = text.indexOf('其中', figureEnd) >>> 0;
    if (level && figureEnd >= 0 && nextPart + 2 <= (start[i] as number) && sentencesApart(text, figureEnd, start[i] as number) <= 1) {
      part = undefined;
      // 其中 opening its sentence looks back into the sentence before; inside a sentence, only within it.
      const opens = text.slice(sentenceFrom[i], text.lastIndexOf('其中', start[i])).trim() === '';
      for (let j = i - 1; j >= 0 && j >= i - PART_REACH; j -= 1) {
        if (sentenceFrom[j] !== sentenceFrom[i] && !(opens && sentencesApart(text, end[j] as number, start[i] as number) <= 1)) break;
        if (LEVELS.has(kind[j] as string) && !period[j] && sameUnit(unit[j] as UnitCode, unit[i] as UnitCode) && sameStanding(columns, j, i)) {
          part = { whole: j, unit: unit[i] as string, sentenceFrom: sentenceFrom[i] as number, first: indicator[i] as string };
          break;
        }
      }
      if (part) {
        columns.part_of[i] = id[part.whole] as string;
        noteLink(columns, i, 'part_of: after 其中, of the level before it');
      }
    } else if (part && level && sameUnit(part.unit as UnitCode, unit[i] as UnitCode) && sameStanding(columns, part.whole, i) && alike(part.first, indicator[i] as string)) {
      columns.part_of[i] = id[part.whole] as string;
      noteLink(columns, i, 'part_of: listed after 其中 in the same sentence');
    }
    if ((status[i] === 'actual' || status[i] === 'estimate') && COUNTERPARTS.has(kind[i] as string) && !period[i] && !form[i] && indicator[i] !== '') {
      const key = indicatorKey(indicator[i] as string);
      let ofKind = results.get(kind[i] as string);
      if (!ofKind) results.set(kind[i] as string, (ofKind = new Map()));
      const list = ofKind.get(key);
      if (list) list.push(i);
      else ofKind.set(key, [i]);
    }
  }
  for (let i = 0; i < rows; i += 1) {
    if (status[i] !== 'target' || !COUNTERPARTS.has(kind[i] as string) || period[i] || form[i] || year[i] === null) continue;
    // A short name (项目, 企业) names many things: two figures under it are not known to be one indicator.
    const name = indicator[i] as string;
    if (withoutSpace(name).length < COUNTERPART_NAME_MIN) continue;
    // One result of the year before, and only one: the search stops at a second (a text of many reports names one indicator many times).
    let candidate = -1;
    let found = 0;
    for (const other of results.get(kind[i] as string)?.get(indicatorKey(name)) ?? []) {
      if (year[other] === null || year[other] !== (year[i] as number) - 1 || !sameUnit(unit[other] as UnitCode, unit[i] as UnitCode)) continue;
      candidate = other;
      found += 1;
      if (found > 1) break;
    }
    if (found === 1) {
      columns.counterpart[i] = id[candidate] as string;
      noteLink(columns, i, 'counterpart: the same indicator, kind and unit in the year before');
    }
  }
  // A growth rate of a level with a counterpart starts from that counterpart: 9200万元、增长10% after 8477万元.
  for (let i = 0; i < rows; i += 1) {
    const level = levelOf[i] as number;
    if (kind[i] !== 'growth' || level < 0) continue;
    const counterpart = columns.counterpart[level];
    if (counterpart === null || counterpart === undefined) continue;
    columns.base[i] = counterpart;
    noteLink(columns, i, 'base: the counterpart of the level it describes');
  }
}
