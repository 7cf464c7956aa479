import { figureText } from '../../report/figure-text.ts';
import { figureName } from '../../report/figure-name.ts';
import { buildResult } from '../engine/build-result.ts';
import { gapBetween } from '../engine/compare-terms.ts';
import { notComparableResult } from '../engine/not-comparable-result.ts';
import { writtenInterval } from '../engine/written-interval.ts';
import { formatValue } from '../../text/format-value.ts';
import { messages } from '../../messages/index.ts';
import { sameUnit } from '../../quantity/same-unit.ts';
import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';

/**
 * Checks whether a target is set below what the previous year already achieved (60 new technology
 * firms planned after 115 were added). A target is a number set, not measured: its written number
 * is compared, not a rounding interval or its open end ("3家以上" sets a floor of 3), with the
 * result's rounding interval (a count of whole things, 26个, is exact). A target below the result
 * is a `question`: the figures do not disagree, but the plan asks for less than was achieved (a
 * deliberately cautious target, or one that counts something narrower), which a reporter would
 * ask about. A target that is a ceiling (以内) is a reduction target and holds. Different units are
 * `not_comparable`; definitions marked as differing make the question milder, not void.
 *
 * @param target - The target.
 * @param actual - The previous year's result for the same indicator.
 * @param options - See `CheckOptions`.
 * @returns The check result: `reported` is the target's number, `recomputed` the result's interval; the gap is target ÷ result.
 * @example
 * targetBelowActual(fig('new_tech_firms_2024_target'), fig('new_tech_firms_2023')).verdict
 * // => 'question'
 * targetBelowActual(fig('tourism_revenue_2024_target'), fig('tourism_revenue_2023')).verdict
 * // => 'holds'
 */
export function targetBelowActual(target: Figure, actual: Figure, options: CheckOptions = {}): CheckResult {
  const figures = [target, actual];
  if (!sameUnit(target.unit, actual.unit)) {
    return notComparableResult('target_below_actual', figures, {
      comparable: false, reason: 'units', message: messages.unitsDiffer(target.id, target.unit, actual.id, actual.unit),
    }, options);
  }
  const planned = target.direction === 'down' ? -target.amount : target.amount;
  const achieved = writtenInterval(actual);
  const ceiling = target.qualifier === 'at_most';
  const below = !ceiling && planned < achieved.low;
  const equal = planned >= achieved.low && planned <= achieved.high;
  const values = {
    nameZh: figureName(target, 'zh'), nameEn: figureName(target, 'en'), targetZh: figureText(target, 'zh'), targetEn: figureText(target, 'en'),
    actualZh: figureText(actual, 'zh'), actualEn: figureText(actual, 'en'),
    targetYear: target.year, actualYear: actual.year,
    floor: target.qualifier === 'at_least' || target.qualifier === 'more_than',
    numberEn: formatValue(target.amount, target.unit, 'en', 15),
  };
  const body = below
    ? { zh: messages.targetBelowZh(values), en: messages.targetBelowEn(values) }
    : equal
      ? { zh: messages.targetEqualZh(values), en: messages.targetEqualEn(values) }
      : { zh: messages.targetAboveZh(values, ceiling), en: messages.targetAboveEn(values, ceiling) };
  return buildResult({
    family: 'target_below_actual', figures, verdict: below ? 'question' : 'holds',
    recomputed: achieved, reported: { low: planned, high: planned }, unit: target.unit,
    gap: gapBetween(target.amount, actual.amount, 'ratio'), gapUnit: 'ratio', body,
    subject: target,
    reportedText: target.surface,
    headline: messages.targetBelowHeadline(values),
    question: below ? { zh: messages.targetBelowQuestionZh(values), en: messages.targetBelowQuestionEn(values) } : undefined,
  }, options);
}
