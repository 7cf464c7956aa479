import type { CheckOptions, CheckResult, Family } from '../types.ts';
import { figureName } from '../../report/figure-name.ts';
import { messages, type GrowthSentence } from '../../messages/index.ts';
import { figureText } from '../../report/figure-text.ts';
import type { Figure } from '../../report/types.ts';
import { realGrowthRefusal } from '../../growth/real-growth-refusal.ts';
import { buildResult } from './build-result.ts';
import { compareTerms } from './compare-terms.ts';
import { evaluateTerm } from './evaluate-term.ts';
import { percentRefusal } from '../../growth/percent-refusal.ts';
import { pointAndRange } from '../../text/format-interval.ts';
import { isNotComparable } from '../../interval/is-not-comparable.ts';
import { notComparableResult } from './not-comparable-result.ts';

/** A stated growth rate against the growth recomputed from two levels (shared by two families). */
export function growthCheck(family: Family, rate: Figure, from: Figure, to: Figure, options: CheckOptions): CheckResult {
  const figures = [rate, from, to];
  const refusal = realGrowthRefusal(rate);
  if (refusal) return notComparableResult(family, figures, refusal, options, 0);
  const notPercent = percentRefusal(rate);
  if (notPercent) return notComparableResult(family, figures, notPercent, options);
  const recomputed = evaluateTerm({ from, to });
  if (isNotComparable(recomputed)) return notComparableResult(family, figures, recomputed, options);
  const reported = evaluateTerm(rate);
  if (isNotComparable(reported)) return notComparableResult(family, figures, reported, options);
  const { verdict, gap } = compareTerms(recomputed, reported, 'pp');
  const falls = recomputed.point < 0;
  // A fall is written as a size (降幅21.91%), so its range is written as sizes too.
  const range = falls ? { low: -recomputed.interval.high, high: -recomputed.interval.low } : recomputed.interval;
  const values: GrowthSentence = {
    falls,
    nameZh: figureName(to, 'zh'), nameEn: figureName(to, 'en'),
    fromZh: figureText(from, 'zh'), fromEn: figureText(from, 'en'), toZh: figureText(to, 'zh'), toEn: figureText(to, 'en'),
    rateZh: figureText(rate, 'zh'), rateEn: figureText(rate, 'en'), rateFalls: rate.direction === 'down',
    ...pointAndRange(Math.abs(recomputed.point), range, 'percent'),
  };
  const body = family === 'target_vs_growth'
    ? { zh: messages.targetVsGrowthZh(values), en: messages.targetVsGrowthEn(values) }
    : { zh: messages.growthVsLevelsZh(values), en: messages.growthVsLevelsEn(values) };
  return buildResult({
    family, figures, verdict, recomputed: recomputed.interval, reported: reported.interval, unit: 'percent', gap, gapUnit: 'pp', body, subject: to, reportedText: figureText(rate, 'zh'),
    headline: family === 'target_vs_growth' ? messages.targetVsGrowthHeadline(values) : messages.growthVsLevelsHeadline(values),
    question: messages.growthCheckQuestion(values, family === 'target_vs_growth'),
  }, options);
}
