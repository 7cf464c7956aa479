import { describe, expect, it } from 'vitest';
import { planPeriod } from '../../src/report/plan-period.ts';

describe('planPeriod', () => {
  it('names the five-year plan a total or an average is over, cut at the year reviewed while it runs', () => {
    expect(planPeriod('“十四五”以来，年均增长6.4%。', 2024)).toEqual({ name: '十四五', from: 2021, to: 2024 });
    expect(planPeriod('“十四五”时期累计完成投资420亿元。', 2025)).toEqual({ name: '十四五', from: 2021, to: 2025 });
    expect(planPeriod('“十三五”期间年均增长7%。', 2024)).toEqual({ name: '十三五', from: 2016, to: 2020 });
    expect(planPeriod('五年来，累计新增就业2万人。', 2022)).toEqual({ name: '五年来', from: 2018, to: 2022 });
    // A plan a total is compared with is not the one it is over.
    expect(planPeriod('固定资产投资累计完成2035亿元，是“十三五”时期的1.3倍。', 2025)).toBeNull();
  });

  it('reads a span of years the sentence writes, and a number of years counted in words up to the review year', () => {
    expect(planPeriod('2021—2022年，全区地区生产总值年均增长6.5%。', 2024)).toEqual({ name: '2021—2022年', from: 2021, to: 2022 });
    // A total of the years counted over a span written with 年 twice (2022年至2024年，…三年共投入).
    expect(planPeriod('2022年至2024年，全县三年共投入衔接资金4.26亿元。', 2024)).toEqual({ name: '2022年至2024年', from: 2022, to: 2024 });
    expect(planPeriod('全年共接待游客500万人次。', 2024)).toBeNull();
    expect(planPeriod('2020年至2024年累计完成投资56亿元。', 2024)).toEqual({ name: '2020年至2024年', from: 2020, to: 2024 });
    expect(planPeriod('两年累计完成投资56亿元。', 2024)).toEqual({ name: '两年累计', from: 2023, to: 2024 });
    expect(planPeriod('近三年年均增长5%。', 2024)).toEqual({ name: '近三年', from: 2022, to: 2024 });
    // A span within a year, or a single year, is no period.
    expect(planPeriod('2024年1月至6月累计完成投资20亿元。', 2024)).toBeNull();
  });

  it('counts the years ahead of the review year a plan for them names (今后五年, 未来三年)', () => {
    expect(planPeriod('今后五年，地区生产总值年均增长6%左右。', 2025)).toEqual({ name: '今后五年', from: 2026, to: 2030 });
    // 今后五年累计 is ahead, not the five years up to the review year that 五年累计 alone would be.
    expect(planPeriod('今后五年累计新增城镇就业3万人。', 2025)).toEqual({ name: '今后五年', from: 2026, to: 2030 });
    expect(planPeriod('未来三年，全县累计投入10亿元。', 2025)).toEqual({ name: '未来三年', from: 2026, to: 2028 });
    expect(planPeriod('今后五年，全区将实施一批重大项目。', 2025)).toBeNull();
    // Years counted back named first are the period of the total (近三年累计…，未来三年还将…).
    expect(planPeriod('近三年累计投入教育资金12.6亿元，未来三年还将新建学校8所。', 2025)).toEqual({ name: '近三年', from: 2023, to: 2025 });
  });

  it('gives nothing for a figure of one year, or for 五年来 when the year is not known', () => {
    expect(planPeriod('全年增长6.1%。', 2024)).toBeNull();
    expect(planPeriod('“十四五”规划确定的目标。', 2024)).toBeNull();
    expect(planPeriod('五年来，累计新增就业2万人。', null)).toBeNull();
  });
});
