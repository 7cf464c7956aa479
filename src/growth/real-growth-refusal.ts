import type { NotComparable } from '../interval/types.ts';
import { messages } from '../messages/index.ts';
import type { Interval } from '../quantity/types.ts';
import type { Figure } from '../report/types.ts';

/** The `not comparable` result for a real growth figure applied to a level, or `null` when the rate is not real. */
export function realGrowthRefusal(rate: number | Interval | Figure): NotComparable | null {
  if (typeof rate !== 'object' || !('id' in rate) || !rate.basis.includes('real')) return null;
  return { comparable: false, reason: 'real_vs_nominal', message: messages.realGrowthOnLevel(rate.id, rate.surface) };
}
