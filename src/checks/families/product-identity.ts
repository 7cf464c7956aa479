import { multiplyIntervals } from '../../interval/multiply-intervals.ts';
import { buildResult } from '../../internal/build-result.ts';
import { compareTerms } from '../../internal/compare-terms.ts';
import { evaluateAll } from '../../internal/evaluate-all.ts';
import type { Evaluated } from '../../internal/evaluate-term.ts';
import { pointAndRange } from '../../internal/point-and-range.ts';
import { messages } from '../../messages.ts';
import type { CheckOptions, CheckResult, Term } from '../types.ts';

/**
 * Checks a product identity: do the factors multiply to the reported total? Tourist arrivals ×
 * spending per visitor should give tourism revenue; 4494万人次 × 1003元 is 450.7亿元, against a
 * reported 217亿元. Each factor can be a figure or a derived term (2024 arrivals from 2023 arrivals
 * and the target growth). The gap is the ratio reported ÷ recomputed.
 *
 * @param factors - Two or more terms to multiply.
 * @param total - The reported total.
 * @param options - See `CheckOptions`.
 * @returns The check result.
 * @example
 * const result = productIdentity([fig('tourist_arrivals_2023'), fig('tourism_spend_per_visitor_2023')], fig('tourism_revenue_2023'));
 * [result.verdict, result.gap]
 * // => ['contradiction', 0.4814]
 */
export function productIdentity(factors: readonly Term[], total: Term, options: CheckOptions = {}): CheckResult {
  const evaluated = evaluateAll('product_identity', [...factors, total], options);
  if (!Array.isArray(evaluated)) return evaluated;
  const reported = evaluated.pop() as Evaluated;
  const interval = evaluated.map((term) => term.interval).reduce(multiplyIntervals);
  const point = evaluated.reduce((product, term) => product * term.point, 1);
  const recomputed: Evaluated = { interval, point, unit: reported.unit, figures: evaluated.flatMap((term) => term.figures), zh: '', en: '' };
  const { verdict, gap } = compareTerms(recomputed, reported, 'ratio');
  const values = {
    factorsZh: evaluated.map((term) => term.zh).join(' × '), factorsEn: evaluated.map((term) => term.en).join(' × '),
    ...pointAndRange(point, interval, reported.unit),
    totalZh: reported.zh, totalEn: reported.en, gap,
  };
  return buildResult({
    family: 'product_identity', figures: [...recomputed.figures, ...reported.figures], verdict,
    recomputed: interval, reported: reported.interval, unit: reported.unit, gap, gapUnit: 'ratio',
    body: { zh: messages.productIdentityZh(values), en: messages.productIdentityEn(values) },
  }, options);
}
