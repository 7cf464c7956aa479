import { CHANGE_END } from './change-end.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';

/** The measure a figure of things is in, by its unit: a length, an area, a capacity in tonnes. */
const MEASURE_BY_UNIT: Readonly<Record<string, string>> = { m: '长度', km: '长度', m2: '面积', km2: '面积', mu: '面积', hectare: '面积' };
/** The unit written for a capacity (61.2万吨位): its measure is 吨位. */
const CAPACITY = '吨位';
/** What joins a count and a measure of the same things: 、 alone (公路桥梁3284座、21.6万延米). */
const JOIN = /^\s*、\s*$/;

/**
 * Names an amount written right after a count of the same things, joined by 、, after the things and its measure: 公路桥梁3284座、
 * 21.6万延米 → 公路桥梁长度; 载货汽车8.99万辆、61.2万吨位 → 载货汽车吨位; a change of both (增加62座、1.3万延米) → 公路桥梁长度增加. The
 * measure is read from the amount's unit (a length, an area, 吨位); an amount in another unit, or one with a name of its own, is left
 * as it is. Run before the figures a list names after these (分别下降1.9%和增长3.4%) are named.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameSecondMeasures(columns: DraftColumns, text: string): void {
  const { kind, unit, indicator, start, end, sentenceFrom, surface } = columns;
  for (let row = 1; row < kind.length; row += 1) {
    const before = row - 1;
    if (kind[before] !== 'count' || kind[row] !== 'level' || sentenceFrom[before] !== sentenceFrom[row]) continue;
    // The amount names nothing of its own yet, or the count's name.
    const own = indicator[row] as string;
    const name = indicator[before] as string;
    if (name === '' || (own !== '' && own !== name) || !JOIN.test(text.slice(end[before] as number, start[row] as number))) continue;
    const measure = (surface[row] as string).endsWith(CAPACITY) ? CAPACITY : MEASURE_BY_UNIT[unit[row] as string];
    if (measure === undefined) continue;
    const change = CHANGE_END.exec(name)?.[1] ?? '';
    indicator[row] = `${name.slice(0, name.length - change.length)}${measure}${change}`;
    noteLink(columns, row, `a measure of the things the count before it (${surface[before]}) counts`);
  }
}
