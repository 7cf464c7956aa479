import { describe, expect, it } from 'vitest';
import { namesYearAfter, yearAhead, yearNamedBefore } from '../../src/extract/target-year.ts';

describe('yearNamedBefore', () => {
  it('gives the one year a target\'s sentence names before the figure, or the first of a span', () => {
    const sentence = '力争2025年全市生产总值突破1000亿元。';
    expect(yearNamedBefore(sentence, 2, sentence.indexOf('1000'))).toBe(2025);
    const span = '力争2026—2027年每年新增城镇就业1万人以上。';
    expect(yearNamedBefore(span, 2, span.indexOf('1万'))).toBe(2026);
    const end = '力争2026年末政府债务率降至120%以下。';
    expect(yearNamedBefore(end, 2, end.indexOf('120'))).toBe(2026);
    // The end of a five-year plan is its last year.
    const planEnd = '力争到“十五五”末，森林覆盖率达到68%。';
    expect(yearNamedBefore(planEnd, 2, planEnd.indexOf('68'))).toBe(2030);
    expect(yearNamedBefore('力争十四五期末达到60%。', 2, 9)).toBe(2025);
  });

  it('gives null for no year, two years, a base or a year before 今年', () => {
    for (const sentence of ['力争全市生产总值增长6%。', '力争2025年和2026年分别增长6%。', '比2020年翻一番，达到8%。', '2024年，今年增长6%。', '在2020年末基础上提高8%。', '力争2020年末以来累计增长8%。']) {
      expect(yearNamedBefore(sentence, 0, sentence.search(/\d+%/)), sentence).toBeNull();
    }
  });
});

describe('namesYearAfter', () => {
  it('says whether a sentence writes a year after the one given, wherever its first 年 stands', () => {
    expect(namesYearAfter('全年增长5%左右；到2027年，占比达到12%。', 2025)).toBe(true);
    expect(namesYearAfter('全年增长5%左右。', 2025)).toBe(false);
    expect(namesYearAfter('在2024年基础上增长5%。', 2025)).toBe(false);
    expect(namesYearAfter('到“十五五”末，森林覆盖率达到68%。', 2025)).toBe(true);
    expect(namesYearAfter('“十四五”期末森林覆盖率达到60%。', 2025)).toBe(false);
  });
});

describe('yearAhead', () => {
  it('gives the year of a time ahead that opens a clause before the figure', () => {
    const ahead = '全年增长6%，到2030年，城镇化率达到65%。';
    expect(yearAhead(ahead, ahead.indexOf('65'))).toBe(2030);
    expect(yearAhead(ahead, ahead.indexOf('6%'))).toBeNull();
    expect(yearAhead('力争到“十五五”末达到81.5岁。', 12)).toBe(2030);
    expect(yearAhead('人均预期寿命达到80.8岁，为“十五五”末达到81.5岁打下基础。', 24)).toBe(2030);
    const will = '严控对外出借资金，2026年将平均资产负债率控制在65%以内，年内处置低效资产不少于5000万元。';
    expect(yearAhead(will, will.indexOf('5000'))).toBe(2026);
    expect(yearAhead('2026年1—6月，全县收入完成12亿元。', 12)).toBeNull();
  });

  it('gives null for 到 after a verb of change, a year of a base or 以来', () => {
    for (const sentence of ['由2020年的50%提高到2025年的65%。', '到2020年以来累计增长65%。', '到2025年的目标是65%。']) {
      expect(yearAhead(sentence, sentence.indexOf('65')), sentence).toBeNull();
    }
  });
});
