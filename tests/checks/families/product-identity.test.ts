import { describe, expect, it } from 'vitest';
import { productIdentity } from '../../../src/checks/families/product-identity.ts';
import { fig } from '../../../src/report/fig.ts';
import { figure, growth } from '../../support/figure.ts';

describe('productIdentity', () => {
  it('finds 2023 tourism revenue far below arrivals × spending per visitor', () => {
    // 4494万 × 1003 = 450.7482亿; rounding: [4493.5万 × 1002.5, 4494.5万 × 1003.5] = [450.473亿, 451.023亿]; reported [216.5亿, 217.5亿]
    const result = productIdentity([fig('tourist_arrivals_2023'), fig('tourism_spend_per_visitor_2023')], fig('tourism_revenue_2023'));
    expect(result.verdict).toBe('contradiction');
    expect(result.recomputed).toEqual({ low: 44935000 * 1002.5, high: 44945000 * 1003.5 });
    // gap 217亿 / 450.7482亿 = 0.48142
    expect(result.gap).toBeCloseTo(217e8 / (44940000 * 1003), 4);
    // three significant figures in prose: 450.7482亿 is written 451亿
    expect(result.explanation_zh).toContain('乘积约为451亿元');
    expect(result.explanation_zh).toContain('48.1%');
  });

  it('finds the 2024 revenue target below the product of the arrivals and spending targets', () => {
    // arrivals 4494万 × 1.1 = 4943.4万; × 1100 = 543.774亿 vs 220亿
    // low end: 4493.5万 × 1.095 × 1099.5 = 541.0亿 (以上 opens the top)
    const result = productIdentity(
      [{ grown: fig('tourist_arrivals_2023'), by: fig('tourist_arrivals_growth_2024_target') }, fig('tourism_spend_per_visitor_2024_target')],
      fig('tourism_revenue_2024_target'),
    );
    expect(result.verdict).toBe('contradiction');
    expect(result.recomputed?.low).toBeCloseTo(44935000 * 1.095 * 1099.5, 0);
    expect(result.recomputed?.high).toBe(Infinity);
    expect(result.gap).toBeCloseTo(220e8 / (44940000 * 1.1 * 1100), 4);
  });

  it('calls a total below the product a tension when the per-head factor may be per head of a narrower group', () => {
    // 10亿 against 100万人次 × 2000元 = 20亿: the group must be 10亿 / 20亿 = 50% of arrivals,
    // [9.5亿 / (100.5万 × 2000.5), 10.5亿 / (99.5万 × 1999.5)] = [47.25%, 52.78%] with rounding
    const subgroup = { zh: '过夜游客', en: 'overnight visitors' };
    const below = productIdentity([figure('100万人次'), figure('2000元')], figure('10亿元'), { subgroup });
    expect(below.verdict).toBe('tension');
    // written outward at three figures: the low end down, the high end up (47.2% to 52.8%)
    const low = Math.floor((9.5e8 / (1005000 * 2000.5)) * 1000) / 10;
    const high = Math.ceil((10.5e8 / (995000 * 1999.5)) * 1000) / 10;
    expect(below.assumption_en).toBe(`the per-head figure is per head of overnight visitors only, who would make up from ${low}% to ${high}% of the total`);
    expect(below.assumption_zh).toContain(`${low}%至${high}%`);
    // 30亿 is above the product: no narrower group raises it, so it stays a contradiction
    expect(productIdentity([figure('100万人次'), figure('2000元')], figure('30亿元'), { subgroup }).verdict).toBe('contradiction');
    // without the option the product is taken as written
    expect(productIdentity([figure('100万人次'), figure('2000元')], figure('10亿元')).verdict).toBe('contradiction');
  });

  it('holds for an exact product, and within rounding for a rounded one', () => {
    // 200万人次 × 500元 = 10亿元
    expect(productIdentity([figure('200万人次'), figure('500元')], figure('10亿元')).verdict).toBe('holds');
    // 2.04 × 3.06 = 6.2424; intervals [2.035 × 3.055, 2.045 × 3.065] = [6.2169, 6.2679]
    // written as 6.22 [6.215, 6.225]: the point is outside, the intervals meet → within rounding
    expect(productIdentity([figure('2.04'), figure('3.06')], figure('6.22')).verdict).toBe('holds_within_rounding');
    // written as 6.21 [6.205, 6.215]: below 6.2169 → contradiction
    expect(productIdentity([figure('2.04'), figure('3.06')], figure('6.21')).verdict).toBe('contradiction');
  });

  it('passes on a factor that cannot be evaluated', () => {
    const result = productIdentity([{ grown: figure('100亿元'), by: growth('5%', { basis: ['real'] }) }, figure('2')], figure('210亿元'));
    expect([result.verdict, result.reason]).toEqual(['not_comparable', 'real_vs_nominal']);
  });
});
