import { parse, tenthsInterval } from '../../quantity/parse.ts';
import { roundingInterval } from '../../quantity/rounding-interval.ts';
import { UNITS } from '../../quantity/units.ts';
import type { Interval } from '../../quantity/types.ts';
import type { Figure } from '../../report/types.ts';

/**
 * The interval of a figure's written digits alone, ignoring its qualifier: 4.5亿元以上 gives
 * [4.45亿, 4.55亿]. A count of whole things written without a scale word (25个, 3家以上) is taken
 * as exact: nobody rounds 26 teams to 25.
 */
export function writtenInterval(figure: Figure): Interval {
  let interval = bySurface.get(figure.surface);
  if (!interval) {
    const quantity = parse(figure.surface);
    const counted = UNITS.find((unit) => unit.code === quantity.unit)?.integer === true && quantity.scale === 1 && quantity.decimals === 0;
    // Tenths (三成) are rounded as tenths, not as the percentage they give (30).
    interval = counted ? { low: quantity.amount, high: quantity.amount } : quantity.unitText === '成' ? tenthsInterval(String(quantity.number / 10), 'exact')
      : roundingInterval(quantity.value, quantity.scale, 'exact', false);
    // A report has a few hundred surfaces; a run asks for the same ones again and again.
    if (bySurface.size > 10_000) bySurface.clear();
    bySurface.set(figure.surface, interval);
  }
  return figure.direction === 'down' ? { low: -interval.high, high: -interval.low } : { ...interval };
}

/** The written interval of each surface met so far (it depends on the surface alone). */
const bySurface = new Map<string, Interval>();
