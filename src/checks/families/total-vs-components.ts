import { FactcheckError } from '../../errors/factcheck-error.ts';
import { _intervalContains } from '../../interval/interval-contains.ts';
import { _intervalsOverlap } from '../../interval/intervals-overlap.ts';
import { _multiplyIntervals } from '../../interval/multiply-intervals.ts';
import { buildResult } from '../engine/build-result.ts';
import { compareTerms, gapBetween } from '../engine/compare-terms.ts';
import { evaluateAll } from '../engine/evaluate-all.ts';
import type { Evaluated } from '../engine/evaluate-term.ts';
import { pointAndRange } from '../../text/format-interval.ts';
import { messages } from '../../messages/index.ts';
import type { Interval } from '../../quantity/types.ts';
import type { CheckOptions, CheckResult, Term, Verdict } from '../types.ts';
import { formatValue } from '../../text/format-value.ts';
import { rateSubject } from '../../report/rate-subject.ts';
import type { Figure } from '../../report/types.ts';

/**
 * For growth factors that multiply to more (or less) than the total: how the first component
 * would have to grow, the others as stated, for the product to reach the total's rounding
 * interval: at most (1 + total's highest) ÷ (others' lowest factors) − 1 when the product is too
 * large, at least (1 + total's lowest) ÷ (others' highest) − 1 when too small.
 */
function neededGrowth(total: Evaluated, parts: readonly Evaluated[]): { zh: string; en: string } | null {
  const [first, ...others] = parts;
  if (!first) return null;
  const factor = (value: number) => Math.max(0, 1 + value / 100);
  const tooLarge = total.interval.high < parts.reduce((product, part) => product * factor(part.interval.low), 1) * 100 - 100;
  const bound = tooLarge
    ? (factor(total.interval.high) / others.reduce((product, part) => product * factor(part.interval.low), 1) - 1) * 100
    : (factor(total.interval.low) / others.reduce((product, part) => product * factor(part.interval.high), 1) - 1) * 100;
  if (!Number.isFinite(bound)) return null;
  const name = { zh: rateSubject(first.figures.at(-1) as Figure, 'zh'), en: rateSubject(first.figures.at(-1) as Figure, 'en') };
  return {
    zh: messages.neededGrowthZh(name.zh, formatValue(Math.abs(bound), 'percent', 'zh'), tooLarge, bound < 0),
    en: messages.neededGrowthEn(name.en, formatValue(Math.abs(bound), 'percent', 'en'), tooLarge, bound < 0),
  };
}

/** Faster parts that must make up at least this share (percent) of a total make its growth target a question: they would be most of it. */
export const FASTER_SHARE_QUESTION = 50;

/** A term as planned: a target is a number set, so its written number (a floor of 5%以上 plans for 5%); anything else, its rounding interval. */
function planned(term: Evaluated): { low: number; high: number } {
  const [figure] = term.figures;
  if (term.figures.length !== 1 || !figure || figure.status !== 'target') return term.interval;
  const value = figure.direction === 'down' ? -figure.amount : figure.amount;
  return { low: value, high: value };
}

/**
 * How much of the total the components growing faster than it must weigh, at the least, for the
 * total's growth to be their weighted average: with every faster weight on the fastest and every
 * other on the fastest of the rest, (total − rest) ÷ (fastest − rest), taken at the ends of the
 * rounding intervals that make it smallest (targets at their written numbers, as planned). `null`
 * when no bound follows (a result open above, 以上, among the rest).
 */
function fasterShare(total: Evaluated, parts: readonly Evaluated[]): { low: number; names: { zh: string; en: string } } | null {
  const faster = parts.filter((part) => part.point > total.point);
  const rest = parts.filter((part) => part.point <= total.point);
  if (faster.length === 0 || rest.length === 0) return null;
  const restHigh = rest.reduce((most, part) => Math.max(most, planned(part).high), -Infinity);
  const fastHigh = faster.reduce((most, part) => Math.max(most, planned(part).high), -Infinity);
  const totalLow = planned(total).low;
  if (!Number.isFinite(restHigh) || !Number.isFinite(fastHigh) || totalLow <= restHigh || fastHigh <= restHigh) return null;
  const figures = faster.flatMap((part) => part.figures.slice(-1));
  return {
    low: ((totalLow - restHigh) / (fastHigh - restHigh)) * 100,
    names: { zh: figures.map((figure) => rateSubject(figure, 'zh')).join('、'), en: figures.map((figure) => rateSubject(figure, 'en')).join(' and ') },
  };
}

/** Options of `totalVsComponents`. */
export interface TotalVsComponentsOptions extends CheckOptions {
  /**
   * How the components make the total: `weighted_average` (the total is a sum of the components,
   * so its growth lies between theirs: GDP from the sectors) or `product` (the total is a product,
   * so growth factors multiply: revenue = arrivals × spending per visitor). Default `weighted_average`.
   */
  relation?: 'weighted_average' | 'product';
}

