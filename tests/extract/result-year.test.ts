import { describe, expect, it } from 'vitest';
import { resultYear } from '../../src/extract/result-year.ts';

describe('resultYear', () => {
  it('gives an earlier year a sentence opens with, up to where the sentence turns to another time', () => {
    const whole = '2023年全市粮食产量112.4万吨，比上年增长1.2%。';
    expect(resultYear(whole, 2024)).toEqual({ year: 2023, from: 0, until: whole.length });
    const turns = '2018年全县地区生产总值120亿元，2023年达到260亿元。';
    expect(resultYear(turns, 2023)).toEqual({ year: 2018, from: 0, until: turns.indexOf('2023年') });
    const today = '2022年接待游客500万人次，今年接待游客620万人次。';
    expect(resultYear(today, 2023)).toEqual({ year: 2022, from: 0, until: today.indexOf('今年') });
  });

  it('gives nothing for the review year or a later one, a span, a base, a point in the year or a clause that qualifies a name', () => {
    for (const sentence of ['2024年全市粮食产量112.4万吨。', '2021年以来累计新增就业5.2万人。', '2023年末全市常住人口580万人。', '2021—2023年累计投资50亿元。', '2021年启动的老旧小区改造已完成126个。', '全年粮食产量112.4万吨。']) {
      expect(resultYear(sentence, 2024), sentence).toBeNull();
    }
    expect(resultYear('2023年度全县财政收入12亿元。', 2024)?.year).toBe(2023);
  });

  it('gives a later year a sentence opens with as the date its figures stand at (截至…), and only then', () => {
    const sentence = '截至2025年7月底，已整改问题金额3.41亿元，整改率60.7%。';
    expect(resultYear(sentence, 2024)).toEqual({ year: 2025, from: 0, until: sentence.length });
    expect(resultYear('截止2025年6月，累计发放贷款12亿元。', 2024)?.year).toBe(2025);
    expect(resultYear('截至2024年底，全市常住人口580万人。', 2024)).toBeNull();
    // A clause that opens with it: from that clause on.
    const clause = '对2023年度审计工作报告反映的78个问题，截至2025年6月底已整改71个，整改率91.0%。';
    expect(resultYear(clause, 2024)).toEqual({ year: 2025, from: clause.indexOf('，截至'), until: clause.length });
  });

  it('gives the year a document is given in to a sentence opening with the time since that year\'s start (今年以来), where it is later than the year reviewed', () => {
    const sentence = '今年以来，县审计局共移送违纪违法问题线索4件，涉及金额612万元。';
    expect(resultYear(sentence, 2024, 2025)).toEqual({ year: 2025, from: 0, until: sentence.length });
    expect(resultYear('今年1—6月，全县新增就业1200人。', 2024, 2025)?.year).toBe(2025);
    expect(resultYear(sentence, 2024, 2024)).toBeNull();
    expect(resultYear(sentence, 2024)).toBeNull();
    expect(resultYear('今年是“十四五”收官之年。', 2024, 2025)).toBeNull();
    // 今年 alone opening the sentence is that year too (an audit of 2024 given in 2025 reporting its own work); 今年将… is to come.
    expect(resultYear('今年共完成审计项目36个，查出问题金额3.86亿元。', 2024, 2025)?.year).toBe(2025);
    expect(resultYear('今年将完成审计项目40个。', 2024, 2025)).toBeNull();
  });

  it('reads on past a year that names a report (2023年度审计工作报告) to the next time named', () => {
    const sentence = '截至2025年6月底，对2023年度审计工作报告反映的128个问题，已整改到位112个，2024年新发现问题16个。';
    expect(resultYear(sentence, 2024)).toEqual({ year: 2025, from: 0, until: sentence.indexOf('2024年') });
  });

  it('gives the year of the final accounts or audit a sentence opens by hearing, up to another time, and not the review year\'s', () => {
    const sentence = '听取审议2024年度县级决算和审计工作报告，审查批准县级财政决算，一般公共预算支出决算58.7亿元，2025年预算调整1次。';
    expect(resultYear(sentence, 2025)).toEqual({ year: 2024, from: 0, until: sentence.indexOf('2025年') });
    expect(resultYear('审查批准2025年县级预算调整方案，调整后一般公共预算支出61.3亿元。', 2025)).toBeNull();
    expect(resultYear('听取审议2024年度计划执行情况报告，增长6%。', 2025)).toBeNull();
  });
});
