import { describe, expect, it } from 'vitest';
import { impossibleValue } from '../../../src/checks/families/impossible-value.ts';
import { fig } from '../../../src/report/fig.ts';
import { figure, growth } from '../../support/figure.ts';

describe('impossibleValue', () => {
  it('accepts rates within 0–100%, and 100% exactly', () => {
    expect(impossibleValue(fig('air_quality_good_rate_2023')).verdict).toBe('holds');
    expect(impossibleValue(fig('court_appearance_rate_2023')).verdict).toBe('holds');
  });

  it('finds "100%以上" for a rate possible only as exactly 100%', () => {
    const result = impossibleValue(fig('rural_waste_treatment_rate_2024'));
    expect(result.verdict).toBe('tension');
    expect(result.gap).toBe(0);
    expect(result.explanation_en).toMatch(/exactly 100%/);
  });

  it('finds a rate above 100%, a fall of more than 100% and a negative count impossible', () => {
    const rate = impossibleValue(figure('103.5%', { kind: 'rate' }));
    expect([rate.verdict, rate.gap]).toEqual(['contradiction', 3.5]);
    expect(impossibleValue(figure('101%以上', { kind: 'share' })).verdict).toBe('contradiction');
    expect(impossibleValue(growth('120%', { direction: 'down' })).verdict).toBe('contradiction');
    expect(impossibleValue(figure('5个', { amount: -5, interval: { low: -5.5, high: -4.5 } })).verdict).toBe('contradiction');
  });

  it('lets growth exceed 100% and a share with an upper bound stay below it', () => {
    expect(impossibleValue(growth('150%')).verdict).toBe('holds');
    expect(impossibleValue(figure('100%以内', { kind: 'rate' })).verdict).toBe('holds');
  });
});