/**
 * Checks the growth of a total against the growth of its components. For a sum, the total's growth
 * is a weighted average of the components' and must lie between the lowest and the highest; for a
 * product, the growth factors multiply. The gap is in percentage points, from the total's stated
 * growth to the nearest growth the components allow. For a sum that holds, the result says how much
 * of the total the faster components must make up at the least; when that is `FASTER_SHARE_QUESTION`
 * (50%) or more, the total's growth is a `question` (GDP to grow 6.5% with services at 5.3% and
 * primary industry at 5% needs industry to be more than half of GDP).
 *
 * @param total - The total's growth (a growth figure, or `{ from, to }` levels).
 * @param components - The components' growth.
 * @param options - See `TotalVsComponentsOptions`.
 * @returns The check result.
 * @throws {FactcheckError} With code `CHECK_ARGUMENTS` when `components` is empty.
 * @example
 * totalVsComponents(fig('gdp_growth_2023'), ['primary_industry_va_growth_2023', 'industry_va_growth_2023', 'construction_va_growth_2023', 'services_va_growth_2023'].map((id) => fig(id))).verdict
 * // => 'holds'
 */
export function totalVsComponents(total: Term, components: readonly Term[], options: TotalVsComponentsOptions = {}): CheckResult {
  if (components.length === 0) throw new FactcheckError('CHECK_ARGUMENTS', messages.noComponents());
  const relation = options.relation ?? 'weighted_average';
  const evaluated = evaluateAll('total_vs_components', [total, ...components], options);
  if (!Array.isArray(evaluated)) return evaluated;
  const [reported, ...parts] = evaluated as [Evaluated, ...Evaluated[]];
  let interval: Interval;
  let verdict: Extract<Verdict, 'holds' | 'holds_within_rounding' | 'contradiction'>;
  let gap: number | null;
  let recomputedPoint: number;
  let needed: { zh: string; en: string } | null = null;
  if (relation === 'product') {
    // A growth factor cannot fall below 0 (a rate open below, 3%以内, still stops at -100%).
    const factor = parts.map((part) => ({ low: Math.max(0, 1 + part.interval.low / 100), high: Math.max(0, 1 + part.interval.high / 100) })).reduce(_multiplyIntervals);
    interval = { low: (factor.low - 1) * 100, high: (factor.high - 1) * 100 };
    recomputedPoint = (parts.reduce((product, part) => product * (1 + part.point / 100), 1) - 1) * 100;
    ({ verdict, gap } = compareTerms({ interval, point: recomputedPoint, unit: 'percent', figures: [], zh: '', en: '' }, reported, 'pp'));
    if (verdict === 'contradiction') needed = neededGrowth(reported, parts);
  } else {
    const points = parts.map((part) => part.point);
    const pointHull = { low: points.reduce((a, b) => Math.min(a, b), Infinity), high: points.reduce((a, b) => Math.max(a, b), -Infinity) };
    interval = { low: parts.reduce((a, part) => Math.min(a, part.interval.low), Infinity), high: parts.reduce((a, part) => Math.max(a, part.interval.high), -Infinity) };
    recomputedPoint = Math.min(Math.max(reported.point, pointHull.low), pointHull.high);
    gap = gapBetween(reported.point, recomputedPoint, 'pp');
    verdict = _intervalContains(pointHull, reported.point) ? 'holds' : _intervalsOverlap(interval, reported.interval) ? 'holds_within_rounding' : 'contradiction';
  }
  const share = relation === 'weighted_average' && verdict !== 'contradiction' ? fasterShare(reported, parts) : null;
  // A target that only holds if the faster parts are most of the total is a question to ask.
  const question = share !== null && share.low >= FASTER_SHARE_QUESTION - 1e-9;
  const values = {
    totalZh: reported.zh, totalEn: reported.en,
    partsZh: parts.map((part) => part.zh).join('、'), partsEn: parts.map((part) => part.en).join(relation === 'product' ? ' and ' : '; '),
    ...pointAndRange(recomputedPoint, interval, 'percent'), relation,
  };
  return buildResult({
    family: 'total_vs_components', figures: evaluated.flatMap((term) => term.figures), verdict: question ? 'question' : verdict,
    recomputed: interval, reported: reported.interval, unit: 'percent', gap, gapUnit: 'pp',
    body: {
      zh: `${messages.totalVsComponentsZh(values)}${share ? messages.fasterShareZh(share.names.zh, formatValue(share.low, 'percent', 'zh')) : ''}${needed?.zh ?? ''}`,
      en: `${messages.totalVsComponentsEn(values)}${share ? messages.fasterShareEn(share.names.en, formatValue(share.low, 'percent', 'en')) : ''}${needed?.en ?? ''}`,
    },
    subject: reported.figures.at(-1),
    reportedText: reported.figures.length === 1 ? reported.figures[0]?.surface : undefined,
    headline: relation === 'product' ? messages.productGrowthHeadline({
      nameZh: rateSubject(reported.figures.at(-1) as Figure, 'zh'), nameEn: rateSubject(reported.figures.at(-1) as Figure, 'en'),
      totalZh: formatValue(reported.point, 'percent', 'zh'), totalEn: formatValue(reported.point, 'percent', 'en'), pointZh: values.pointZh, pointEn: values.pointEn,
    }) : undefined,
    question: question && share ? { zh: messages.fasterShareQuestionZh(share.names.zh, formatValue(share.low, 'percent', 'zh')), en: messages.fasterShareQuestionEn(share.names.en, formatValue(share.low, 'percent', 'en')) } : undefined,
  }, options);
}
