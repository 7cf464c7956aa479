import type { NotComparable } from '../interval/types.ts';
import type { Interval } from '../quantity/types.ts';
import type { Figure } from '../report/types.ts';
/** The `not comparable` result for a real growth figure applied to a level, or `null` when the rate is not real. */
export declare function realGrowthRefusal(rate: number | Interval | Figure): NotComparable | null;
