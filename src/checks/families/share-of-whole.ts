import { FactcheckError } from '../../errors/factcheck-error.ts';
import { figureName } from '../../report/figure-name.ts';
import { _divideIntervals } from '../../interval/divide-intervals.ts';
import { isNotComparable } from '../../interval/is-not-comparable.ts';
import { pointOf } from '../../interval/point-of.ts';
import { toInterval } from '../../interval/to-interval.ts';
import { buildResult } from '../engine/build-result.ts';
import { compareTerms } from '../engine/compare-terms.ts';
import { evaluateTerm } from '../engine/evaluate-term.ts';
import { figureText } from '../../report/figure-text.ts';
import { pointAndRange } from '../../text/format-interval.ts';
import { notComparableResult } from '../engine/not-comparable-result.ts';
import { messages } from '../../messages/index.ts';
import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';

/** The figures a share is checked against: its whole, its part, or both. */
export interface ShareOfWholeFigures {
  /** The whole (denominator), e.g. GDP. */
  whole?: Figure;
  /** The part (numerator), e.g. the amount of state assets revitalised. */
  part?: Figure;
}

/**
 * Checks a share against its whole: a share must lie between 0 and 100%; with the whole it gives
 * the part it implies (11% of 273.46亿元 is 30.08亿元; 10.5% of 273.455亿元 at the least), with the part the whole it implies, and
 * with both it is compared with the stated part (gap: stated part ÷ implied part).
 *
 * @param share - The share, in percent.
 * @param against - The whole, the part, or both.
 * @param options - See `CheckOptions`.
 * @returns The check result: `recomputed` is the implied part (or whole), `reported` the stated one.
 * @throws {FactcheckError} With code `CHECK_ARGUMENTS` when neither the whole nor the part is given.
 * @example
 * shareOfWhole(fig('culture_tourism_va_share_gdp_2023'), { whole: fig('gdp_2023') }).recomputed.low.toFixed(0)
 * // => '2871277500'
 */
export function shareOfWhole(share: Figure, against: ShareOfWholeFigures, options: CheckOptions = {}): CheckResult {
  const figures = [share, ...(against.part ? [against.part] : []), ...(against.whole ? [against.whole] : [])];
  const interval = toInterval(share);
  const within = interval.low <= 100 && interval.high >= 0;
  const shareText = { zh: `${figureName(share, 'zh')}${figureText(share, 'zh')}`, en: `${figureName(share, 'en')} of ${figureText(share, 'en')}` };
  if (!within) {
    return buildResult({
      family: 'share_of_whole', figures, verdict: 'contradiction', recomputed: null, reported: interval, unit: 'percent',
      gap: pointOf(share) - 100, gapUnit: 'pp', body: { zh: messages.shareOutOfRangeZh(shareText.zh), en: messages.shareOutOfRangeEn(shareText.en) },
    }, options);
  }
  if (against.whole) {
    const implied = evaluateTerm({ share, of: against.whole });
    if (isNotComparable(implied)) return notComparableResult('share_of_whole', figures, implied, options);
    const values = {
      shareZh: shareText.zh, shareEn: shareText.en, wholeZh: `${figureName(against.whole, 'zh')}${against.whole.surface}`,
      wholeEn: `${figureName(against.whole, 'en')} of ${figureText(against.whole, 'en')}`,
      ...pointAndRange(implied.point, implied.interval, implied.unit),
    };
    if (!against.part) {
      return buildResult({
        family: 'share_of_whole', figures, verdict: 'holds', recomputed: implied.interval, reported: null, unit: implied.unit,
        gap: null, gapUnit: null, body: { zh: messages.shareImpliesPartZh(values), en: messages.shareImpliesPartEn(values) },
      }, options);
    }
    const part = evaluateTerm(against.part);
    if (isNotComparable(part)) return notComparableResult('share_of_whole', figures, part, options);
    const { verdict, gap } = compareTerms(implied, part, 'ratio');
    return buildResult({
      family: 'share_of_whole', figures, verdict, recomputed: implied.interval, reported: part.interval, unit: implied.unit,
      gap, gapUnit: 'ratio', body: { zh: messages.shareVsPartZh({ ...values, partZh: part.zh }), en: messages.shareVsPartEn({ ...values, partEn: part.en }) },
    }, options);
  }
  if (!against.part) throw new FactcheckError('CHECK_ARGUMENTS', messages.shareNeedsWholeOrPart(share.id));
  // A share is at most 100%, so the whole is at least the part.
  const whole = _divideIntervals(toInterval(against.part), { low: interval.low / 100, high: Math.min(interval.high, 100) / 100 });
  if (isNotComparable(whole)) return notComparableResult('share_of_whole', figures, whole, options);
  const point = pointOf(against.part) / (pointOf(share) / 100);
  const values = {
    shareNameZh: figureName(share, 'zh'), shareValueZh: figureText(share, 'zh'), shareEn: shareText.en,
    partZh: `${figureName(against.part, 'zh')}${figureText(against.part, 'zh')}`,
    partEn: `${figureName(against.part, 'en')} of ${figureText(against.part, 'en')}`,
    ...pointAndRange(point, whole, against.part.unit),
  };
  return buildResult({
    family: 'share_of_whole', figures, verdict: 'holds', recomputed: whole, reported: null, unit: against.part.unit,
    gap: null, gapUnit: null, body: { zh: messages.shareImpliesWholeZh(values), en: messages.shareImpliesWholeEn(values) },
  }, options);
}
