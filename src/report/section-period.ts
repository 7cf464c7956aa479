import type { PlanPeriod } from './plan-period.ts';

/** A heading over the five years just past (一、过去五年工作回顾, 五年来的工作). */
const PAST_FIVE = /过去五年|过去的五年|五年来|近五年/;
/** A heading over the five years ahead (二、今后五年的目标任务, 未来五年). */
const NEXT_FIVE = /今后五年|未来五年/;

/**
 * The five years a section's heading speaks of, as a report given in the year a council is elected
 * heads its parts (一、过去五年工作回顾; 二、今后五年的目标任务), else `null`: the five years up to
 * `reviewYear`, or the five from `planYear`. A total or an average in that section (累计, 年均) is
 * over those years.
 *
 * @param heading - The text of the heading a figure stands under.
 * @param reviewYear - The year the document reviews, or `null`.
 * @param planYear - The year the document plans for, or `null`.
 * @returns The period, named by the heading's words, or `null`.
 */
export function sectionPeriod(heading: string, reviewYear: number | null, planYear: number | null): PlanPeriod | null {
  const past = PAST_FIVE.exec(heading);
  if (past && reviewYear !== null) return { name: past[0], from: reviewYear - 4, to: reviewYear };
  const next = NEXT_FIVE.exec(heading);
  if (next && planYear !== null) return { name: next[0], from: planYear, to: planYear + 4 };
  return null;
}
