import { _intervalGrowth } from '../../interval/interval-growth.ts';
import { isNotComparable } from '../../interval/is-not-comparable.ts';
import { pointOf } from '../../interval/point-of.ts';
import { _sumIntervals } from '../../interval/sum-intervals.ts';
import { toInterval } from '../../interval/to-interval.ts';
import type { NotComparable } from '../../interval/types.ts';
import { messages } from '../../messages/index.ts';
import { sameUnit } from '../../quantity/same-unit.ts';
import { figureName } from '../../report/figure-name.ts';
import { figureText } from '../../report/figure-text.ts';
import type { Figure } from '../../report/types.ts';
import { formatValue } from '../../text/format-value.ts';
import type { GrowthTerm } from '../types.ts';
import { evaluateTerm, type Evaluated } from './evaluate-term.ts';
import { percentRefusal } from '../../growth/percent-refusal.ts';

/** Whether a growth term is a growth figure (rather than `{ from, to }` levels). */
export const isRateFigure = (term: GrowthTerm): term is Figure => 'id' in term;

/** The levels of one side of a growth term: one level, or the levels summed. */
export const levelsOf = (side: Figure | readonly Figure[]): readonly Figure[] => ('id' in side ? [side] : side);

/** The sum of levels, signed (a fall counts as negative). */
export const sumOf = (levels: readonly Figure[]): number => levels.reduce((total, figure) => total + pointOf(figure), 0);

/** The figures a growth term is made of, in order: the rate, or the levels from, then to. */
export const growthFigures = (term: GrowthTerm): Figure[] => (isRateFigure(term) ? [term] : [...levelsOf(term.from), ...levelsOf(term.to)]);

/** The figure a growth term is named after: the rate, or a level that stands alone (from before to), else the first level it grows to. */
export function growthSubject(term: GrowthTerm): Figure {
  if ('id' in term) return term;
  const from = levelsOf(term.from);
  const to = levelsOf(term.to);
  return (from.length === 1 ? from[0] : to.length === 1 ? to[0] : to[0] ?? from[0]) as Figure;
}

/** The year a growth term is for: the rate's, or the year of the levels it grows to. */
export function growthYear(term: GrowthTerm): number | null {
  if ('id' in term) return term.year;
  return levelsOf(term.to).find((figure) => figure.year !== null)?.year ?? null;
}

/**
 * A growth rate as numbers: a growth figure (in percent), or the growth between two levels, where
 * either side may be a sum of levels (25 municipal and 78 district key projects' investment against
 * the investment of the 103 key projects a year before). Levels of different units, an empty side
 * or a zero base are `not comparable`.
 */
export function growthOf(term: GrowthTerm): Evaluated | NotComparable {
  if ('id' in term) return percentRefusal(term) ?? evaluateTerm(term);
  const from = levelsOf(term.from);
  const to = levelsOf(term.to);
  const all = [...from, ...to];
  const first = all[0];
  if (!first || from.length === 0 || to.length === 0) return { comparable: false, reason: 'no_period', message: messages.growthNeedsLevels() };
  const other = all.find((figure) => !sameUnit(figure.unit, first.unit));
  if (other) return { comparable: false, reason: 'units', message: messages.unitsDiffer(first.id, first.unit, other.id, other.unit) };
  const interval = _intervalGrowth(_sumIntervals(from.map(toInterval)), _sumIntervals(to.map(toInterval)));
  if (isNotComparable(interval)) return interval;
  const point = (sumOf(to) / sumOf(from) - 1) * 100;
  const text = (side: readonly Figure[], language: 'zh' | 'en') => side.map((figure) => figureText(figure, language)).join(' + ');
  const name = growthSubject(term);
  return {
    interval, point, unit: 'percent', figures: all,
    zh: messages.termGrowthZh(figureName(name, 'zh'), text(from, 'zh'), text(to, 'zh'), formatValue(point, 'percent', 'zh')),
    en: messages.termGrowthEn(figureName(name, 'en'), text(from, 'en'), text(to, 'en'), formatValue(point, 'percent', 'en')),
  };
}
