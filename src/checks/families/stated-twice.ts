import { isNotComparable } from '../../interval/is-not-comparable.ts';
import { buildResult } from '../engine/build-result.ts';
import { compareTerms } from '../engine/compare-terms.ts';
import { evaluateTerm } from '../engine/evaluate-term.ts';
import { notComparableResult } from '../engine/not-comparable-result.ts';
import { messages } from '../../messages/index.ts';
import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';

/**
 * Checks one indicator stated twice for the same period: the two figures must agree within their
 * rounding. Where the two statements use different definitions (the wording changes), pass
 * `scopeDiffers`: a disagreement is then a milder `tension` that names the difference, not a
 * contradiction.
 *
 * @param first - The first statement.
 * @param second - The second statement.
 * @param options - See `CheckOptions`.
 * @returns The check result; the gap is second − first in points for percentages, second ÷ first otherwise.
 * @example
 * statedTwice(fig('above_scale_industry_va_growth_2023'), fig('industry_va_growth_2023')).verdict
 * // => 'contradiction'
 * statedTwice(fig('above_scale_industry_va_growth_2023'), fig('industry_va_growth_2023'), { scopeDiffers: true }).verdict
 * // => 'tension'
 */
export function statedTwice(first: Figure, second: Figure, options: CheckOptions = {}): CheckResult {
  const figures = [first, second];
  const a = evaluateTerm(first);
  const b = evaluateTerm(second);
  if (isNotComparable(a)) return notComparableResult('stated_twice', figures, a, options);
  if (isNotComparable(b)) return notComparableResult('stated_twice', figures, b, options);
  if (a.unit !== b.unit) {
    return notComparableResult('stated_twice', figures, {
      comparable: false, reason: 'units', message: messages.unitsDiffer(first.id, first.unit, second.id, second.unit),
    }, options);
  }
  const gapUnit = a.unit === 'percent' ? 'pp' : 'ratio';
  const { verdict, gap } = compareTerms(a, b, gapUnit);
  return buildResult({
    family: 'stated_twice', figures, verdict, recomputed: a.interval, reported: b.interval, unit: a.unit, gap, gapUnit,
    body: { zh: messages.statedTwiceZh(a.zh, b.zh), en: messages.statedTwiceEn(a.en, b.en) }, reportedText: second.surface,
  }, options);
}
