import { describe, expect, it } from 'vitest';
import { backCalculatedBase } from '../../../src/checks/families/back-calculated-base.ts';
import { fig } from '../../../src/report/fig.ts';
import { figure, growth } from '../../support/figure.ts';

describe('backCalculatedBase', () => {
  it('back-calculates the previous year with rounding', () => {
    // 70.9亿 / 1.163: [70.85 / 1.1635, 70.95 / 1.1625] = [60.894亿, 61.032亿]
    const result = backCalculatedBase(fig('ecommerce_sales_growth_2023'), fig('ecommerce_sales_2023'));
    expect(result.verdict).toBe('holds');
    expect(result.recomputed?.low).toBeCloseTo(70.85e8 / 1.1635, 0);
    expect(result.recomputed?.high).toBeCloseTo(70.95e8 / 1.1625, 0);
    // 70.9亿 / 1.163 = 60.963亿: three significant figures in prose (61.0 written 61), the range outward to tell its ends apart
    expect(result.explanation_zh).toContain('约为61亿元');
    expect(result.explanation_zh).toContain('60.89亿元至61.04亿元');
  });

  it('requires a whole number for a count', () => {
    // 6403 / [1.1805, 1.1815] = [5419.38, 5423.98]: holds 5420…5423
    expect(backCalculatedBase(fig('new_market_entities_growth_2023'), fig('new_market_entities_2023')).verdict).toBe('holds');
    // 10 / [1.3235, 1.3245] = [7.5500, 7.5557]: no whole number
    const result = backCalculatedBase(growth('32.4%'), figure('10个'));
    expect(result.verdict).toBe('contradiction');
    expect(result.explanation_en).toContain('no whole number');
  });

  it('leaves an open side open', () => {
    // "10%以上" → base at most 4494.5万 / 1.095
    const result = backCalculatedBase(fig('tourism_arrivals_revenue_growth_2023'), fig('tourist_arrivals_2023'));
    expect(result.recomputed?.high).toBeCloseTo(44945000 / 1.095, 3);
    expect(result.recomputed?.low).toBe(0);
  });

  it('is a caveat, not a finding, for real growth on a nominal level', () => {
    const result = backCalculatedBase(fig('gdp_growth_2023'), fig('gdp_2023'));
    expect([result.verdict, result.reason, result.severity, result.newsworthiness]).toEqual(['not_comparable', 'real_vs_nominal', 0, 0]);
  });

  it('is not comparable for a fall of more than 100%', () => {
    // 下降120% is [-120.5, -119.5]: no reading leaves anything to grow from.
    const result = backCalculatedBase(growth('120%', { direction: 'down' }), figure('5亿元'));
    expect([result.verdict, result.reason]).toEqual(['not_comparable', 'rate_below_minus_100']);
  });

  it('leaves the base open above for a rate open below, and says so without infinities', () => {
    // 100亿 after growth of 3%以内, (-∞, 3.5]: the base was at least 99.5亿 ÷ 1.035 = 96.135亿 (written down at three figures: 96.1亿), with no upper bound.
    const result = backCalculatedBase(growth('3%以内'), figure('100亿元'));
    expect(result.recomputed?.low).toBeCloseTo(9950000000 / 1.035, 0);
    expect(result.recomputed?.high).toBe(Infinity);
    expect(result.explanation_zh).toContain('96.1亿元以上');
    expect(result.explanation_en).toContain('at least 9.61 billion yuan');
    expect(result.explanation_en).not.toMatch(/Infinity|∞|NaN/);
  });

  it('writes a fall as a fall, not as growth', () => {
    const result = backCalculatedBase(growth('5%', { direction: 'down' }), figure('100亿元'));
    expect(result.explanation_zh).toContain('、下降5%,');
    expect(result.explanation_zh).not.toContain('增长下降');
    expect(result.explanation_en).toContain('after a fall of 5%');
  });
});
