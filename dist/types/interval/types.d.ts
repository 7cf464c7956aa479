import type { Interval } from '../quantity/types.ts';
/**
 * Why two quantities cannot be compared or combined:
 *
 * - `zero_base`: a growth rate or a quotient over a base that is (or may be) zero;
 * - `negative_base`: a growth rate over a negative base;
 * - `rate_below_minus_100`: a growth rate of −100% or less, which leaves nothing to grow from;
 * - `real_vs_nominal`: a real growth rate (comparable prices) set against nominal levels;
 * - `units`: quantities in different units;
 * - `scope`: figures whose definitions differ (the claims data marks the link `scope` = `differs`);
 * - `ambiguous`: the text can be read in more than one way, and the readings disagree;
 * - `no_period`: a growth over no years, or an average of no rates.
 */
export type NotComparableReason = 'zero_base' | 'negative_base' | 'rate_below_minus_100' | 'real_vs_nominal' | 'units' | 'scope' | 'ambiguous' | 'no_period';
/** The result of an operation that has no meaningful answer for its inputs, with the reason. */
export interface NotComparable {
    comparable: false;
    reason: NotComparableReason;
    /** A sentence naming the offending value and what to do. */
    message: string;
}
/** An interval, or the reason there is none. */
export type IntervalResult = Interval | NotComparable;
