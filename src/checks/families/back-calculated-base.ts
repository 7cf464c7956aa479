import { _impliedBase } from '../../growth/implied-base.ts';
import { figureName } from '../../report/figure-name.ts';
import { realGrowthRefusal } from '../../growth/real-growth-refusal.ts';
import { percentRefusal } from '../../growth/percent-refusal.ts';
import { toInterval } from '../../interval/to-interval.ts';
import { isNotComparable } from '../../interval/is-not-comparable.ts';
import { pointOf } from '../../interval/point-of.ts';
import { buildResult } from '../engine/build-result.ts';
import { figureText } from '../../report/figure-text.ts';
import { pointAndRange } from '../../text/format-interval.ts';
import { notComparableResult } from '../engine/not-comparable-result.ts';
import { messages } from '../../messages/index.ts';
import { UNITS } from '../../quantity/units.ts';
import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';

/**
 * Back-calculates the previous year's level from a level and its growth rate, and asks whether it
 * is plausible: a count must come from a whole number (6403户 after 18.1% growth must have grown
 * from some whole number between 5419.4 and 5423.9), and nothing can grow from a fall of 100%.
 * Real growth (comparable prices) cannot be back-calculated onto a nominal level: that result is
 * `not_comparable` with severity 0, a caveat rather than a finding.
 *
 * @param rate - The growth rate of the level.
 * @param level - The level reached.
 * @param options - See `CheckOptions`.
 * @returns The check result, with the implied base as `recomputed`.
 * @example
 * backCalculatedBase(fig('new_market_entities_growth_2023'), fig('new_market_entities_2023')).verdict
 * // => 'holds'
 * backCalculatedBase(fig('gdp_growth_2023'), fig('gdp_2023')).reason
 * // => 'real_vs_nominal'
 */
export function backCalculatedBase(rate: Figure, level: Figure, options: CheckOptions = {}): CheckResult {
  const figures = [rate, level];
  const base = realGrowthRefusal(rate) ?? percentRefusal(rate) ?? _impliedBase(toInterval(level), toInterval(rate));
  if (isNotComparable(base)) return notComparableResult('back_calculated_base', figures, base, options, base.reason === 'real_vs_nominal' ? 0 : undefined);
  const point = pointOf(level) / (1 + pointOf(rate) / 100);
  const counts = UNITS.find((unit) => unit.code === level.unit)?.integer === true && level.qualifier === 'exact' && rate.qualifier === 'exact';
  const whole = !counts || Math.ceil(base.low) <= Math.floor(base.high);
  const values = {
    nameZh: figureName(level, 'zh'), nameEn: figureName(level, 'en'), levelZh: figureText(level, 'zh'), levelEn: figureText(level, 'en'),
    rateZh: figureText(rate, 'zh'), rateEn: figureText(rate, 'en'), rateFalls: rate.direction === 'down',
    ...pointAndRange(point, base, level.unit),
  };
  return buildResult({
    family: 'back_calculated_base', figures, verdict: whole ? 'holds' : 'contradiction',
    recomputed: base, reported: null, unit: level.unit, gap: null, gapUnit: null,
    body: {
      zh: messages.backCalculatedZh(values) + (counts ? messages.backCalculatedWholeZh(whole) : ''),
      en: messages.backCalculatedEn(values) + (counts ? messages.backCalculatedWholeEn(whole) : ''),
    },
  }, options);
}
