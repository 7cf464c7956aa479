import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.kind}|${row.status}|${row.indicator}`);

describe('spanBounds (through extractClaims)', () => {
  it('reads the ends of a span with a unit on each as bounds of the class it defines, and names the figure after its bracket with the class', () => {
    expect(read('贷款职工中，30岁～40岁（含）占41.3%。')).toEqual([
      '30岁|threshold|reference|', '40岁|threshold|reference|', '41.3%|share|actual|贷款职工中30岁～40岁（含）占比',
    ]);
    expect(read('其中一级古树（树龄500年以上）213株、二级古树（树龄300年至499年）684株。').slice(2)).toEqual([
      '300年|threshold|reference|二级古树树龄', '499年|threshold|reference|二级古树树龄', '684株|count|actual|二级古树（树龄300年至499年）',
    ]);
  });

  it('leaves a span of readings (范围为…, 在…之间), a change with a verb between its figures, and one after 从', () => {
    expect(read('剂量率范围为61.4纳戈瑞/小时～112.8纳戈瑞/小时。由3家增至5家。').map((row) => row.split('|')[2])).toEqual(['actual', 'actual', 'actual', 'actual']);
    expect(read('全市高新技术企业实现从5家到23家的跨越。全年气温在-12.3℃至38.5℃之间。').map((row) => row.split('|')[2])).toEqual(['actual', 'actual', 'actual', 'actual']);
  });
});
