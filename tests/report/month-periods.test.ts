import { describe, expect, it } from 'vitest';
import { monthPeriods } from '../../src/report/month-periods.ts';
import { extractClaims } from '../../src/extract/extract-claims.ts';

describe('monthPeriods', () => {
  it('reads the months a sentence opens with, and one month a clause after turns to', () => {
    const sentence = '1—9月，全市规模以上工业增加值同比增长7.1%，其中9月当月增长8.3%。';
    expect(monthPeriods(sentence)).toEqual([
      { at: 0, name: '1—9月', from: 1, to: 9 },
      { at: sentence.indexOf('9月当月'), name: '9月当月', from: 9, to: 9 },
    ]);
    expect(monthPeriods('前三季度，全体居民人均可支配收入32146元。')).toEqual([{ at: 0, name: '前三季度', from: 1, to: 9 }]);
    expect(monthPeriods('今年1-10月，全市进出口1286.4亿元。')).toEqual([{ at: 0, name: '1-10月', from: 1, to: 10 }]);
    expect(monthPeriods('前10个月，出口增长11.4%。')).toEqual([{ at: 0, name: '前10个月', from: 1, to: 10 }]);
  });

  it('reads the months a later clause opens with before a figure of its own, but not a time since', () => {
    const sentence = '分季度看，一季度全县新登记经营主体1786户，二季度2116户，上半年合计3902户；1—9月累计5967户，同比增长3.8%。';
    expect(monthPeriods(sentence).map(({ at, name, from, to }) => [at, name, from, to])).toEqual([
      [sentence.indexOf('一季度'), '一季度', 1, 3], [sentence.indexOf('二季度'), '二季度', 4, 6], [sentence.indexOf('上半年'), '上半年', 1, 6], [sentence.indexOf('1—9月'), '1—9月', 1, 9],
    ]);
    expect(monthPeriods('全年新登记经营主体8000户，二季度以来增长加快，上半年，全县完成目标。')).toEqual([]);
  });

  it('reads no date the figures stand at, no month that is no month, and nothing in a sentence that names none', () => {
    expect(monthPeriods('截至9月末，各项存款余额5236.8亿元。')).toEqual([]);
    expect(monthPeriods('9—13月，增长5%。')).toEqual([]);
    expect(monthPeriods('全年地区生产总值增长5.2%。')).toEqual([]);
  });

  it('carries the months the sentence before opened with into a sentence that names no time of its own', () => {
    const carried = { at: 0, name: '1—9月', from: 1, to: 9 };
    expect(monthPeriods('分产业看，第一产业增加值102.3亿元。', carried)).toEqual([carried]);
    expect(monthPeriods('城乡居民收入比比上年同期缩小0.04。', carried)).toEqual([carried]);
    expect(monthPeriods('全年地区生产总值预计增长5%。', carried)).toEqual([]);
    expect(monthPeriods('截至9月末，各项存款余额5236.8亿元。', carried)).toEqual([]);
    expect(monthPeriods('上半年，出口增长3%。', carried)).toEqual([{ at: 0, name: '上半年', from: 1, to: 6 }]);
    // A comparison with the year's start or the last year's end (比年初增加, 比上年末增加) names no time of the sentence's own; 上年末 alone does.
    expect(monthPeriods('贷款余额305.8亿元，比年初增加14.2亿元。', carried)).toEqual([carried]);
    expect(monthPeriods('贷款余额305.8亿元，比上年末增加14.2亿元。', carried)).toEqual([carried]);
    expect(monthPeriods('上年末贷款余额291.6亿元。', carried)).toEqual([]);
  });

  it('reads a month\'s end a sentence opens with as the month its stocks stand at', () => {
    expect(monthPeriods('2月末，全县金融机构人民币各项存款余额412.6亿元。')).toEqual([{ at: 0, name: '2月末', from: 2, to: 2, point: true }]);
  });
});

describe('extractClaims on a report on part of a year', () => {
  it("carries a paragraph's months across its sentences, but not into the next paragraph or past a time named between", () => {
    const text = '2024年全市经济运行情况\n1—9月，全市地区生产总值1865.4亿元。分产业看，第一产业增加值102.3亿元。\n全市常住人口85.2万人。\n1—9月，出口增长3%。全年目标未变。进口增长2%。';
    const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'code');
    expect(rows.map((row) => `${row.surface}|${row.period ?? ''}`)).toEqual([
      '1865.4亿元|2024-01/2024-09 (1—9月)', '102.3亿元|2024-01/2024-09 (1—9月)', '85.2万人|', '3%|2024-01/2024-09 (1—9月)', '2%|',
    ]);
  });

  it('gives the stocks of a month\'s end that month, in the sentences after it that speak of stocks only, and a change since the year\'s start the months up to it', () => {
    const text = '2026年1—2月经济运行简况\n2月末，全县存款余额412.6亿元，比年初增加21.7亿元。贷款余额305.8亿元，比年初增加14.2亿元。招聘会举办46场次。';
    const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'code');
    expect(rows.map((row) => `${row.surface}|${row.period ?? ''}`)).toEqual([
      '412.6亿元|2026-02/2026-02 (2月末)', '21.7亿元|2026-01/2026-02 (年初至2月末)', '305.8亿元|2026-02/2026-02 (2月末)', '14.2亿元|2026-01/2026-02 (年初至2月末)',
      '46场次|2026-01/2026-02 (1—2月)',
    ]);
  });

  it('gives a figure of part of a year those months as its period, and reads 前10个月 as a time, not a length', () => {
    const text = '2024年全市经济运行情况\n1—9月，全市地区生产总值1865.4亿元，同比增长5.2%。其中9月当月，规模以上工业增加值增长8.3%。截至9月末，各项存款余额5236.8亿元。\n前10个月我市外贸进出口增长8.6%。';
    const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(rows.map((row) => `${row.surface}|${row.kind}|${row.period ?? ''}`)).toEqual([
      '1—9月|code|', '1865.4亿元|level|2024-01/2024-09 (1—9月)', '5.2%|growth|2024-01/2024-09 (1—9月)',
      '9月|code|', '8.3%|growth|2024-09/2024-09 (9月当月)', '9月|code|', '5236.8亿元|level|', '10个月|code|', '8.6%|growth|2024-01/2024-10 (前10个月)',
    ]);
  });

  it('reads no months of a list whose figures follow it, and ends months at a clause of the whole year', () => {
    expect(monthPeriods('全年地区生产总值增长5.2%，一季度、二季度、三季度分别增长5.1%、5.3%、5.0%。')).toEqual([]);
    const sentence = '上半年召开会议3次，全年召开会议8次。';
    expect(monthPeriods(sentence).map(({ at, name, whole }) => [at, name, whole ?? false])).toEqual([[0, '上半年', false], [sentence.indexOf('全年'), '全年', true]]);
    // The whole year ends the months for the figures after it; twelve months named as such (1—12月) stay their period.
    const periods = (text: string) => (extractClaims(`某县2025年工作总结\n${text}`).objects() as Record<string, unknown>[]).filter((row) => row.kind === 'count').map((row) => `${row.surface}|${row.period ?? ''}`);
    expect(periods(sentence)).toEqual(['3次|2025-01/2025-06 (上半年)', '8次|']);
    expect(periods('1—12月，全县新登记经营主体8000户。')).toEqual(['8000户|2025-01/2025-12 (1—12月)']);
  });
});
