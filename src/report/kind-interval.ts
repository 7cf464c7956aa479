import type { Interval } from '../quantity/types.ts';
import type { Kind } from './types.ts';

/** Kinds whose values cannot be negative whatever their unit: a share or a rate of 以内 starts at 0, not at -∞. */
const NON_NEGATIVE: readonly Kind[] = ['share', 'rate', 'ratio', 'count', 'duration'];

/**
 * The interval a quantity of this kind stands for: its rounding interval, with the lower end raised
 * to 0 for kinds that cannot be negative (so `20%以内` as a share is [0, 20.5], not (-∞, 20.5]).
 */
export function kindInterval(interval: Interval, kind: Kind): Interval {
  return NON_NEGATIVE.includes(kind) && interval.low < 0 ? { low: 0, high: interval.high } : interval;
}
