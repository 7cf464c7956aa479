import { figureName } from '../../report/figure-name.ts';
import type { Figure } from '../../report/types.ts';
import { FactcheckError } from '../../errors/factcheck-error.ts';
import { _divideIntervals } from '../../interval/divide-intervals.ts';
import { isNotComparable } from '../../interval/is-not-comparable.ts';
import { formatRange } from '../../text/format-interval.ts';
import type { Interval } from '../../quantity/types.ts';
import { _multiplyIntervals } from '../../interval/multiply-intervals.ts';
import { buildResult } from '../engine/build-result.ts';
import { compareTerms } from '../engine/compare-terms.ts';
import { evaluateAll } from '../engine/evaluate-all.ts';
import type { Evaluated } from '../engine/evaluate-term.ts';
import { pointAndRange } from '../../text/format-interval.ts';
import { messages } from '../../messages/index.ts';
import type { CheckOptions, CheckResult, Term } from '../types.ts';

/** A ratio as percentages: 0.48 → 48; a range from 0 is written as "at most" (an open product leaves no lower bound). */
const scaled = (ratio: Interval): Interval => ({ low: ratio.low > 0 ? ratio.low * 100 : -Infinity, high: ratio.high * 100 });

/** Options of `productIdentity`. */
export interface ProductIdentityOptions extends CheckOptions {
  /**
   * The group a per-head factor (the last factor) may really be counted over, when the text does not
   * say per whom: spending "per visitor" may be per overnight or paying visitor rather than per
   * arrival. When the reported total is below every product the rounding allows, the check computes
   * the share of the first factor that group would have to be, and reports a `tension` with that
   * assumption instead of a contradiction; a total above the product stays a contradiction (no
   * narrower group can raise it). Default none: the factors are taken as written.
   */
  subgroup?: { zh: string; en: string };
}

/**
 * Checks a product identity: do the factors multiply to the reported total? Tourist arrivals ×
 * spending per visitor should give tourism revenue; 4494万人次 × 1003元 is 450.7亿元, against a
 * reported 217亿元. Each factor can be a figure or a derived term (2024 arrivals from 2023 arrivals
 * and the target growth). The gap is the ratio reported ÷ recomputed.
 *
 * @param factors - Two or more terms to multiply.
 * @param total - The reported total.
 * @param options - See `ProductIdentityOptions`.
 * @returns The check result.
 * @example
 * const result = productIdentity([fig('tourist_arrivals_2023'), fig('tourism_spend_per_visitor_2023')], fig('tourism_revenue_2023'));
 * [result.verdict, result.gap]
 * // => ['contradiction', 0.4814]
 * const narrower = productIdentity([fig('tourist_arrivals_2023'), fig('tourism_spend_per_visitor_2023')], fig('tourism_revenue_2023'),
 *   { subgroup: { zh: '过夜或付费游客', en: 'overnight or paying visitors' } });
 * [narrower.verdict, narrower.assumption_en]
 * // => ['tension', 'the per-head figure is per head of overnight or paying visitors only, who would make up from 48% to 48.3% of the total']
 */
export function productIdentity(factors: readonly Term[], total: Term, options: ProductIdentityOptions = {}): CheckResult {
  if (!Array.isArray(factors) || factors.length === 0) throw new FactcheckError('CHECK_ARGUMENTS', messages.noFactors());
  const evaluated = evaluateAll('product_identity', [...factors, total], options);
  if (!Array.isArray(evaluated)) return evaluated;
  const reported = evaluated.pop() as Evaluated;
  const interval = evaluated.map((term) => term.interval).reduce(_multiplyIntervals);
  const point = evaluated.reduce((product, term) => product * term.point, 1);
  const recomputed: Evaluated = { interval, point, unit: reported.unit, figures: evaluated.flatMap((term) => term.figures), zh: '', en: '' };
  const { verdict, gap } = compareTerms(recomputed, reported, 'ratio');
  const share = verdict === 'contradiction' && options.subgroup && reported.interval.high < interval.low
    ? _divideIntervals(reported.interval, interval) : null;
  const assumption = share && !isNotComparable(share) && options.subgroup
    ? {
      zh: messages.subgroupAssumptionZh(options.subgroup.zh, formatRange(scaled(share), 'percent', 'zh')),
      en: messages.subgroupAssumptionEn(options.subgroup.en, formatRange(scaled(share), 'percent', 'en')),
    }
    : null;
  const values = {
    factorsZh: evaluated.map((term) => term.zh).join(' × '), factorsEn: evaluated.map((term) => term.en).join(' × '),
    ...pointAndRange(point, interval, reported.unit),
    totalZh: reported.zh, totalEn: reported.en, gap,
  };
  return buildResult({
    family: 'product_identity', figures: [...recomputed.figures, ...reported.figures],
    verdict: assumption ? 'tension' : verdict, assumption,
    recomputed: interval, reported: reported.interval, unit: reported.unit, gap, gapUnit: 'ratio',
    body: { zh: messages.productIdentityZh(values), en: messages.productIdentityEn(values) },
    headline: messages.productIdentityHeadline({
      nameZh: figureName(reported.figures.at(-1) as Figure, 'zh'), nameEn: figureName(reported.figures.at(-1) as Figure, 'en'),
      factorNamesZh: evaluated.map((term) => figureName(term.figures[0] as Figure, 'zh')).join('×'),
      factorNamesEn: evaluated.map((term) => figureName(term.figures[0] as Figure, 'en')).join(' × '), ...values,
    }),
    subject: reported.figures.at(-1),
    reportedText: reported.figures.length === 1 ? reported.figures[0]?.surface : undefined,
  }, options);
}
