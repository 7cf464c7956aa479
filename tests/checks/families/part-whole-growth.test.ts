import { describe, expect, it } from 'vitest';
import { partWholeGrowth } from '../../../src/checks/families/part-whole-growth.ts';
import { fig } from '../../../src/report/fig.ts';
import { figure, growth } from '../../support/figure.ts';

describe('partWholeGrowth', () => {
  it('finds the rest of industry must switch from slower to faster: 7.5% with 6.5% above scale, after 6.2% with 7%', () => {
    // 2024: part [6.45, 6.55] below whole [7.45, 7.55], so the rest grows faster than 7.45% whatever its share.
    // 2023: part [6.95, 7.05] above whole [6.15, 6.25], so the rest grew slower than 6.25%.
    const result = partWholeGrowth(fig('industry_va_growth_2024_target'), fig('above_scale_industry_va_growth_2024_target'), {
      previous: { whole: fig('industry_va_growth_2023'), part: fig('above_scale_industry_va_growth_2023') },
    });
    expect(result.verdict).toBe('question');
    expect(result.gap).toBeCloseTo(-1, 10);
    expect(result.explanation_en).toContain('so the rest must grow faster than 7.45%. In 2023, the rest grew slower than 6.25%.');
    expect(result.explanation_zh).toContain('其余部分的增速因此必须高于7.45%');
  });

  it('bounds the rest and the part\'s share when the part grows faster: tickets 7%以上 within tourism revenue growing 1.38%', () => {
    // whole 217亿 → 220亿: [219.5/217.5 − 1, 220.5/216.5 − 1] = [0.9195%, 1.8476%]; part [6.5, ∞)
    // the rest grows slower than 1.8476%, and shrinks unless the part is at most 1.8476 / 6.5 = 28.42% of the whole
    const result = partWholeGrowth({ from: fig('tourism_revenue_2023'), to: fig('tourism_revenue_2024_target') }, fig('scenic_ticket_revenue_growth_2024'));
    expect(result.verdict).toBe('question');
    expect(result.explanation_en).toContain('so the rest must grow slower than 1.85%');
    expect(result.explanation_en).toContain(`at most ${Number((((220.5 / 216.5 - 1) * 100) / 6.5 * 100).toPrecision(3))}% of the whole`);
  });

  it('takes sums of levels: the key projects\' investment grows 47.9% inside fixed-asset investment growing 10%', () => {
    // part: (24.7 + 91.96) / 78.9 − 1 = 47.86%, at the least (24.65 + 91.955) / 78.95 − 1 = 47.695%; whole 10% [9.5, 10.5]
    // the rest grows slower than 10.5%, and shrinks unless the key projects are at most 10.5 / 47.695 = 22.0% of the whole
    const result = partWholeGrowth(fig('fai_growth_2024_target'), {
      from: fig('key_projects_investment_2023'), to: [fig('municipal_key_projects_investment_2024'), fig('district_key_projects_investment_2024')],
    });
    expect(result.verdict).toBe('question');
    expect(result.gap).toBeCloseTo(((24.7 + 91.96) / 78.9 - 1) * 100 - 10, 4);
    expect(result.explanation_en).toContain('investment completed in key projects, a part of it, 47.9%, so the rest must grow slower than 10.5%');
    expect(result.explanation_en).toContain(`at most ${Number(((10.5 / (((24.65 + 91.955) / 78.95 - 1) * 100)) * 100).toPrecision(3))}% of the whole`);
    expect(result.claims).toEqual(['fai_growth_2024_target', 'key_projects_investment_2023', 'municipal_key_projects_investment_2024', 'district_key_projects_investment_2024']);
  });

  it('holds when part and whole grow alike, or a little apart without the year before', () => {
    expect(partWholeGrowth(growth('7%'), growth('7%')).verdict).toBe('holds');
    // 6% within 7%: the rest grows faster than 6.95%, a gap of under 3 points
    expect(partWholeGrowth(growth('7%'), growth('6%')).verdict).toBe('holds');
    // the same direction both years is no switch
    expect(partWholeGrowth(growth('7%'), growth('6%'), { previous: { whole: growth('8%'), part: growth('7%') } }).verdict).toBe('holds');
  });

  it('refuses a rate that is not a percentage', () => {
    expect(partWholeGrowth(growth('7%'), figure('6亿元')).reason).toBe('units');
  });
});
