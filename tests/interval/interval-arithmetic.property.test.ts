import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addIntervals } from '../../src/interval/add-intervals.ts';
import { divideIntervals } from '../../src/interval/divide-intervals.ts';
import { intervalGrowth } from '../../src/interval/interval-growth.ts';
import { isNotComparable } from '../../src/interval/is-not-comparable.ts';
import { multiplyIntervals } from '../../src/interval/multiply-intervals.ts';
import { subtractIntervals } from '../../src/interval/subtract-intervals.ts';
import type { Interval } from '../../src/quantity/types.ts';

/** Reproducible: FUZZ_SEED and FUZZ_RUNS override the defaults (e.g. FUZZ_RUNS=100000 for a long run). */
const SEED = Number(process.env.FUZZ_SEED ?? 20240131);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const settings = { seed: SEED, numRuns: RUNS };

const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });
/** An interval, sometimes open on one side, and a point inside it. */
const intervalWithPoint = fc.tuple(finite, finite, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('closed', 'open-low', 'open-high'))
  .map(([a, b, t, shape]) => {
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    // clamped: with subnormal ends, low + (high - low) × t can round to a value outside them
    const point = Math.min(high, Math.max(low, low + (high - low) * t));
    const interval: Interval = shape === 'open-low' ? { low: -Infinity, high } : shape === 'open-high' ? { low, high: Infinity } : { low, high };
    return { interval, point };
  });

/** A result contains a value, allowing for the rounding of doubles. */
function holds(result: Interval, value: number): void {
  expect(Number.isNaN(result.low) || Number.isNaN(result.high)).toBe(false);
  expect(result.low <= result.high).toBe(true);
  if (!Number.isFinite(value)) {
    // the double overflowed: the interval must reach that side (open, or the largest double)
    expect(value > 0 ? result.high === Infinity : result.low === -Infinity, `${JSON.stringify(result)} ∌ ${value}`).toBe(true);
    return;
  }
  const slack = 1e-9 * Math.max(1, Math.abs(value));
  expect(result.low - slack <= value && value <= result.high + slack, `${JSON.stringify(result)} ∌ ${value}`).toBe(true);
}

describe('interval arithmetic, property-based: the result holds every combination of values inside the operands', () => {
  it('adds, subtracts and multiplies', () => {
    fc.assert(fc.property(intervalWithPoint, intervalWithPoint, (a, b) => {
      holds(addIntervals(a.interval, b.interval), a.point + b.point);
      holds(subtractIntervals(a.interval, b.interval), a.point - b.point);
      holds(multiplyIntervals(a.interval, b.interval), a.point * b.point);
    }), settings);
  });

  it('divides, or says plainly that the divisor may be zero', () => {
    fc.assert(fc.property(intervalWithPoint, intervalWithPoint, (a, b) => {
      const result = divideIntervals(a.interval, b.interval);
      if (isNotComparable(result)) {
        expect(result.reason).toBe('zero_base');
        expect(b.interval.low <= 0 && b.interval.high >= 0).toBe(true);
      } else {
        holds(result, a.point / b.point);
      }
    }), settings);
  });

  it('computes growth over positive bases, and refuses a base that is not positive', () => {
    fc.assert(fc.property(intervalWithPoint, intervalWithPoint, (from, to) => {
      const result = intervalGrowth(from.interval, to.interval);
      if (isNotComparable(result)) {
        expect(['zero_base', 'negative_base']).toContain(result.reason);
        expect(from.interval.low <= 0).toBe(true);
      } else if (from.point > 0) {
        holds(result, (to.point / from.point - 1) * 100);
      }
    }), settings);
  });
});
