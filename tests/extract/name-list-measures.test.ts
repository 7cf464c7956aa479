import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const growths = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[])
  .filter((row) => row.kind === 'growth').map((row) => `${row.surface}|${row.indicator}`);

const bulletin = (body: string) => `某市2025年国民经济和社会发展统计公报\n${body}`;

describe('nameListMeasures (through extractClaims)', () => {
  it('gives the items of a breakdown the measure of the item before them, across the next sentence of the paragraph', () => {
    expect(growths(bulletin('规模以上工业增加值增长7.6%。分经济类型看，国有控股企业增加值增长5.1%，股份制企业增长7.9%。分门类看，采矿业下降4.2%，制造业增长8.1%。'))).toEqual([
      '7.6%|规模以上工业增加值增长', '5.1%|国有控股企业增加值增长', '7.9%|股份制企业增加值增长', '4.2%|采矿业增加值下降', '8.1%|制造业增加值增长',
    ]);
    // The note says where the measure came from.
    const row = (extractClaims(bulletin('采矿业增加值增长3.2%，制造业增长7.6%。')).objects() as Record<string, unknown>[]).find((found) => found.surface === '7.6%');
    expect(row?.links).toBe('measure named after the growth of the item before it');
  });

  it('gives every growth named with no measure the measure of the whole its sentence opens with', () => {
    expect(growths(bulletin('在限额以上单位商品零售额中，粮油、食品类增长10.2%，新能源汽车增长36.2%，石油制品销售额下降2%。'))).toEqual([
      '10.2%|粮油、食品类零售额增长', '36.2%|新能源汽车零售额增长', '2%|石油制品销售额下降',
    ]);
  });

  it('lends nothing to a subject that is no item, from a subject that is none, or across a paragraph or two sentences', () => {
    expect(growths(bulletin('工业投资增长11.6%，市场主体增长8%。地区生产总值增长5%，第一产业增长3%。'))).toEqual([
      '11.6%|工业投资增长', '8%|市场主体增长', '5%|地区生产总值增长', '3%|第一产业增长',
    ]);
    expect(growths(bulletin('制造业增加值增长8%。\n服务业增长5%。'))).toEqual(['8%|制造业增加值增长', '5%|服务业增长']);
    expect(growths(bulletin('制造业增加值增长8%。全年粮食丰收。服务业增长5%。'))).toEqual(['8%|制造业增加值增长', '5%|服务业增长']);
  });
});
