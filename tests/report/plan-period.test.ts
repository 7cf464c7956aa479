import { describe, expect, it } from 'vitest';
import { planPeriod } from '../../src/report/plan-period.ts';

describe('planPeriod', () => {
  it('names the five-year plan a total or an average is over, cut at the year reviewed while it runs', () => {
    expect(planPeriod('“十四五”以来，年均增长6.4%。', 2024)).toEqual({ name: '十四五', from: 2021, to: 2024 });
    expect(planPeriod('“十四五”时期累计完成投资420亿元。', 2025)).toEqual({ name: '十四五', from: 2021, to: 2025 });
    expect(planPeriod('“十三五”期间年均增长7%。', 2024)).toEqual({ name: '十三五', from: 2016, to: 2020 });
    expect(planPeriod('五年来，累计新增就业2万人。', 2022)).toEqual({ name: '五年来', from: 2018, to: 2022 });
  });

  it('gives nothing for a figure of one year, or for 五年来 when the year is not known', () => {
    expect(planPeriod('全年增长6.1%。', 2024)).toBeNull();
    expect(planPeriod('“十四五”规划确定的目标。', 2024)).toBeNull();
    expect(planPeriod('五年来，累计新增就业2万人。', null)).toBeNull();
  });
});
