import type { Kind } from '../report/types.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';
import { figureBefore, REFERENCE_KINDS } from './figure-before.ts';

/**
 * A departure from what it is compared with, named by its words alone (较常年偏高, 偏多, 比上年偏少, 较常年同期偏早): what a climate or
 * water bulletin writes after a level.
 */
const DEPARTURE = /^(?:(?:较|比|与)?(?:常年|历史同期|上年|去年|多年平均)(?:同期)?(?:值|相比)?)?(?:偏高|偏低|偏多|偏少|偏早|偏晚|偏强|偏弱|偏大|偏小)$/;
/** A departure in time (偏早, 偏晚). */
const TIME_DEPARTURE = /偏[早晚]$/;
/** The figures a departure is of: levels, counts and durations (日照时数1856.4小时). */
const DEPARTED: ReadonlySet<Kind> = new Set(['level', 'count', 'duration']);
/** A name that ends in a mark (云岙县～, 日最高气温≥): a piece of a range or a bound, no level to name a departure after. */
const ENDS_IN_MARK = /[～~≥≤<>—-]$/;

/**
 * Names a departure named by its words alone after the level before it in its sentence: 年平均气温18.9℃，较常年偏高1.1℃ →
 * 年平均气温较常年偏高; 水资源总量72.63亿立方米，比上年偏少14.8% → 水资源总量偏少 (比上年 is left out of names). Its kind is left as read (a level in ℃, a rate
 * in %): a departure from the normal is no growth since the year before. A departure with no level before it in its sentence is
 * left as it is. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 */
export function nameAnomalies(columns: DraftColumns): void {
  const { indicator, kind, sentenceFrom } = columns;
  /** The departures this pass has named: no level another departure is named after (…，较常年偏高1.1℃，比上年偏高0.3℃). */
  const named = new Set<number>();
  /** The nearest level of `kinds` before a row, past the departures named. */
  const levelBefore = (row: number, sameUnit: boolean): number => {
    let figure = figureBefore(columns, row, DEPARTED, sameUnit);
    while (named.has(figure)) figure = figureBefore(columns, figure, DEPARTED, sameUnit);
    return figure;
  };
  for (let row = 0; row < indicator.length; row += 1) {
    const name = indicator[row] as string;
    if (!DEPARTURE.test(name) || REFERENCE_KINDS.has(kind[row] as Kind)) continue;
    // A departure in time (较常年偏早5天) right after a date (入梅日期为6月5日) is of that date, no level's.
    if (TIME_DEPARTURE.test(name) && row > 0 && sentenceFrom[row - 1] === sentenceFrom[row] && kind[row - 1] === 'date') continue;
    // The level in the departure's unit (日照时数…小时，较常年偏多126.5小时), else the nearest (年降水量…毫米，偏多16%).
    const same = levelBefore(row, true);
    const figure = same >= 0 ? same : levelBefore(row, false);
    const level = figure >= 0 ? (indicator[figure] as string) : '';
    if (level === '' || DEPARTURE.test(level) || ENDS_IN_MARK.test(level)) continue;
    indicator[row] = `${level}${name}`;
    named.add(row);
    noteLink(columns, row, `a departure of the level before it in its sentence (${columns.surface[figure]})`);
  }
}
