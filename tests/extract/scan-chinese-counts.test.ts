import { describe, expect, it } from 'vitest';
import { scanChineseCounts } from '../../src/extract/scan-chinese-counts.ts';

const found = (text: string) => scanChineseCounts(text).map(([start, end]) => text.slice(start, end));

describe('scanChineseCounts', () => {
  it('finds counts in Chinese numerals after what they count, at the end of their clause, with their qualifier words', () => {
    expect(found('全年共召开常委会会议八次、主任会议十九次，举办学习班两期。开展督查三轮，组织专题学习不少于十次；组织演练四十余次和培训十场以上。')).toEqual([
      '八次', '十九次', '两期', '三轮', '不少于十次', '四十余次', '十场以上',
    ]);
  });

  it('finds no ordinal, session number, frequency, slogan, saying, phase or count before a noun', () => {
    expect(found('第五次会议，市委六届二次、三次全会，每年一次，每两次，做到“两个维护”，坚持四个全面，三次产业结构，二次供水，定一件、干一件，完成一期，启动二期，4.4批次/千人，一户至少一人就业。')).toEqual([]);
  });

  it('reads no count from inside a qualifier after 每, no zero alone, nothing after 上, no grade, and a bound after 及 as the count\'s', () => {
    // 数 before numerals is "several" (数百家); before a qualifier word it ends a name (总数突破百家).
    expect(found('民宿总数突破百家，吸引游客数百人，接待数十次。')).toEqual(['突破百家']);
    expect(found('各单位每年不超过三次，督查频次每月不少于两次，购置汽车零件，吸引游客上千人，水质为二类，开展应急演练三次及以上。')).toEqual(['三次及以上']);
  });

  it('finds a streak in Chinese numerals (连续七年) whatever follows it, but not of one, nor numerals that make no number', () => {
    expect(found('连续七年位居全省前列，连续三届获评全国文明城市，连续一年，连续三五年，连续十二个月。')).toEqual(['七年', '三届', '十二个月']);
    // A streak that is a count at its clause's end too is found once, among the counts in text order.
    expect(found('召开会议八次，会议连续三次，开展督查三轮，连续五年获评先进。')).toEqual(['八次', '三次', '三轮', '五年']);
  });
});
