import { LIST_POSITION, noteLink, PERIOD_YEARS, type DraftColumns } from './draft-columns.ts';
import { YEAR_COUNT_WORD, YEAR_COUNTS } from '../text/year-counts.ts';

/** Years counted back from the year reviewed (过去三年, 近五年, 这四年): the last of them is that year. */
const LAST_YEARS = new RegExp(`(?:过去|近|这|最近)(${YEAR_COUNT_WORD}|\\d{1,2})年`);
/** The first years of a five-year period (“十四五”前四年): from the period's first year. */
const FIRST_YEARS = new RegExp(`前(${YEAR_COUNT_WORD}|\\d{1,2})年`);
/** A number of things a sentence counts (三大主导产业, 两个项目): its list is of them. */
const ITEMS_COUNTED = new RegExp(`(?:${YEAR_COUNT_WORD}|\\d)(?:大|个|类|项|种|家|所|条)`);
/** A span of years (2021—2024年): one year per figure from the first. */
const SPAN = /((?:19|20)\d{2})\s?[-—~～至到]\s?((?:19|20)\d{2})年/;

const count = (written: string): number => YEAR_COUNTS[written] ?? Number(written);

/**
 * Gives each figure of a list one year of the years its sentence counts before it, in order: “十四五”前四年
 * 地区生产总值增速分别为8.6%、3.1%、5.9%和5.4% → 2021, 2022, 2023, 2024; 过去三年…分别增长 → the three years to the
 * one reviewed; 2021—2023年…分别为 → 2021, 2022, 2023. Only where the list has as many figures as there are years,
 * and only results: a figure of one year has no period. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 * @param reviewYear - The year the document reviews, for years counted back from it; null where unknown.
 */
export function yearsOfLists(columns: DraftColumns, text: string, reviewYear: number | null): void {
  const { indicator, status, year, period, sentenceFrom, start } = columns;
  for (let i = 0; i < indicator.length; i += 1) {
    const position = LIST_POSITION.exec(indicator[i] as string);
    if (!position || position[1] !== '1' || status[i] !== 'actual') continue;
    const length = Number(position[2]);
    const last = i + length - 1;
    if (last >= indicator.length || sentenceFrom[last] !== sentenceFrom[i] || !(indicator[last] as string).endsWith(`[${length}/${length}]`)) continue;
    const before = text.slice(sentenceFrom[i] as number, start[i] as number);
    const counted = firstYear(before, length, period[i] ?? null, reviewYear);
    // 过去三年，三大主导产业产值分别达到…: the list is of the things counted after the years, not of the years.
    if (counted === null || ITEMS_COUNTED.test(before.slice(before.indexOf(counted.words) + counted.words.length))) continue;
    for (let k = 0; k < length; k += 1) {
      if (status[i + k] !== 'actual') continue;
      year[i + k] = counted.first + k;
      period[i + k] = null;
      // Each figure is of one year now: its name is the list's, without the years counted or its place in the list.
      const name = (indicator[i + k] as string).replace(LIST_POSITION, '');
      const words = name.indexOf(counted.words);
      const named = words >= 0 ? name.slice(words + counted.words.length) : name;
      if (named !== '') indicator[i + k] = named;
      noteLink(columns, i + k, `year: the ${ordinal(k + 1)} of the ${length} years its sentence counts`);
    }
    i = last;
  }
}

/**
 * The first of the `length` years the words before a list count, and those words, or null where they count none or
 * another number of years.
 */
function firstYear(before: string, length: number, period: string | null, reviewYear: number | null): { first: number; words: string } | null {
  const span = SPAN.exec(before);
  if (span) return Number(span[2]) - Number(span[1]) + 1 === length ? { first: Number(span[1]), words: span[0] } : null;
  const over = PERIOD_YEARS.exec(period ?? '');
  const leading = FIRST_YEARS.exec(before);
  if (leading && over && count(leading[1] as string) === length) return { first: Number(over[1]), words: leading[0] };
  const back = LAST_YEARS.exec(before);
  if (back && reviewYear !== null && count(back[1] as string) === length) return { first: reviewYear - length + 1, words: back[0] };
  return null;
}

const ordinal = (n: number): string => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
