import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.unit}|${row.indicator}`);

describe('nameStreaks (through extractClaims)', () => {
  it('names a streak, in digits or Chinese numerals, after what was kept up', () => {
    expect(read('全区连续5年获评全省平安县，连续七年位居全省前列，连续三届获评“全国文明城市”。')).toEqual([
      '5年|year|连续获评全省平安县', '七年|year|连续位居全省前列', '三届|session|连续获评全国文明城市',
    ]);
  });

  it('keeps the subject written before 连续, and leaves a name of its own and a streak after which no words are kept up', () => {
    expect(read('粮食产量连续5年稳定在20万吨以上。建设周期3年。\n连续3年。')).toEqual([
      '5年|year|粮食产量连续稳定在20万吨以上', '20万吨以上|tonne|粮食产量', '3年|year|建设周期', '3年|year|',
    ]);
    // A clause that opens with 连续 keeps the subject the sentence gave the figure.
    expect(read('粮食总产量1.86万吨，连续十年保持稳定增长。').at(-1)).toBe('十年|year|粮食总产量连续保持稳定增长');
  });

  it('reads the bar a streak kept as a reference, not a figure of the year', () => {
    const rows = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.kind}|${row.status}`);
    expect(rows('规模以上工业增加值增长8.1%，连续三年保持8%以上增长。城镇登记失业率连续三年控制在3%以内。收入总量连续五年突破10亿元。')).toEqual([
      '8.1%|growth|actual', '三年|duration|actual', '8%以上|threshold|reference', '三年|duration|actual', '3%以内|threshold|reference',
      '五年|duration|actual', '突破10亿元|threshold|reference',
    ]);
    // A figure written exactly after a streak is the year's own (连续三年增长8.1%).
    expect(rows('规模以上工业增加值连续三年增长8.1%。').at(-1)).toBe('8.1%|growth|actual');
  });
});
