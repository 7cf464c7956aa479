import { figureText } from '../../report/figure-text.ts';
import { figureName } from '../../report/figure-name.ts';
import { buildResult } from '../engine/build-result.ts';
import { gapBetween } from '../engine/compare-terms.ts';
import { notComparableResult } from '../engine/not-comparable-result.ts';
import { writtenInterval } from '../engine/written-interval.ts';
import { messages } from '../../messages/index.ts';
import { sameUnit } from '../../quantity/same-unit.ts';
import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';

/** The severity of a target below the result: under a tension (2), above a not-comparable (1). */
const TARGET_BELOW_SEVERITY = 1.5;

/**
 * Checks whether a target is set below what the previous year already achieved (60 new technology
 * firms planned after 115 were added). A target is a number set, not measured: its written number
 * is compared, not a rounding interval or its open end ("3家以上" sets a floor of 3), with the
 * result's rounding interval (a count of whole things, 26个, is exact). A target below the result is a `tension` (reconcilable only if the
 * district plans to do less, or counts something narrower); a target that is a ceiling (以内) is
 * a reduction target and holds. Different units, or definitions marked as differing, are
 * `not_comparable`.
 *
 * @param target - The target.
 * @param actual - The previous year's result for the same indicator.
 * @param options - See `CheckOptions`.
 * @returns The check result: `reported` is the target's number, `recomputed` the result's interval; the gap is target ÷ result.
 * @example
 * targetBelowActual(fig('new_tech_firms_2024_target'), fig('new_tech_firms_2023')).verdict
 * // => 'tension'
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
  };
  const body = below
    ? { zh: messages.targetBelowZh(values), en: messages.targetBelowEn(values) }
    : equal
      ? { zh: messages.targetEqualZh(values), en: messages.targetEqualEn(values) }
      : { zh: messages.targetAboveZh(values, ceiling), en: messages.targetAboveEn(values, ceiling) };
  return buildResult({
    family: 'target_below_actual', figures, verdict: below ? 'tension' : 'holds',
    recomputed: achieved, reported: { low: planned, high: planned }, unit: target.unit,
    gap: gapBetween(target.amount, actual.amount, 'ratio'), gapUnit: 'ratio', body,
    assumption: below ? { zh: messages.targetBelowAssumptionZh(), en: messages.targetBelowAssumptionEn() } : null,
    // Planning for less is worth asking about, but a chosen number is not an arithmetic error: it ranks below those.
    severity: below ? TARGET_BELOW_SEVERITY : undefined,
  }, options);
}
