import { describe, expect, it } from 'vitest';
import { indicatorImportance } from '../../src/checks/indicator-importance.ts';
import { fig } from '../../src/report/fig.ts';

describe('indicatorImportance', () => {
  it('ranks headline economic and fiscal indicators first, money and people next, other counts last', () => {
    expect(indicatorImportance(fig('budget_revenue_growth_2023'))).toBe(3);
    expect(indicatorImportance(fig('tourism_revenue_2023'))).toBe(3);
    expect(indicatorImportance(fig('consumption_driven_2024'))).toBe(2);
    expect(indicatorImportance(fig('new_urban_jobs_2023'))).toBe(2);
    expect(indicatorImportance(fig('new_demonstration_bases_2024_target'))).toBe(1);
    expect(indicatorImportance(fig('rural_roads_2024_target'))).toBe(1);
  });

  it('reads any report by the indicator and unit alone', () => {
    expect(indicatorImportance({ indicator: ['全市地区生产总值'], unit: 'percent' })).toBe(3);
    expect(indicatorImportance({ indicator: ['新建学校'], unit: 'yuan' })).toBe(2);
    expect(indicatorImportance({ indicator: ['新建学校'], unit: 'item' })).toBe(1);
  });
});
