import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { NotComparableError } from '../../src/errors/not-comparable-error.ts';
import { UnknownValueError } from '../../src/errors/unknown-value-error.ts';
import { annualisedGrowth } from '../../src/growth/annualised-growth.ts';
import { cagr } from '../../src/growth/cagr.ts';
import { compoundGrowth } from '../../src/growth/compound-growth.ts';
import { deriveGrowth } from '../../src/growth/derive-growth.ts';
import { growthRate } from '../../src/growth/growth-rate.ts';
import { impliedBase } from '../../src/growth/implied-base.ts';
import { impliedLevel } from '../../src/growth/implied-level.ts';
import { nominalGrowth } from '../../src/growth/nominal-growth.ts';
import { rateChange } from '../../src/growth/rate-change.ts';
import { realGrowth } from '../../src/growth/real-growth.ts';
import { isNotComparable } from '../../src/interval/is-not-comparable.ts';
import { figure, growth } from '../support/figure.ts';

const reasonOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof NotComparableError ? error.reason : 'other';
  }
  return undefined;
};

describe('growth helpers on plain numbers', () => {
  it('compute growth, implied levels and bases (hand-computed)', () => {
    // (9200 / 8477 − 1) × 100 = 723 / 8477 × 100 = 8.52896...
    expect(growthRate(8477, 9200)).toBeCloseTo(8.528960717, 8);
    // 8477 × 1.1 = 9324.7
    expect(impliedLevel(8477, 10)).toBeCloseTo(9324.7, 9);
    // 6403 / 1.181 = 5421.676...
    expect(impliedBase(6403, 18.1)).toBeCloseTo(5421.6765453, 6);
    // a fall: 100 → 90 is −10%
    expect(growthRate(100, 90)).toBeCloseTo(-10, 12);
  });

  it('compound and annualise, which are not sums and arithmetic means', () => {
    // 1.055 × 1.065 = 1.123575
    expect(compoundGrowth([5.5, 6.5])).toBeCloseTo(12.3575, 10);
    expect(compoundGrowth([])).toBe(0);
    // √(1.1 × 1.21) = 1.1 × √1.1 = 1.153690...
    expect(annualisedGrowth([10, 21])).toBeCloseTo(15.36897, 4);
    // (121 / 100)^(1/2) = 1.1
    expect(cagr(100, 121, 2)).toBeCloseTo(10, 10);
  });

  it('say percent and percentage points apart', () => {
    expect(rateChange(5.5, 6.5).points).toBeCloseTo(1, 12);
    // (6.5 / 5.5 − 1) × 100 = 18.1818...
    expect(rateChange(5.5, 6.5).percent).toBeCloseTo(18.181818, 5);
    expect(rateChange(0, 2)).toEqual({ points: 2, percent: null });
  });

  it('convert between real and nominal growth only with a deflator', () => {
    // 1.055 × 1.02 = 1.0761
    expect(nominalGrowth(5.5, 2)).toBeCloseTo(7.61, 10);
    expect(realGrowth(nominalGrowth(5.5, 2), 2)).toBeCloseTo(5.5, 10);
  });

  it('throw a typed error naming the reason for impossible inputs, never NaN or Infinity', () => {
    expect(reasonOf(() => growthRate(0, 5))).toBe('zero_base');
    expect(reasonOf(() => growthRate(-1, 5))).toBe('negative_base');
    expect(reasonOf(() => impliedLevel(100, -100))).toBe('rate_below_minus_100');
    expect(reasonOf(() => impliedBase(100, -120))).toBe('rate_below_minus_100');
    expect(reasonOf(() => compoundGrowth([-150]))).toBe('rate_below_minus_100');
    expect(reasonOf(() => annualisedGrowth([]))).toBe('no_period');
    expect(reasonOf(() => annualisedGrowth([-100]))).toBe('rate_below_minus_100');
    expect(reasonOf(() => cagr(100, 121, 0))).toBe('no_period');
    expect(reasonOf(() => cagr(0, 121, 2))).toBe('zero_base');
    expect(reasonOf(() => cagr(-5, 121, 2))).toBe('negative_base');
    expect(reasonOf(() => nominalGrowth(-100, 2))).toBe('rate_below_minus_100');
    expect(reasonOf(() => realGrowth(5, -100))).toBe('rate_below_minus_100');
    try {
      growthRate(0, 5);
    } catch (error) {
      expect((error as Error).message).toMatch(/base of 0/);
      expect((error as Error).message).toMatch(/difference instead/);
    }
  });
});

