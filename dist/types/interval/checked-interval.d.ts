import type { Interval } from '../quantity/types.ts';
/**
 * The interval, when it is one: two numbers, neither NaN, low ≤ high (±Infinity for open ends);
 * otherwise a `NOT_AN_INTERVAL` error naming it. Interval arithmetic checks its operands here, so a
 * NaN never travels silently into a result.
 */
export declare function checkedInterval(value: unknown, name: string): Interval;
