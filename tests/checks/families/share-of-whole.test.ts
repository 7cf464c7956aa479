import { describe, expect, it } from 'vitest';
import { FactcheckError } from '../../../src/errors/factcheck-error.ts';
import { shareOfWhole } from '../../../src/checks/families/share-of-whole.ts';
import { fig } from '../../../src/report/fig.ts';
import { figure } from '../../support/figure.ts';

describe('shareOfWhole', () => {
  it('gives the part a share of GDP implies', () => {
    // 60.3% of 273.46亿 = 164.896亿; rounding [0.6025 × 273.455亿, 0.6035 × 273.465亿]
    const result = shareOfWhole(fig('private_economy_va_share_2023'), { whole: fig('gdp_2023') });
    expect(result.verdict).toBe('holds');
    expect(result.recomputed?.low).toBeCloseTo(0.6025 * 27345500000, 0);
    expect(result.recomputed?.high).toBeCloseTo(0.6035 * 27346500000, 0);
    // 60.3% × 273.46亿 = 164.9亿: three significant figures in prose
    expect(result.explanation_zh).toContain('约为165亿元');
  });

  it('gives the whole a share of a part implies', () => {
    // 13.06亿 ÷ [16.455%, 100%] (a share is at most 100%) → [13.055亿, 13.065亿 / 0.16455] = 13.06亿 to 79.40亿
    const result = shareOfWhole(fig('state_assets_revitalised_share_2024'), { part: fig('state_assets_revitalised_2024') });
    expect(result.recomputed?.high).toBeCloseTo(1306500000 / 0.16455, 0);
    expect(result.recomputed?.low).toBe(1305500000);
    expect(result.explanation_en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(result.explanation_zh).not.toMatch(/undefined|NaN/);
  });

  it('compares a stated part with the part implied', () => {
    // 20% of 50亿 = 10亿: holds; 20% of 50亿 against 12亿: [9.75, 10.25] vs [11.5, 12.5] → contradiction
    expect(shareOfWhole(figure('20%', { kind: 'share' }), { whole: figure('50亿元'), part: figure('10亿元') }).verdict).toBe('holds');
    const wrong = shareOfWhole(figure('20%', { kind: 'share' }), { whole: figure('50亿元'), part: figure('12亿元') });
    expect(wrong.verdict).toBe('contradiction');
    expect(wrong.gap).toBeCloseTo(1.2, 10);
  });

  it('finds a share above 100% impossible', () => {
    const result = shareOfWhole(figure('120%', { kind: 'share' }), { whole: figure('50亿元') });
    expect(result.verdict).toBe('contradiction');
    expect(result.gap).toBeCloseTo(20, 10);
  });

  it('throws a typed error when given nothing to check against', () => {
    expect(() => shareOfWhole(figure('20%', { kind: 'share' }), {})).toThrow(FactcheckError);
  });
});
