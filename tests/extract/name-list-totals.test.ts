import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);

describe('nameListTotals (through extractClaims)', () => {
  it('names a total after the items of the list before it, writing what their names share once', () => {
    expect(read('数量居前三位的行业是批发和零售业、制造业、租赁和商务服务业，分别占全部法人单位的29.9%、14.5%和11.9%，合计占56.3%。').at(-1))
      .toBe('56.3%|批发和零售业、制造业、租赁和商务服务业合计占全部法人单位比重');
    expect(read('教育系统资产总额78.36亿元，卫生健康系统资产总额41.92亿元，两者合计占事业单位资产总额的45.3%。').at(-1))
      .toBe('45.3%|教育、卫生健康系统资产总额合计占事业单位资产总额');
  });

  it('leaves a total after a list of changes, and one after a single figure', () => {
    const changes = read('三大主导产业分别实现产值948亿元、512亿元和186亿元，分别增长11.2%、9.5%和15.8%，合计占规上工业总产值的比重达到75.2%。').at(-1) as string;
    expect(changes).not.toContain('合计');
    // Nor after items named only by their place in a list, nor with what they share cut inside a word (高中, 初中).
    expect(read('两项收入分别为52.3亿元和18.6亿元，合计70.9亿元。').at(-1)).toBe('70.9亿元|两项收入[2/2]');
    expect(read('高中和初中在校生分别为3.2万人和1.8万人，合计5.0万人。').at(-1)).toBe('5.0万人|高中在校生、初中在校生合计');
    expect(read('教育系统资产总额78.36亿元，合计占事业单位资产总额的45.3%。').at(-1)).toBe('45.3%|教育系统资产总额占事业单位资产总额');
  });
});
