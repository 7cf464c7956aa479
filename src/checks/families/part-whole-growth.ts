import { buildResult } from '../engine/build-result.ts';
import type { Evaluated } from '../engine/evaluate-term.ts';
import { growthFigures, growthOf, growthSubject, growthYear, isRateFigure, levelsOf, sumOf } from '../engine/growth-of.ts';
import { pointOf } from '../../interval/point-of.ts';
import { notComparableResult } from '../engine/not-comparable-result.ts';
import { isNotComparable } from '../../interval/is-not-comparable.ts';
import { messages } from '../../messages/index.ts';
import type { LevelsSentence } from '../../messages/sentences.ts';
import type { Interval } from '../../quantity/types.ts';
import { rateSubject } from '../../report/rate-subject.ts';
import type { Figure } from '../../report/types.ts';
import { figureText } from '../../report/figure-text.ts';
import { formatValue } from '../../text/format-value.ts';
import type { CheckOptions, CheckResult, GrowthTerm } from '../types.ts';

/** Options of `partWholeGrowth`. */
export interface PartWholeGrowthOptions extends CheckOptions {
  /** The same whole and part the year before, to compare what the rest did then. Default none. */
  previous?: { whole: GrowthTerm; part: GrowthTerm };
  /**
   * A level that may be the whole in the year the growth leads to, when the part is given as
   * levels: the result then says, on that reading, the part's share of the whole in both years
   * and how the rest changes (the whole the year before is this level ÷ (1 + the whole's growth)).
   * Default none.
   */
  wholeLevel?: Figure;
}

/** Without the year before, a part this many points faster or slower than its whole is worth asking about. */
export const PART_WHOLE_POINTS = 3;

const named = growthSubject;
/** A rate as the report writes it (`7%以上`), or a computed one rounded for prose (`1.38%`). */
const rateText = (term: GrowthTerm, value: Evaluated, language: 'zh' | 'en'): string =>
  (isRateFigure(term) ? figureText(term, language) : formatValue(value.point, 'percent', language));

/**
 * What the growth of a whole and of one part of it say about the rest, whatever the part's share:
 * the whole's growth is a weighted average of the part's and the rest's, so a part growing slower
 * than the whole means the rest grows faster, and a part growing faster means the rest grows slower
 * (and shrinks unless the part is at most whole ÷ part of the whole). With the year before, a rest
 * that must switch from slower to faster (all industry 7.5% with industry above designated size
 * 6.5%, after 6.2% with 7%) is a `question`; without it, a part at least `PART_WHOLE_POINTS` (3)
 * points from the whole beyond rounding is one (ticket revenue 7%以上 inside tourism revenue
 * growing 1.38%). Everything else holds. No weights are assumed: the bounds hold for every share.
 *
 * @param whole - The whole's growth: a growth figure, or `{ from, to }` levels.
 * @param part - The growth of a part of it.
 * @param options - See `PartWholeGrowthOptions`.
 * @returns The check result; the gap is part − whole, in points.
 * @example
 * partWholeGrowth(fig('industry_va_growth_2024_target'), fig('above_scale_industry_va_growth_2024_target'), { previous: { whole: fig('industry_va_growth_2023'), part: fig('above_scale_industry_va_growth_2023') } }).verdict
 * // => 'question'
 */
