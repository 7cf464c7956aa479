import { describe, expect, it } from 'vitest';
import { repeatedFigure } from '../../../src/checks/families/repeated-figure.ts';
import { fig } from '../../../src/report/fig.ts';
import { figure } from '../../support/figure.ts';

describe('repeatedFigure', () => {
  it('flags 70.9亿元 stated for two unrelated indicators, with low severity', () => {
    // severity 1 (a coincidence is likely) × importance 2 (money) × stake 1 (results) × (1 + 0: no gap) = 2
    const result = repeatedFigure([fig('investment_funds_in_place_2023'), fig('ecommerce_sales_2023')]);
    expect([result.verdict, result.severity, result.importance, result.newsworthiness]).toEqual(['tension', 1, 2, 2]);
    expect(result.explanation_zh).toContain('招商到位资金70.9亿元');
    expect(result.assumption_en).toMatch(/happen to be equal/);
  });

  it('holds for different figures, or one indicator', () => {
    expect(repeatedFigure([fig('gdp_2023'), fig('ecommerce_sales_2023')]).verdict).toBe('holds');
    expect(repeatedFigure([figure('70.9亿元'), figure('70.9亿元')]).verdict).toBe('holds');
    expect(repeatedFigure([figure('70.9亿元')]).verdict).toBe('holds');
  });
});
