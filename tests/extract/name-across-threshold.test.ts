import { describe, expect, it } from 'vitest';
import { nameAcrossThreshold } from '../../src/extract/name-across-threshold.ts';
import { extractClaims } from '../../src/extract/extract-claims.ts';

describe('nameAcrossThreshold', () => {
  it('names a figure through the threshold that defines it, as written', () => {
    const clause = '每千人口拥有3岁以下婴幼儿托位数达到';
    expect(nameAcrossThreshold(clause, clause.indexOf('3'), clause.indexOf('婴'))).toBe('每千人口拥有3岁以下婴幼儿托位数');
    const loans = '逾期1年以上的贷款';
    expect(nameAcrossThreshold(loans, 2, 6)).toBe('逾期1年以上的贷款');
    // A long threshold counts as one word toward the name's length, so the name keeps what stands before it.
    const sewage = '日处理能力20吨及以上农村生活污水处理设施出水水质达标率为';
    expect(nameAcrossThreshold(sewage, 5, 11)).toBe('日处理能力20吨及以上农村生活污水处理设施出水水质达标率');
  });

  it('gives null for a place outside the clause, and where the name does not reach back to the threshold', () => {
    expect(nameAcrossThreshold('贷款', 3, 5)).toBeNull();
    // A name is 24 characters at most: one that far from its threshold does not hold it.
    expect(nameAcrossThreshold(`10亿元以上${'重点产业链招商引资签约落地建设项目'.repeat(2)}`, 0, 6)).toBeNull();
  });

  it('is used by extractClaims for the figure after a threshold in its clause', () => {
    const names = (extractClaims('一、2024年工作回顾\n每千人口拥有3岁以下婴幼儿托位数达到4.5个。逾期1年以上的贷款3.5亿元。').objects() as Record<string, unknown>[])
      .filter((row) => row.kind === 'count' || row.kind === 'level').map((row) => row.indicator);
    expect(names).toEqual(['每千人口拥有3岁以下婴幼儿托位数', '逾期1年以上的贷款']);
  });
});
