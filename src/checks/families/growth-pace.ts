import { buildResult } from '../engine/build-result.ts';
import { growthFigures, growthOf, growthSubject, growthYear, isRateFigure } from '../engine/growth-of.ts';
import { notComparableResult } from '../engine/not-comparable-result.ts';
import { isNotComparable } from '../../interval/is-not-comparable.ts';
import { writtenInterval } from '../engine/written-interval.ts';
import { messages } from '../../messages/index.ts';
import { rateSubject } from '../../report/rate-subject.ts';
import { figureText } from '../../report/figure-text.ts';
import type { Figure } from '../../report/types.ts';
import { formatValue } from '../../text/format-value.ts';
import type { CheckOptions, CheckResult, GrowthTerm } from '../types.ts';

/** A pace is unusual when it is this many points away from the year before's, at the least… */
export const PACE_POINTS = 5;
/** …and at most half, or at least one and a half times, the year before's rate. */
export const PACE_RATIO = { slower: 0.5, faster: 1.5 } as const;


/** The distance between two intervals (0 when they meet). */
const distance = (a: { low: number; high: number }, b: { low: number; high: number }): number =>
  Math.max(0, a.low - b.high, b.low - a.high);

/**
 * Sets a growth rate (a stated target, or the growth implied by two levels) against the growth
 * stated for the year before. The figures cannot disagree, but a pace far from the year before's
 * is a choice a reporter asks about: budget revenue planned to grow 10% after 33.7%, tourism
 * revenue 1.38% after 10% or more. The result is a `question` when the two rates are at least
 * `PACE_POINTS` (5) points apart beyond their rounding and the new rate is at most half, or at
 * least one and a half times, the old; it `holds` otherwise. A target is taken at its written
 * number (a floor of 12.8%以上 plans for 12.8%); a result at its rounding interval. Rates not in
 * percent, or real against nominal growth, are `not_comparable`.
 *
 * @param current - The growth in question: a growth figure, or `{ from, to }` levels.
 * @param previous - The growth stated for the year before.
 * @param options - See `CheckOptions`.
 * @returns The check result; the gap is current − previous, in points.
 * @example
 * growthPace(fig('budget_revenue_growth_2024_target'), fig('budget_revenue_growth_2023')).verdict
 * // => 'question'
 * growthPace(fig('gdp_growth_2024_target'), fig('gdp_growth_2023')).verdict
 * // => 'holds'
 */
export function growthPace(current: GrowthTerm, previous: Figure, options: CheckOptions = {}): CheckResult {
  const figures = [...growthFigures(current), previous];
  const bases = [...(isRateFigure(current) ? current.basis : []), ...previous.basis];
  if (bases.includes('real') && bases.includes('nominal')) {
    return notComparableResult('growth_pace', figures, { comparable: false, reason: 'real_vs_nominal', message: messages.notComparableReason('real_vs_nominal').en }, options);
  }
  const now = growthOf(current);
  if (isNotComparable(now)) return notComparableResult('growth_pace', figures, now, options);
  const before = growthOf(previous);
  if (isNotComparable(before)) return notComparableResult('growth_pace', figures, before, options);
  // A target is a number set: its written number is the plan (以上 sets a floor, not a range).
  const planned = isRateFigure(current) && current.status === 'target' ? writtenInterval(current) : now.interval;
  const point = isRateFigure(current) && current.status === 'target' ? (current.direction === 'down' ? -current.amount : current.amount) : now.point;
  const apart = distance(planned, before.interval);
  const ratio = before.point > 0 ? point / before.point : null;
  const unusual = apart >= PACE_POINTS && ratio !== null && (ratio <= PACE_RATIO.slower || ratio >= PACE_RATIO.faster);
  const subject = growthSubject(current);
  const values = {
    nameZh: rateSubject(subject, 'zh'), nameEn: rateSubject(subject, 'en'),
    currentZh: isRateFigure(current) ? figureText(current, 'zh') : formatValue(point, 'percent', 'zh'),
    currentEn: isRateFigure(current) ? figureText(current, 'en') : formatValue(point, 'percent', 'en'),
    previousZh: figureText(previous, 'zh'), previousEn: figureText(previous, 'en'),
    year: growthYear(current), previousYear: previous.year, faster: point > before.point,
    planned: growthFigures(current).some((figure) => figure.status === 'target'), implied: !isRateFigure(current),
  };
  return buildResult({
    family: 'growth_pace', figures, verdict: unusual ? 'question' : 'holds',
    recomputed: before.interval, reported: planned, unit: 'percent', gap: point - before.point, gapUnit: 'pp',
    body: { zh: messages.growthPaceZh(values), en: messages.growthPaceEn(values) },
    headline: messages.growthPaceHeadline(values),
    subject, reportedText: isRateFigure(current) ? figureText(current, 'zh') : undefined,
    question: unusual ? { zh: messages.growthPaceQuestionZh(values), en: messages.growthPaceQuestionEn(values) } : undefined,
  }, options);
}
