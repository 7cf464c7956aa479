import type { NotComparable } from '../interval/types.ts';
import { messages } from '../messages/index.ts';
import { sameUnit } from '../quantity/same-unit.ts';
import type { Interval } from '../quantity/types.ts';
import type { Figure } from '../report/types.ts';

const isFigure = (value: number | Interval | Figure): value is Figure => typeof value === 'object' && value !== null && 'id' in value;

/**
 * The `not comparable` result for two figures that cannot be one quantity at two times (people
 * against money, a level against a rate), or `null` when they can, or when either is a plain number
 * or interval (which carries no unit to compare).
 */
export function levelsRefusal(from: number | Interval | Figure, to: number | Interval | Figure): NotComparable | null {
  if (!isFigure(from) || !isFigure(to) || sameUnit(from.unit, to.unit)) return null;
  return { comparable: false, reason: 'units', message: messages.unitsDiffer(from.id, from.unit, to.id, to.unit) };
}


/** The `not comparable` result for a level given as a figure that is a growth rate or a change in points (a rate grown by a rate), or `null`. */
export function levelRefusal(level: number | Interval | Figure): NotComparable | null {
  if (!isFigure(level) || (level.kind !== 'growth' && level.unit !== 'pp' && level.unit !== 'bp')) return null;
  return { comparable: false, reason: 'units', message: messages.notALevel(level.id, level.surface) };
}
