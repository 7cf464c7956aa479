import { describe, expect, it } from 'vitest';
import { growthPace } from '../../../src/checks/families/growth-pace.ts';
import { fig } from '../../../src/report/fig.ts';
import { figure, growth } from '../../support/figure.ts';

const target = (surface: string) => growth(surface, { status: 'target', year: 2024 });

describe('growthPace', () => {
  it('asks about a growth target far from the year before: budget revenue 10% after 33.7%', () => {
    // 10 − 33.7 = −23.7 points; apart beyond rounding: 33.65 − 10.5 = 23.15 ≥ 5; 10 / 33.7 = 0.30 ≤ 0.5
    const result = growthPace(fig('budget_revenue_growth_2024_target'), fig('budget_revenue_growth_2023'));
    expect(result.verdict).toBe('question');
    expect(result.gap).toBeCloseTo(-23.7, 10);
    expect(result.gap_unit).toBe('pp');
    expect(result.explanation_en).toBe('The 2024 growth target for general public budget revenue is 10%, against 33.7% in 2023. Verdict: a question to ask, not an error in the figures: the pace differs sharply from the year before, which needs a reason.');
    expect(result.headline_en).toBe('General public budget revenue: 10% growth planned after 33.7%');
    expect(result.question_en).toBe('Why is the growth of general public budget revenue to slow from 33.7% to 10%?');
  });

  it('computes the growth of two levels: tourism revenue 217亿 → 220亿 is 1.38%, after 10%以上', () => {
    // 220 / 217 − 1 = 1.3825%; the 2023 rate 10%以上 is [9.5, ∞): 9.5 − 1.62 > 5, and 1.38 / 10 ≤ 0.5
    const result = growthPace({ from: fig('tourism_revenue_2023'), to: fig('tourism_revenue_2024_target') }, fig('tourism_arrivals_revenue_growth_2023'));
    expect(result.verdict).toBe('question');
    expect(result.gap).toBeCloseTo((220 / 217 - 1) * 100 - 10, 4);
    // the year is the target's (2024), not the base level's
    expect(result.explanation_en).toContain('The 2024 targets for comprehensive tourism revenue imply growth of 1.38%, against at least 10% in 2023');
    expect(result.explanation_zh).toContain('2024年旅游综合收入的目标意味着增长1.38%,而2023年增长10%以上');
  });

  it('asks about a pace much faster too, and holds for a pace close to the year before', () => {
    // 20% after 8%: 12 points apart, 2.5 times
    expect(growthPace(target('20%'), growth('8%')).verdict).toBe('question');
    // GDP 6.5% after 5.5%: 1 point
    expect(growthPace(fig('gdp_growth_2024_target'), fig('gdp_growth_2023')).verdict).toBe('holds');
    // 12% after 18%: 6 points apart but two thirds of the pace: not unusual enough
    expect(growthPace(target('12%'), growth('18%')).verdict).toBe('holds');
    // a floor is taken at its number: 12.8%以上 after 18.1% plans for 12.8%, 5.25 points apart beyond rounding, 0.71 of the pace
    expect(growthPace(fig('new_market_entities_growth_2024_target'), fig('new_market_entities_growth_2023')).verdict).toBe('holds');
  });

  it('refuses rates that are not percentages, and real against nominal growth', () => {
    expect(growthPace(target('10%'), figure('5亿元')).reason).toBe('units');
    expect(growthPace(growth('6%', { basis: ['real'], status: 'target' }), growth('12%', { basis: ['nominal'] })).reason).toBe('real_vs_nominal');
  });
});
