import type { NotComparable } from '../interval/types.ts';
import { messages } from '../messages/index.ts';
import type { Interval } from '../quantity/types.ts';
import type { Figure } from '../report/types.ts';

/**
 * The `not comparable` result for a growth rate that is not in percent (a figure of 万元 or of
 * 个百分点 handed over as a rate), or `null` when it is: growth between a level and a sum of money
 * means nothing, and the check says which units met rather than computing.
 */
export function percentRefusal(rate: number | Interval | Figure): NotComparable | null {
  // A plain number or interval carries no unit to check.
  if (typeof rate !== 'object' || rate === null || !('id' in rate) || rate.unit === 'percent') return null;
  return { comparable: false, reason: 'units', message: messages.rateNotPercent(rate.id, rate.unit) };
}
