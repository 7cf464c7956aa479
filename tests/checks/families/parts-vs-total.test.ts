import { describe, expect, it } from 'vitest';
import { partsVsTotal } from '../../../src/checks/families/parts-vs-total.ts';
import { fig } from '../../../src/report/fig.ts';
import { figure } from '../../support/figure.ts';

describe('partsVsTotal', () => {
  it('adds the 2023 specialty area and the new 2024 area up to the cumulative target', () => {
    // 27万 [26.5, 27.5] + 1万 [0.5, 1.5] = 28万 [27, 29]; target "累计28万亩以上" = [27.5万, ∞)
    const result = partsVsTotal([fig('specialty_crops_area_2023'), fig('specialty_crops_new_area_2024')], fig('specialty_crops_area_2024_target'), { relation: 'sum' });
    expect(result.verdict).toBe('holds');
    expect(result.recomputed).toEqual({ low: 270000, high: 290000 });
    expect(result.gap).toBeCloseTo(1, 10);
  });

  it('checks a sum exactly, within rounding, and in contradiction', () => {
    // 25 + 78 = 103
    expect(partsVsTotal([figure('25个'), figure('78个')], figure('103个'), { relation: 'sum' }).verdict).toBe('holds');
    // 1.2 + 2.4 = 3.6 written as 3.7: [1.15 + 2.35, 1.25 + 2.45] = [3.5, 3.7] meets [3.65, 3.75]
    expect(partsVsTotal([figure('1.2亿元'), figure('2.4亿元')], figure('3.7亿元'), { relation: 'sum' }).verdict).toBe('holds_within_rounding');
    // 25 + 78 = 103 against 110: [102, 104] vs [109.5, 110.5]
    const wrong = partsVsTotal([figure('25个'), figure('78个')], figure('110个'), { relation: 'sum' });
    expect(wrong.verdict).toBe('contradiction');
    expect(wrong.gap).toBeCloseTo(110 / 103, 4);
  });

  it('checks that a subset does not exceed its whole', () => {
    // 24.7 + 91.96 = 116.66亿 ≤ 122.1亿
    const result = partsVsTotal([fig('municipal_key_projects_investment_2024'), fig('district_key_projects_investment_2024')], fig('fai_driven_by_key_projects_2024'));
    expect(result.verdict).toBe('holds');
    expect(result.gap).toBeCloseTo(122.1 / 116.66, 4);
    // 12.3 vs 12.2: the parts exceed as written, but [12.25, 12.35] meets [12.15, 12.25] at 12.25
    expect(partsVsTotal([figure('12.3亿元')], figure('12.2亿元')).verdict).toBe('holds_within_rounding');
    expect(partsVsTotal([figure('12.4亿元')], figure('12.2亿元')).verdict).toBe('contradiction');
  });

  it('compares different units only when told they count the same things', () => {
    const persons = [fig('ticketed_visitors_2023')];
    expect(partsVsTotal(persons, fig('tourist_arrivals_2023')).reason).toBe('units');
    expect(partsVsTotal(persons, fig('tourist_arrivals_2023'), { allowUnits: true }).verdict).toBe('holds');
  });

  it('makes a contradiction across a difference of definitions a milder tension, naming the difference', () => {
    // 25 + 78 = 103 ≠ 110: a contradiction, unless the parts and the total count different things
    const result = partsVsTotal([figure('25个'), figure('78个')], figure('110个'), { relation: 'sum', scopeDiffers: true });
    expect([result.verdict, result.severity]).toEqual(['tension', 1.5]);
    expect(result.assumption_en).toBe('the two count different things, as the change of wording suggests');
  });
});
