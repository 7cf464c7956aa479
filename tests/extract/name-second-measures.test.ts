import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.unit}|${row.indicator}`);

describe('nameSecondMeasures (through extractClaims)', () => {
  it('names an amount right after a count of the same things by its measure, its change, and a change a list names after it', () => {
    expect(read('公路桥梁3284座、21.6万延米，比上年末增加62座、1.3万延米。载货汽车8.99万辆、61.2万吨位，分别下降1.9%和增长3.4%。')).toEqual([
      '3284座|structure|公路桥梁', '21.6万延米|m|公路桥梁长度', '62座|structure|公路桥梁增加', '1.3万延米|m|公路桥梁长度增加',
      '8.99万辆|vehicle|载货汽车', '61.2万吨位|tonne|载货汽车吨位', '1.9%|percent|载货汽车下降', '3.4%|percent|载货汽车吨位增长',
    ]);
  });

  it('leaves an amount in a unit of no measure of things (money), one not joined by 、 alone, and 吨 before 位居', () => {
    expect(read('签约项目12个、28.6亿元。公路桥梁3284座，21.6万延米。港口货物吞吐量2.1亿吨位居全省第二。')).toEqual([
      '12个|item|签约项目', '28.6亿元|yuan|签约项目', '3284座|structure|公路桥梁', '21.6万延米|m|公路桥梁', '2.1亿吨|tonne|港口货物吞吐量', '二|number|港口货物吞吐量全省排名',
    ]);
  });
});
