import { describe, expect, it } from 'vitest';
import { totalVsComponents } from '../../../src/checks/families/total-vs-components.ts';
import { FactcheckError } from '../../../src/errors/factcheck-error.ts';
import { fig } from '../../../src/report/fig.ts';
import { growth } from '../../support/figure.ts';

const sectors = ['primary_industry_va_growth_2023', 'industry_va_growth_2023', 'construction_va_growth_2023', 'services_va_growth_2023'];

describe('totalVsComponents', () => {
  it('finds 2023 GDP growth between its sectors', () => {
    // sectors 4.8, 6.2, 6.3, 5.1 → between 4.8 and 6.3; GDP 5.5
    const result = totalVsComponents(fig('gdp_growth_2023'), sectors.map((id) => fig(id)));
    expect(result.verdict).toBe('holds');
    expect(result.recomputed).toEqual({ low: 4.75, high: 6.35 });
    expect(result.gap).toBe(0);
  });

  it('finds a total outside its components a contradiction, within rounding at the edge', () => {
    // components 5%, 6% → [4.5, 6.5] by rounding, [5, 6] as written
    expect(totalVsComponents(growth('7%'), [growth('5%'), growth('6%')]).verdict).toBe('holds_within_rounding');
    const outside = totalVsComponents(growth('7.6%'), [growth('5%'), growth('6%')]);
    expect(outside.verdict).toBe('contradiction');
    expect(outside.gap).toBeCloseTo(1.6, 10);
  });

  it('multiplies growth factors for a product: 2024 tourism revenue against arrivals and spending', () => {
    // (1.10 × 1100/1003) − 1 = 20.638%; revenue 220/217 − 1 = 1.382%; gap 1.382 − 20.638 = −19.256 pp
    const result = totalVsComponents(
      { from: fig('tourism_revenue_2023'), to: fig('tourism_revenue_2024_target') },
      [fig('tourist_arrivals_growth_2024_target'), { from: fig('tourism_spend_per_visitor_2023'), to: fig('tourism_spend_per_visitor_2024_target') }],
      { relation: 'product' },
    );
    expect(result.verdict).toBe('contradiction');
    expect(result.gap).toBeCloseTo((220 / 217 - 1) * 100 - (1.1 * (1100 / 1003) - 1) * 100, 3);
    // lowest product growth ("10%" stands for [9.5%, 10.5%]): 1.095 × 1099.5/1003.5 − 1
    expect(result.recomputed?.low).toBeCloseTo((1.095 * (1099.5 / 1003.5) - 1) * 100, 8);
    expect(result.recomputed?.high).toBe(Infinity);
  });

  it('stops a growth factor open below at zero: a component of 3%以内 cannot fall past -100%', () => {
    // factors [0, 1.035] × [1.015, 1.025] = [0, 1.060875] → growth [-100%, 6.0875%]; the total 5% lies inside
    const result = totalVsComponents(growth('5%'), [growth('3%以内'), growth('2%')], { relation: 'product' });
    expect(result.recomputed?.low).toBe(-100);
    expect(result.recomputed?.high).toBeCloseTo((1.035 * 1.025 - 1) * 100, 10);
    expect(result.verdict).toBe('holds');
  });

  it('refuses an empty list of components with a typed error that says what to pass', () => {
    expect(() => totalVsComponents(growth('5%'), [])).toThrow(FactcheckError);
    expect(() => totalVsComponents(growth('5%'), [])).toThrow(/at least one component/);
  });

  it('makes a contradiction across a difference of definitions a milder tension', () => {
    // 7.6% outside [4.95%, 6.05%]: a contradiction for one definition; with definitions that differ, a tension of severity 2 × 0.75
    const result = totalVsComponents(growth('7.6%'), [growth('5%'), growth('6%')], { scopeDiffers: true });
    expect([result.verdict, result.severity, result.reason]).toEqual(['tension', 1.5, null]);
  });
  it('says how much of the total the faster parts must weigh for the total to be their average', () => {
    // GDP 5.5% [5.45, 5.55] from 4.8%, 6.2%, 6.3%, 5.1%: the faster (6.2%, 6.3%) against the rest (at most 5.15%):
    // (5.45 − 5.15) ÷ (6.35 − 5.15) = 25% at the least
    const result = totalVsComponents(fig('gdp_growth_2023'), ['primary_industry_va_growth_2023', 'industry_va_growth_2023', 'construction_va_growth_2023', 'services_va_growth_2023'].map((id) => fig(id)));
    expect(result.verdict).toBe('holds');
    expect(result.explanation_en).toContain('The parts growing faster than the total (industrial value added and construction value added) must make up at least 25% of it.');
    // a floor among the slower parts (5%以上) leaves no bound
    expect(totalVsComponents(growth('6%'), [growth('5%以上'), growth('7%')]).explanation_en).not.toContain('must make up');
  });
  it('asks about a growth target that needs the faster parts to be most of the total', () => {
    // GDP target 6.5% with primary 5%以上, industry 7.5%, services 5.3%以上, targets taken at their numbers:
    // (6.5 − 5.3) ÷ (7.5 − 5.3) = 54.5% of GDP must be industry: at least half, so a question
    const result = totalVsComponents(fig('gdp_growth_2024_target'), ['primary_industry_va_growth_2024_target', 'industry_va_growth_2024_target', 'services_va_growth_2024_target'].map((id) => fig(id)));
    expect(result.verdict).toBe('question');
    expect(result.explanation_en).toContain(`(industrial value added) must make up at least ${Number(((1.2 / 2.2) * 100).toPrecision(3))}% of it`);
    expect(result.question_en).toMatch(/^At the targets as set, industrial value added must make up at least 54.5% of the total/);
  });
});