export function partWholeGrowth(whole: GrowthTerm, part: GrowthTerm, options: PartWholeGrowthOptions = {}): CheckResult {
  const terms = [whole, part, ...(options.previous ? [options.previous.whole, options.previous.part] : [])];
  const figures = terms.flatMap(growthFigures);
  const evaluated: Evaluated[] = [];
  for (const term of terms) {
    const value = growthOf(term);
    if (isNotComparable(value)) return notComparableResult('part_whole_growth', figures, value, options);
    evaluated.push(value);
  }
  const [w, p, w0, p0] = evaluated as [Evaluated, Evaluated, Evaluated | undefined, Evaluated | undefined];
  const now = restBound(w.interval, p.interval);
  const before = w0 && p0 ? restBound(w0.interval, p0.interval) : null;
  const reverses = now !== null && before !== null && now.faster !== before.faster;
  const apart = now !== null && Math.max(p.interval.low - w.interval.high, w.interval.low - p.interval.high) >= PART_WHOLE_POINTS;
  const verdict = reverses || (before === null && apart) ? 'question' : 'holds';
  const language = (bound: Interval | null, faster: boolean | null, lang: 'zh' | 'en'): string | null =>
    (bound === null || faster === null ? null : formatValue(faster ? bound.low : bound.high, 'percent', lang, 15));
  const maxShare = now && !now.faster && w.interval.high > 0 && p.interval.low > 0 ? (w.interval.high / p.interval.low) * 100 : null;
  const subject = named(whole);
  const values = {
    wholeZh: rateSubject(subject, 'zh'), wholeEn: rateSubject(subject, 'en'),
    partZh: rateSubject(named(part), 'zh'), partEn: rateSubject(named(part), 'en'),
    wholeRateZh: rateText(whole, w, 'zh'), wholeRateEn: rateText(whole, w, 'en'),
    partRateZh: rateText(part, p, 'zh'), partRateEn: rateText(part, p, 'en'),
    faster: now?.faster ?? false,
    boundZh: language(now?.bound ?? null, now?.faster ?? null, 'zh') ?? '', boundEn: language(now?.bound ?? null, now?.faster ?? null, 'en') ?? '',
    maxShareZh: maxShare === null ? null : formatValue(maxShare, 'percent', 'zh'), maxShareEn: maxShare === null ? null : formatValue(maxShare, 'percent', 'en'),
    previousBoundZh: language(before?.bound ?? null, before?.faster ?? null, 'zh'), previousBoundEn: language(before?.bound ?? null, before?.faster ?? null, 'en'),
    previousFaster: before?.faster ?? null,
    year: growthYear(whole), previousYear: options.previous ? growthYear(options.previous.whole) : null,
  };
  const levels = options.wholeLevel ? onLevels(options.wholeLevel, subject, part, w) : null;
  const body = now === null
    ? { zh: messages.partWholeSameZh(values), en: messages.partWholeSameEn(values) }
    : { zh: messages.partWholeGrowthZh(values), en: messages.partWholeGrowthEn(values) };
  if (levels) {
    body.zh += messages.partWholeLevelsZh(levels.zh);
    body.en += messages.partWholeLevelsEn(levels.en);
  }
  return buildResult({
    family: 'part_whole_growth', figures: options.wholeLevel ? [...figures, options.wholeLevel] : figures, verdict,
    recomputed: null, reported: null, unit: 'percent', gap: p.point - w.point, gapUnit: 'pp', body, subject,
    headline: levels ? { zh: messages.partWholeLevelsHeadline(levels.zh).zh, en: messages.partWholeLevelsHeadline(levels.en).en } : now === null ? undefined : messages.partWholeHeadline(values),
    question: verdict === 'question' ? { zh: messages.partWholeQuestionZh(values), en: messages.partWholeQuestionEn(values) } : undefined,
  }, options);
}


/**
 * On the reading that `level` is the whole in the later year: the whole the year before (level ÷ (1
 * + growth)), the part's share in both years, and the rest in both years with its change. Point
 * values, for prose ("about"); `null` when the part is not given as levels in the level's unit.
 */
function onLevels(level: Figure, wholeName: Figure, part: GrowthTerm, whole: Evaluated): { zh: LevelsSentence; en: LevelsSentence } | null {
  if (isRateFigure(part)) return null;
  const [from, to] = [levelsOf(part.from), levelsOf(part.to)];
  if ([...from, ...to].some((figure) => figure.unit !== level.unit)) return null;
  const after = pointOf(level);
  const before = after / (1 + whole.point / 100);
  const [partBefore, partAfter] = [sumOf(from), sumOf(to)];
  const [restBefore, restAfter] = [before - partBefore, after - partAfter];
  if (!(before > 0) || !(after > 0) || restBefore === 0) return null;
  const write = (language: 'zh' | 'en'): LevelsSentence => ({
    level: figureText(level, language), whole: rateSubject(wholeName, language), part: rateSubject(growthSubject(part), language),
    shareBefore: formatValue((partBefore / before) * 100, 'percent', language), shareAfter: formatValue((partAfter / after) * 100, 'percent', language),
    restBefore: formatValue(restBefore, level.unit, language), restAfter: formatValue(restAfter, level.unit, language),
    restChange: formatValue(Math.abs((restAfter / restBefore - 1) * 100), 'percent', language), restFalls: restAfter < restBefore,
  });
  return { zh: write('zh'), en: write('en') };
}

/**
 * The bound on the rest's growth: with the part slower than the whole throughout their rounding,
 * the rest grows faster than the whole's lowest value; with the part faster, slower than its
 * highest. `null` when the two intervals meet (the rest may grow as the whole does).
 */
function restBound(whole: Interval, part: Interval): { faster: boolean; bound: Interval } | null {
  if (part.high < whole.low) return { faster: true, bound: { low: whole.low, high: Infinity } };
  if (part.low > whole.high) return { faster: false, bound: { low: -Infinity, high: whole.high } };
  return null;
}
