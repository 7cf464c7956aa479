import type { Interval } from '../quantity/types.ts';
/**
 * An interval whose finite ends overflowed to the same infinity (1e308 × 10) is written as open on
 * that side and bounded by the largest double on the other: [MAX, ∞) or (-∞, -MAX], which still
 * holds the true value and stays a well-formed interval.
 */
export declare function overflowSafe(interval: Interval): Interval;
