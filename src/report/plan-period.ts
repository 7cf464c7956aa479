/** A five-year-plan period a passage speaks of (“十四五”以来, 五年来), with its years. */
export interface PlanPeriod {
  /** Its name as written (十四五, 五年来). */
  name: string;
  from: number;
  to: number;
}

/** Five-year plans by name, with their first year (十四五: 2021–2025). */
const FIVE_YEAR_PLANS: Readonly<Record<string, number>> = {
  十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026, 十六五: 2031,
};

/**
 * The five-year-plan period a sentence speaks of, when it gives a total or an average over it
 * (“十四五”以来…年均增长6.4%; 五年来累计完成投资420亿元), else `null`. 五年来 and 过去五年 are the five
 * years up to `reviewYear`; a named plan (十四五) runs its five years, cut at `reviewYear` when the
 * sentence says 以来 and the plan is still running.
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
  if (!/(累计|年均|平均每年|五年来|过去五年|以来)/.test(sentence)) return null;
  const named = /(十[一二三四五六]五)/.exec(sentence);
  if (named) {
    const first = FIVE_YEAR_PLANS[named[1] as string] as number;
    const last = first + 4;
    const to = /以来/.test(sentence) && reviewYear !== null && reviewYear >= first && reviewYear < last ? reviewYear : last;
    return { name: named[1] as string, from: first, to };
  }
  const years = /(五年来|过去五年|近五年)/.exec(sentence);
  if (years && reviewYear !== null) return { name: years[1] as string, from: reviewYear - 4, to: reviewYear };
  return null;
}
