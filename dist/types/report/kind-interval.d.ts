import type { Interval } from '../quantity/types.ts';
import type { Kind } from './types.ts';
/**
 * The interval a quantity of this kind stands for: its rounding interval, with the lower end raised
 * to 0 for kinds that cannot be negative (so `20%以内` as a share is [0, 20.5], not (-∞, 20.5]).
 */
export declare function kindInterval(interval: Interval, kind: Kind): Interval;
