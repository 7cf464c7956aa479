import { describe, expect, it } from 'vitest';
import { statedTwice } from '../../../src/checks/families/stated-twice.ts';
import { figure, growth } from '../../support/figure.ts';

describe('statedTwice', () => {
  it('holds for the same figure written twice, and within rounding for two roundings of one value', () => {
    expect(statedTwice(figure('70.9亿元'), figure('70.9亿元')).verdict).toBe('holds');
    // 70.9亿 [70.85, 70.95] and 71亿 [70.5, 71.5]: 70.9 is inside 71's interval → holds
    expect(statedTwice(figure('70.9亿元'), figure('71亿元')).verdict).toBe('holds');
    // 71亿 first: its point 71 is outside [70.85, 70.95], the intervals meet
    expect(statedTwice(figure('71亿元'), figure('70.9亿元')).verdict).toBe('holds_within_rounding');
  });

  it('finds two different numbers for one indicator a contradiction; with definitions that differ, a milder tension', () => {
    // 7% [6.5, 7.5] vs 6.2% [6.15, 6.25]: gap 6.2 − 7 = −0.8 pp
    const result = statedTwice(growth('7%'), growth('6.2%'));
    expect(result.verdict).toBe('contradiction');
    expect(result.gap).toBeCloseTo(-0.8, 10);
    expect(result.gap_unit).toBe('pp');
    // A difference of definitions lowers the doubt one step and its severity (2 × 0.75), and names the difference.
    const differs = statedTwice(growth('7%'), growth('6.2%'), { scopeDiffers: true });
    expect([differs.verdict, differs.severity]).toEqual(['tension', 1.5]);
    expect(differs.explanation_en).toMatch(/the two count different things/);
    expect(differs.question_en).toBe('Do the two figures count different things, and how is each defined?');
  });

  it('is not comparable across units', () => {
    expect(statedTwice(figure('10万人'), figure('10万人次')).reason).toBe('units');
  });
});
