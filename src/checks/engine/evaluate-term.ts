import { _impliedLevel } from '../../growth/implied-level.ts';
import { figureName } from '../../report/figure-name.ts';
import { realGrowthRefusal } from '../../growth/real-growth-refusal.ts';
import { percentRefusal } from '../../growth/percent-refusal.ts';
import { _intervalGrowth } from '../../interval/interval-growth.ts';
import { isNotComparable } from '../../interval/is-not-comparable.ts';
import { _multiplyIntervals } from '../../interval/multiply-intervals.ts';
import { pointOf } from '../../interval/point-of.ts';
import { toInterval } from '../../interval/to-interval.ts';
import type { NotComparable } from '../../interval/types.ts';
import { messages } from '../../messages/index.ts';
import type { Interval, UnitCode } from '../../quantity/types.ts';
import type { Figure } from '../../report/types.ts';
import type { Term } from '../types.ts';
import { figureText } from '../../report/figure-text.ts';
import { formatValue } from '../../text/format-value.ts';
import { sameUnit } from '../../quantity/same-unit.ts';

/** A term reduced to numbers, with the figures it came from and a description in both languages. */
export interface Evaluated {
  interval: Interval;
  point: number;
  unit: UnitCode;
  figures: Figure[];
  /** The term described, with its point value: `游客接待量4494万人次`. */
  zh: string;
  en: string;
}

const isFigure = (term: Term): term is Figure => 'id' in term;

/** Evaluates a term: a figure as it stands, or a derived level, growth or share; `not comparable` when it has no value. */
export function evaluateTerm(term: Term): Evaluated | NotComparable {
  if (isFigure(term)) {
    return {
      interval: toInterval(term), point: pointOf(term), unit: term.unit, figures: [term],
      zh: `${figureName(term, 'zh')}${figureText(term, 'zh')}`,
      en: `${figureName(term, 'en')} of ${figureText(term, 'en')}`,
    };
  }
  if ('grown' in term) {
    const interval = realGrowthRefusal(term.by) ?? percentRefusal(term.by) ?? _impliedLevel(toInterval(term.grown), toInterval(term.by));
    if (isNotComparable(interval)) return interval;
    const point = pointOf(term.grown) * (1 + pointOf(term.by) / 100);
    return {
      interval, point, unit: term.grown.unit, figures: [term.grown, term.by],
      zh: messages.termGrownZh(figureName(term.grown, 'zh'), term.grown.surface, term.by.surface, formatValue(point, term.grown.unit, 'zh')),
      en: messages.termGrownEn(figureName(term.grown, 'en'), figureText(term.grown, 'en'), figureText(term.by, 'en'), formatValue(point, term.grown.unit, 'en')),
    };
  }
  if ('from' in term) {
    if (!sameUnit(term.from.unit, term.to.unit)) {
      return { comparable: false, reason: 'units', message: messages.unitsDiffer(term.from.id, term.from.unit, term.to.id, term.to.unit) };
    }
    const interval = _intervalGrowth(toInterval(term.from), toInterval(term.to));
    if (isNotComparable(interval)) return interval;
    const point = (pointOf(term.to) / pointOf(term.from) - 1) * 100;
    return {
      interval, point, unit: 'percent', figures: [term.from, term.to],
      zh: messages.termGrowthZh(figureName(term.to, 'zh'), term.from.surface, term.to.surface, formatValue(point, 'percent', 'zh')),
      en: messages.termGrowthEn(figureName(term.to, 'en'), figureText(term.from, 'en'), figureText(term.to, 'en'), formatValue(point, 'percent', 'en')),
    };
  }
  const share = toInterval(term.share);
  const interval = _multiplyIntervals({ low: share.low / 100, high: share.high / 100 }, toInterval(term.of));
  const point = (pointOf(term.share) / 100) * pointOf(term.of);
  return {
    interval, point, unit: term.of.unit, figures: [term.share, term.of],
    zh: messages.termShareZh(figureName(term.share, 'zh'), term.share.surface, figureName(term.of, 'zh'), term.of.surface, formatValue(point, term.of.unit, 'zh')),
    en: messages.termShareEn(figureName(term.share, 'en'), figureText(term.share, 'en'), figureText(term.of, 'en'), formatValue(point, term.of.unit, 'en')),
  };
}
