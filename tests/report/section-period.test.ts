import { describe, expect, it } from 'vitest';
import { sectionPeriod } from '../../src/report/section-period.ts';
import { extractClaims } from '../../src/extract/extract-claims.ts';

describe('sectionPeriod', () => {
  it('gives the five years up to the year reviewed under a heading of the five years past, and the five from the plan year under one of the five ahead', () => {
    expect(sectionPeriod('一、过去五年工作回顾', 2021, 2022)).toEqual({ name: '过去五年', from: 2017, to: 2021 });
    expect(sectionPeriod('二、今后五年的目标任务', 2021, 2022)).toEqual({ name: '今后五年', from: 2022, to: 2026 });
  });

  it('gives null for a heading of one year, and where the year it counts from is unknown', () => {
    expect(sectionPeriod('三、2022年工作安排', 2021, 2022)).toBeNull();
    expect(sectionPeriod('一、过去五年工作回顾', null, null)).toBeNull();
  });
});

describe('extractClaims in a report with five-year parts', () => {
  const text = '政府工作报告\n——2022年1月10日在白河县第十九届人民代表大会第一次会议上\n一、过去五年工作回顾\n地区生产总值由2016年的182.3亿元增加到2021年的268.9亿元，年均增长7.2%；一般公共预算收入累计完成76.5亿元。实现4.2万农村贫困人口全部脱贫。2021年，全县地区生产总值增长8.1%。\n二、今后五年的目标任务\n地区生产总值年均增长6.5%以上，到2026年突破370亿元。\n三、2022年工作安排\n地区生产总值增长7%。';
  const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}|${row.period ?? ''}|${row.indicator}`);

  it('gives totals and averages under those headings their five years, and a target of them the last year', () => {
    expect(rows).toEqual([
      '182.3亿元|actual|2016||地区生产总值',
      '268.9亿元|actual|2021||地区生产总值',
      '7.2%|actual|2021|2017-2021 (过去五年)|地区生产总值年均增长',
      '76.5亿元|actual|2021|2017-2021 (过去五年)|一般公共预算收入累计',
      '4.2万|actual|2021||农村贫困人口',
      '8.1%|actual|2021||地区生产总值增长',
      '6.5%以上|target|2026|2022-2026 (今后五年)|地区生产总值年均增长',
      '突破370亿元|target|2026||地区生产总值',
      '7%|target|2022||地区生产总值增长',
    ]);
  });
});
