import { pointOf } from '../../interval/point-of.ts';
import { figureName } from '../../report/figure-name.ts';
import { toInterval } from '../../interval/to-interval.ts';
import { figureText } from '../../report/figure-text.ts';
import { buildResult } from '../engine/build-result.ts';
import { messages } from '../../messages/index.ts';
import { UNITS } from '../../quantity/units.ts';
import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';

/** Kinds whose percentages are parts of a whole and so cannot exceed 100%. */
const BOUNDED = ['rate', 'share'];

/**
 * Checks that a figure can exist at all: a rate or share cannot exceed 100%, a count or amount
 * cannot be negative, and nothing can fall by more than 100%. "100%以上" for a rate is a `tension`:
 * it holds only if 以上 is read as "at least", i.e. exactly 100%.
 *
 * @param figure - The figure.
 * @param options - See `CheckOptions`.
 * @returns The check result: `reported` is the figure's interval, `recomputed` the possible range.
 * @example
 * impossibleValue(fig('rural_waste_treatment_rate_2024')).verdict
 * // => 'tension'
 * impossibleValue(fig('air_quality_good_rate_2023')).verdict
 * // => 'holds'
 */
export function impossibleValue(figure: Figure, options: CheckOptions = {}): CheckResult {
  const interval = toInterval(figure);
  const point = pointOf(figure);
  // The indicator often names the fall itself (压缩, 下降, cut), so the direction is marked apart, never doubled.
  const falls = figure.direction === 'down';
  const name = {
    zh: `${figureName(figure, 'zh')}${figure.surface}${messages.fallMarkZh(falls)}`,
    en: `${figureName(figure, 'en')} of ${figureText({ ...figure, direction: null }, 'en')}${messages.fallMarkEn(falls)}`,
  };
  let possible = { low: -Infinity, high: Infinity };
  if (figure.unit === 'percent' && BOUNDED.includes(figure.kind)) possible = { low: 0, high: 100 };
  else if (figure.unit === 'percent' && figure.kind === 'growth') possible = { low: -100, high: Infinity };
  else if (UNITS.find((unit) => unit.code === figure.unit)?.signed === false) possible = { low: 0, high: Infinity };
  const outside = interval.low > possible.high || interval.high < possible.low;
  const onlyAtBound = !outside && (
    (point >= possible.high && figure.qualifier !== 'exact' && figure.qualifier !== 'at_most') ||
    (point > possible.high));
  const verdict = outside ? 'contradiction' : onlyAtBound ? 'tension' : 'holds';
  const limit = point >= possible.high ? possible.high : possible.low;
  return buildResult({
    family: 'impossible_value', figures: [figure], verdict, recomputed: possible, reported: interval, unit: figure.unit,
    gap: verdict === 'holds' ? null : point - limit, gapUnit: figure.unit === 'percent' ? 'pp' : null,
    body: {
      zh: verdict === 'holds' ? messages.impossibleValueHoldsZh(name.zh) : verdict === 'tension' ? messages.impossibleValueAtBoundZh(name.zh, limit) : messages.impossibleValueOutsideZh(name.zh, limit),
      en: verdict === 'holds' ? messages.impossibleValueHoldsEn(name.en) : verdict === 'tension' ? messages.impossibleValueAtBoundEn(name.en, limit) : messages.impossibleValueOutsideEn(name.en, limit),
    },
    assumption: verdict === 'tension' ? { zh: messages.atBoundAssumptionZh(figure.surface), en: messages.atBoundAssumptionEn(figureText(figure, 'en')) } : null,
  }, options);
}