describe('growth helpers on figures and intervals', () => {
  it('carry rounding through', () => {
    // 22.2亿 [22.15, 22.25] over 20.2亿 [20.15, 20.25]: [22.15/20.25 − 1, 22.25/20.15 − 1] = [9.383%, 10.422%]
    const investment = growthRate(figure('20.2亿元'), figure('22.2亿元'));
    if (isNotComparable(investment)) throw new Error('expected an interval');
    expect(investment.low).toBeCloseTo((22.15 / 20.25 - 1) * 100, 9);
    expect(investment.high).toBeCloseTo((22.25 / 20.15 - 1) * 100, 9);
  });

  it('leave an interval open where a qualifier opens it', () => {
    // 8477万 × (1 + [9.5%, ∞)) = [8476.5万 × 1.095, ∞)
    const level = impliedLevel(figure('8477万元'), growth('10%以上'));
    if (isNotComparable(level)) throw new Error('expected an interval');
    expect(level.low).toBeCloseTo(84765000 * 1.095, 3);
    expect(level.high).toBe(Infinity);
  });

  it('refuse to turn real growth into nominal levels', () => {
    const real = growth('5.5%', { basis: ['real'] });
    for (const result of [impliedLevel(figure('273.46亿元'), real), impliedBase(figure('273.46亿元'), real)]) {
      expect(isNotComparable(result) && result.reason).toBe('real_vs_nominal');
      expect(isNotComparable(result) && result.message).toMatch(/nominalGrowth/);
    }
  });

  it('return not comparable for a zero base or a fall of 100% and more', () => {
    const zero = growthRate({ low: 0, high: 0 }, figure('5个'));
    expect(isNotComparable(zero) && zero.reason).toBe('zero_base');
    // 下降120% is [-120.5, -119.5]: every reading falls past -100%.
    const allGone = impliedBase(figure('5个'), growth('120%', { direction: 'down' }));
    expect(isNotComparable(allGone) && allGone.reason).toBe('rate_below_minus_100');
    // 下降100% is [-100.5, -99.5]: -99.5% is possible, and leaves a base of at least 4.5 ÷ 0.005 = 900, without bound.
    const nearlyGone = impliedBase(figure('5个'), growth('100%', { direction: 'down' }));
    expect(isNotComparable(nearlyGone) ? null : [nearlyGone.low, nearlyGone.high]).toEqual([expect.closeTo(4.5 / 0.005, 9), Infinity]);
    // 3%以内 is (-∞, 3.5]: the level 100 came from at least 100 ÷ 1.035, and from any larger base.
    const openBelow = impliedBase({ low: 100, high: 100 }, growth('3%以内'));
    expect(isNotComparable(openBelow)).toBe(false);
    expect(openBelow).toEqual({ low: 100 / 1.035, high: Infinity });
    // impliedLevel from 100 by (-∞, 3.5]: the level can fall to 0 but not below.
    expect(impliedLevel({ low: 100, high: 100 }, growth('3%以内'))).toEqual({ low: 0, high: expect.closeTo(103.5, 9) });
    const impossible = impliedLevel({ low: 100, high: 100 }, growth('120%', { direction: 'down' }));
    expect(isNotComparable(impossible) && impossible.reason).toBe('rate_below_minus_100');
  });
});

describe('deriveGrowth on Arquero columns', () => {
  it('adds a growth column and a problem column, keeping every row', () => {
    const input = aq.table({ name: ['a', 'b', 'c', 'd', 'e'], y1: [100, 0, -5, null, 50], y2: [110, 3, 5, 4, 'x'] });
    const out = deriveGrowth(input, { from: 'y1', to: 'y2', as: 'g' }).objects() as Record<string, unknown>[];
    expect(out).toHaveLength(5);
    expect(out[0]?.g).toBeCloseTo(10, 10);
    expect(out.map((row) => row.g === null)).toEqual([false, true, true, true, true]);
    expect(out.map((row) => row.g_problem)).toEqual([
      null, 'zero base (0)', 'negative base (-5)', '"y1" is not a number (missing)', '"y2" is not a number ("x")',
    ]);
    expect(input.columnNames()).toEqual(['name', 'y1', 'y2']);
  });

  it('throws a typed error naming a missing column and its nearest match', () => {
    const input = aq.table({ y2023: [1], y2024: [2] });
    expect(() => deriveGrowth(input, { from: 'y2022', to: 'y2024' })).toThrow(UnknownValueError);
    expect(() => deriveGrowth(input, { from: 'y2022', to: 'y2024' })).toThrow(/Did you mean "y2023"/);
  });
});
