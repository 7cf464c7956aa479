import { describe, expect, it } from 'vitest';
import { preliminaryAccounts } from '../../src/extract/preliminary-accounts.ts';
import { extractClaims } from '../../src/extract/extract-claims.ts';

describe('preliminaryAccounts', () => {
  it('reads the names of the figures a note calls preliminary, up to the first clause of its item', () => {
    expect(preliminaryAccounts('注：1.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算，为初步核算数。2.单位地区生产总值能耗为初步核算数。'))
      .toEqual(['地区生产总值', '产业增加值', '单位地区生产总值能耗']);
    // A note on all of a year's figures names none in particular (see preliminaryYear), and a text with no such note none.
    expect(preliminaryAccounts('注：本公报中2025年数据为初步统计数。')).toEqual([]);
    // A decimal point is no item's number.
    expect(preliminaryAccounts('注：2.居民人均可支配收入、人均消费支出按2.5万户样本推算，为初步统计数。')).toEqual(['居民人均可支配收入', '人均消费支出']);
    expect(preliminaryAccounts('全年地区生产总值增长5%。')).toEqual([]);
  });

  it('makes the results of those figures estimates wherever they are written', () => {
    const text = '汶陵市2025年国民经济和社会发展统计公报\n一、综合\n全年第一产业增加值198.42亿元，增长3.7%。规模以上工业增加值增长7.2%。\n注：地区生产总值、各产业增加值为初步核算数。\n';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}`))
      .toEqual(['198.42亿元|estimate', '3.7%|estimate', '7.2%|actual']);
  });
});
