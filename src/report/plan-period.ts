import { YEAR_COUNT_WORD, YEAR_COUNTS } from '../text/year-counts.ts';
/** A five-year-plan period a passage speaks of (“十四五”以来, 五年来), with its years. */
export interface PlanPeriod {
  /** Its name as written (十四五, 五年来). */
  name: string;
  from: number;
  to: number;
}


/** Years counted in words up to the review year: 过去五年, 近三年, 两年累计, 五年来. */
const COUNTED_YEARS = new RegExp(`((?:过去|近)(${YEAR_COUNT_WORD})年|(${YEAR_COUNT_WORD})年(?:来|以来|累计|间))`);

/** Years counted ahead of the review year: 今后五年, 未来三年. */
const YEARS_AHEAD = new RegExp(`(?:今后|未来)(${YEAR_COUNT_WORD})年`);

/** Words of a total or an average over years: 累计, 年均, 五年来, 以来, and a total of the years counted (三年共投入, 两年合计). */
const OVER_YEARS = new RegExp(`累计|年均|平均每年|五年来|过去五年|以来|(?:${YEAR_COUNT_WORD})年(?:共|合计|总计)`);

/** Five-year plans by name, with their first year (十四五: 2021–2025). */
export const FIVE_YEAR_PLANS: Readonly<Record<string, number>> = {
  十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026, 十六五: 2031,
};

/**
 * The five-year-plan period a sentence speaks of, when it gives a total or an average over it
 * (“十四五”以来…年均增长6.4%; 五年来累计完成投资420亿元; 2022年至2024年，全县三年共投入…), else `null`. 五年来, 过去五年, 近三年 and
 * 两年累计 are that many years up to `reviewYear`, 今后五年 and 未来三年 that many after it; a span of years the sentence writes
 * (2021—2022年，…年均增长) is its own; a named plan (十四五) runs its five years, cut at `reviewYear`
 * when the sentence says 以来 and the plan is still running.
 *
 * @param sentence - The sentence around a figure.
 * @param reviewYear - The year the document reviews, or `null`.
 * @returns The period, or `null`.
 * @example
 * planPeriod('“十四五”以来，全县地区生产总值年均增长6.4%。', 2024)
 * // => { name: '十四五', from: 2021, to: 2024 }
 * planPeriod('全年地区生产总值增长6.1%。', 2024)
 * // => null
 */
export function planPeriod(sentence: string, reviewYear: number | null): PlanPeriod | null {
  if (!OVER_YEARS.test(sentence)) return null;
  // A plan a total is compared with (是“十三五”时期的1.3倍) is not the one it is over.
  const named = /(?<!(?:是|为|相当于|比|较)“?)(十[一二三四五六]五)/.exec(sentence);
  if (named) {
    const first = FIVE_YEAR_PLANS[named[1] as string] as number;
    const last = first + 4;
    const to = /以来/.test(sentence) && reviewYear !== null && reviewYear >= first && reviewYear < last ? reviewYear : last;
    return { name: named[1] as string, from: first, to };
  }
  // 2021—2025年累计, 2021—2022年，…年均增长: the years the sentence writes.
  const span = /((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年/.exec(sentence);
  if (span && Number(span[2]) > Number(span[1])) return { name: span[0].replace(/\s+/g, ''), from: Number(span[1]), to: Number(span[2]) };
  // 今后五年, 未来三年 (今后五年累计 too): that many years after the review year, where the sentence names them before any years
  // counted back (近三年累计投入…，未来三年还将…: the total is of the three years past).
  const ahead = YEARS_AHEAD.exec(sentence);
  const coming = ahead ? YEAR_COUNTS[ahead[1] as string] : undefined;
  const years = COUNTED_YEARS.exec(sentence);
  if (ahead && coming !== undefined && reviewYear !== null && (years === null || ahead.index <= years.index)) {
    return { name: ahead[0], from: reviewYear + 1, to: reviewYear + coming };
  }
  // 五年来, 过去五年, 近三年, 两年累计: that many years up to the review year.
  const count = years ? YEAR_COUNTS[(years[2] ?? years[3]) as string] : undefined;
  if (years && count !== undefined && reviewYear !== null) return { name: years[1] as string, from: reviewYear - count + 1, to: reviewYear };
  return null;
}
