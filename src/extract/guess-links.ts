import { sameUnit } from '../quantity/same-unit.ts';
import type { UnitCode } from '../quantity/types.ts';

/** A row of the extractor as `guessLinks` reads and marks it. */
export interface LinkRow {
  id: string;
  start: number;
  end: number;
  kind: string;
  status: string;
  unit: string;
  year: number | null;
  indicator: string;
  period: string | null;
  form: string | null;
  sentenceFrom: number;
  /** The clause before the number, as `clauseBefore` cut it. */
  clause: string;
  of?: string;
  part_of?: string;
  counterpart?: string;
  base?: string;
  /** Which links were guessed, and on what evidence, for the draft's note. */
  links?: string[];
}

/** Words of change that end a growth row's indicator (地区生产总值增长 is the growth of 地区生产总值). */
const CHANGE = /(增长|增速|下降|提高|降低|减少|增加|上升|上涨|回落)$/;
/** Framing that two mentions of one indicator may differ by (全县地区生产总值, 地区生产总值总量). */
const FRAMING = /^(?:全县|全区|全市|全省|全州|全年|年末|全体)|(?:总量|总额|规模)$/g;

const LEVELS = new Set(['level', 'count']);
/** How many characters an indicator needs for a target to be matched with last year's figure by name. */
const COUNTERPART_NAME_MIN = 4;
/** How many figures back the whole of a 其中 part is looked for. */
const PART_REACH = 4;

/**
 * Whether a figure listed after a 其中 part names the same kind of thing (第一产业增加值, 第二产业增加值;
 * 出口额, 进口额; 城镇人口, 乡村人口): their names share an ending or an opening of two characters. A
 * figure of another kind (一般公共预算支出 after 税收收入) ends the list.
 */
function alike(first: string, next: string): boolean {
  const a = indicatorKey(first);
  const b = indicatorKey(next);
  return a.length >= 2 && b.length >= 2 && a !== b && (a.slice(-2) === b.slice(-2) || a.slice(0, 2) === b.slice(0, 2));
}

/** Whether two figures stand for the same year, both results (an estimate is one too) or both targets. */
const sameStanding = (a: LinkRow, b: LinkRow): boolean => a.year === b.year && (a.status === 'target') === (b.status === 'target');

/** How many sentence ends (。！？ or a line break) lie between two offsets. */
function sentencesApart(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if ('。！？!?\n'.includes(text[i] as string)) count += 1;
  return count;
}
const COUNTERPARTS = new Set(['level', 'count', 'growth', 'share', 'rate', 'ratio', 'pp_change', 'bp_change', 'duration']);

/** An indicator as compared across mentions: without framing words and spaces. */
export function indicatorKey(indicator: string): string {
  return indicator.replace(/\s+/g, '').replace(FRAMING, '');
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
 * @param rows - The extractor's rows, in text order (changed in place).
 * @param text - The (normalised) text their spans point into.
 * @returns The rows.
 */
export function guessLinks<T extends LinkRow>(rows: T[], text: string): T[] {
  const results = new Map<string, T[]>();
  let part: { whole: T; unit: string; sentenceFrom: number; first: string } | undefined;
  rows.forEach((row, index) => {
    const note = (link: string) => { (row.links ??= []).push(link); };
    const previous = rows[index - 1];
    const sameSentence = previous !== undefined && previous.sentenceFrom === row.sentenceFrom;
    if ((row.kind === 'growth' || row.kind === 'pp_change') && sameSentence && previous && LEVELS.has(previous.kind) && !previous.period && !row.period) {
      const named = indicatorKey(row.indicator.replace(CHANGE, ''));
      if (named === indicatorKey(previous.indicator)) {
        row.of = previous.id;
        note('of: the level just before it in the same sentence');
      }
    }
    // 其中 between the figure before and this one (in its sentence, or opening the next): a part of the
    // nearest level before it in the same unit; the levels listed after it in that sentence are parts too.
    if (part && part.sentenceFrom !== row.sentenceFrom) part = undefined;
    if (LEVELS.has(row.kind) && previous && text.slice(previous.end, row.start).includes('其中') && sentencesApart(text, previous.end, row.start) <= 1) {
      part = undefined;
      // 其中 opening its sentence looks back into the sentence before; inside a sentence, only within it.
      const opens = text.slice(row.sentenceFrom, text.lastIndexOf('其中', row.start)).trim() === '';
      for (let j = index - 1; j >= 0 && j >= index - PART_REACH; j -= 1) {
        const other = rows[j] as T;
        if (other.sentenceFrom !== row.sentenceFrom && !(opens && sentencesApart(text, other.end, row.start) <= 1)) break;
        if (LEVELS.has(other.kind) && !other.period && sameUnit(other.unit as UnitCode, row.unit as UnitCode) && sameStanding(other, row)) {
          part = { whole: other, unit: row.unit, sentenceFrom: row.sentenceFrom, first: row.indicator };
          break;
        }
      }
      if (part) {
        row.part_of = part.whole.id;
        note('part_of: after 其中, of the level before it');
      }
    } else if (part && LEVELS.has(row.kind) && sameUnit(part.unit as UnitCode, row.unit as UnitCode) && sameStanding(part.whole, row) && alike(part.first, row.indicator)) {
      row.part_of = part.whole.id;
      note('part_of: listed after 其中 in the same sentence');
    }
    if ((row.status === 'actual' || row.status === 'estimate') && COUNTERPARTS.has(row.kind) && !row.period && !row.form && row.indicator !== '') {
      const key = `${row.kind}|${indicatorKey(row.indicator)}`;
      const list = results.get(key);
      if (list) list.push(row);
      else results.set(key, [row]);
    }
  });
  for (const row of rows) {
    if (row.status !== 'target' || !COUNTERPARTS.has(row.kind) || row.period || row.form || row.year === null) continue;
    // A short name (项目, 企业) names many things: two figures under it are not known to be one indicator.
    if (row.indicator.replace(/\s+/g, '').length < COUNTERPART_NAME_MIN) continue;
    const candidates = (results.get(`${row.kind}|${indicatorKey(row.indicator)}`) ?? [])
      .filter((other) => other.year !== null && other.year === (row.year as number) - 1 && sameUnit(other.unit as UnitCode, row.unit as UnitCode));
    if (candidates.length === 1) {
      row.counterpart = (candidates[0] as T).id;
      (row.links ??= []).push('counterpart: the same indicator, kind and unit in the year before');
    }
  }
  // A growth rate of a level with a counterpart starts from that counterpart: 9200万元、增长10% after 8477万元.
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const row of rows) {
    if (row.kind !== 'growth' || row.of === undefined) continue;
    const level = byId.get(row.of);
    if (level?.counterpart === undefined) continue;
    row.base = level.counterpart;
    (row.links ??= []).push('base: the counterpart of the level it describes');
  }
  return rows;
}
