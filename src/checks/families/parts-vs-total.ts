import { _sumIntervals } from '../../interval/sum-intervals.ts';
import { buildResult } from '../engine/build-result.ts';
import { compareTerms, gapBetween } from '../engine/compare-terms.ts';
import { evaluateAll, figuresOf } from '../engine/evaluate-all.ts';
import type { Evaluated } from '../engine/evaluate-term.ts';
import { pointAndRange } from '../../text/format-interval.ts';
import { notComparableResult } from '../engine/not-comparable-result.ts';
import { sameUnit } from '../../quantity/same-unit.ts';
import { messages } from '../../messages/index.ts';
import type { CheckOptions, CheckResult, Term } from '../types.ts';

/** Options of `partsVsTotal`. */
export interface PartsVsTotalOptions extends CheckOptions {
  /**
   * `sum`: the parts make up the total exactly (25 + 78 projects = 103); `subset`: the parts are
   * among the total and may not exceed it (overseas arrivals among all arrivals). Default `subset`.
   */
  relation?: 'sum' | 'subset';
  /**
   * Units that may differ: a subset counted in persons within a total counted in person-times
   * (a person visits at least once) is comparable. Default `false`: different units are `not_comparable`.
   */
  allowUnits?: boolean;
}

/**
 * Checks parts against their total: that they add up to it (`sum`) or do not exceed it (`subset`),
 * allowing for the rounding of every figure. The gap is the ratio total ÷ sum of the parts.
 *
 * @param parts - The parts (figures or derived terms).
 * @param total - The total.
 * @param options - See `PartsVsTotalOptions`.
 * @returns The check result.
 * @example
 * partsVsTotal([fig('specialty_crops_area_2023'), fig('specialty_crops_new_area_2024')], fig('specialty_crops_area_2024_target'), { relation: 'sum' }).verdict
 * // => 'holds'
 * partsVsTotal([fig('overseas_tourist_arrivals_2023')], fig('tourist_arrivals_2023')).verdict
 * // => 'holds'
 */
export function partsVsTotal(parts: readonly Term[], total: Term, options: PartsVsTotalOptions = {}): CheckResult {
  const relation = options.relation ?? 'subset';
  const all = [...parts, total];
  const evaluated = evaluateAll('parts_vs_total', all, options);
  if (!Array.isArray(evaluated)) return evaluated;
  const reported = evaluated.pop() as Evaluated;
  const mismatch = evaluated.find((part) => !sameUnit(part.unit, reported.unit));
  if (mismatch && !options.allowUnits) {
    const figure = mismatch.figures[0];
    const refusal = { comparable: false as const, reason: 'units' as const, message: messages.unitsDiffer(figure?.id ?? '', mismatch.unit, reported.figures[0]?.id ?? '', reported.unit) };
    return notComparableResult('parts_vs_total', all.flatMap(figuresOf), refusal, options);
  }
  const interval = _sumIntervals(evaluated.map((part) => part.interval));
  const point = evaluated.reduce((sum, part) => sum + part.point, 0);
  const sum: Evaluated = { interval, point, unit: reported.unit, figures: evaluated.flatMap((part) => part.figures), zh: '', en: '' };
  let { verdict, gap } = compareTerms(sum, reported, 'ratio');
  if (relation === 'subset') {
    gap = gapBetween(reported.point, point, 'ratio');
    verdict = point <= reported.point ? 'holds' : interval.low <= reported.interval.high ? 'holds_within_rounding' : 'contradiction';
  }
  const first = evaluated[0]?.unit ?? reported.unit;
  const unit = evaluated.every((part) => part.unit === first) ? first : reported.unit;
  const values = {
    partsZh: evaluated.map((part) => part.zh).join(' + '), partsEn: evaluated.map((part) => part.en).join(' + '),
    ...pointAndRange(point, interval, unit),
    totalZh: reported.zh, totalEn: reported.en, relation,
  };
  return buildResult({
    family: 'parts_vs_total', figures: [...sum.figures, ...reported.figures], verdict,
    recomputed: interval, reported: reported.interval, unit: reported.unit, gap, gapUnit: 'ratio',
    body: { zh: messages.partsVsTotalZh(values), en: messages.partsVsTotalEn(values) },
    subject: reported.figures.at(-1),
    reportedText: reported.figures.length === 1 ? reported.figures[0]?.surface : undefined,
  }, options);
}
