import { describe, expect, it } from 'vitest';
import { growthVsLevels } from '../../../src/checks/families/growth-vs-levels.ts';
import { figure, growth } from '../../support/figure.ts';

describe('growthVsLevels', () => {
  it('holds when the recomputed rate rounds to the stated one', () => {
    // 110 / 100 − 1 = 10% exactly; "10%" stands for [9.5, 10.5]
    const result = growthVsLevels(growth('10%'), figure('100亿元'), figure('110亿元'));
    expect(result.verdict).toBe('holds');
    expect(result.gap).toBeCloseTo(0, 10);
    expect(result.gap_unit).toBe('pp');
    expect(result.family).toBe('growth_vs_levels');
  });

  it('holds only within rounding when the written figures disagree but their intervals meet', () => {
    // 110.4 / 100 − 1 = 10.4%, stated 10.9% [10.85, 10.95]; intervals: [110.35/100.05 − 1, 110.45/99.95 − 1] = [10.295%, 10.505%]
    // do not meet 10.85 → contradiction; with 10.5% [10.45, 10.55] they meet at [10.45, 10.505] → within rounding
    expect(growthVsLevels(growth('10.9%'), figure('100.0亿元'), figure('110.4亿元')).verdict).toBe('contradiction');
    const result = growthVsLevels(growth('10.5%'), figure('100.0亿元'), figure('110.4亿元'));
    expect(result.verdict).toBe('holds_within_rounding');
    expect(result.recomputed?.low).toBeCloseTo((110.35 / 100.05 - 1) * 100, 9);
    expect(result.recomputed?.high).toBeCloseTo((110.45 / 99.95 - 1) * 100, 9);
    expect(result.gap).toBeCloseTo(0.1, 3);
  });

  it('treats an open qualifier as open: "10%以上" is met by any growth from 9.5%', () => {
    expect(growthVsLevels(growth('10%以上'), figure('100亿元'), figure('125亿元')).verdict).toBe('holds');
    expect(growthVsLevels(growth('10%以上'), figure('100亿元'), figure('105亿元')).verdict).toBe('contradiction');
  });

  it('is not comparable for a zero base, real growth, or different units', () => {
    const zero = growthVsLevels(growth('10%'), figure('0亿元'), figure('5亿元'));
    expect([zero.verdict, zero.reason, zero.gap]).toEqual(['not_comparable', 'zero_base', null]);
    const real = growthVsLevels(growth('5%', { basis: ['real'] }), figure('100亿元'), figure('105亿元'));
    expect([real.verdict, real.reason, real.severity]).toEqual(['not_comparable', 'real_vs_nominal', 0]);
    const units = growthVsLevels(growth('5%'), figure('100亿元'), figure('105万人'));
    expect([units.verdict, units.reason]).toEqual(['not_comparable', 'units']);
  });

  it('recomputes a fall as negative growth', () => {
    // 90 / 100 − 1 = −10%; stated "下降10%" (direction down)
    const result = growthVsLevels(growth('10%', { direction: 'down' }), figure('100亿元'), figure('90亿元'));
    expect(result.verdict).toBe('holds');
    expect(result.explanation_zh).toContain('降幅为10%');
  });
});
