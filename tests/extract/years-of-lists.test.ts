import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[])
  .filter((row) => row.kind !== 'date' && row.kind !== 'code').map((row) => `${row.surface}|${row.kind}|${row.year}|${row.period}|${row.indicator}`);

describe('yearsOfLists', () => {
  it('gives each figure of a list one of the first years of a five-year period its sentence counts (“十四五”前四年…分别为)', () => {
    const text = '政府工作报告\n一、2025年和“十四五”时期工作回顾\n“十四五”前四年地区生产总值增速分别为8.6%、3.1%、5.9%和5.4%，年均增速低于预期目标。';
    expect(read(text).slice(0, 4)).toEqual([
      '8.6%|growth|2021|null|地区生产总值增速', '3.1%|growth|2022|null|地区生产总值增速', '5.9%|growth|2023|null|地区生产总值增速', '5.4%|growth|2024|null|地区生产总值增速',
    ]);
  });

  it('counts years back from the year reviewed (过去三年), or from the first of a span (2021—2022年)', () => {
    expect(read('政府工作报告\n一、2025年工作回顾\n过去三年地区生产总值分别增长8.6%、3.1%和5.9%。')).toEqual([
      '8.6%|growth|2023|null|地区生产总值增长', '3.1%|growth|2024|null|地区生产总值增长', '5.9%|growth|2025|null|地区生产总值增长',
    ]);
    expect(read('政府工作报告\n一、2025年工作回顾\n2021—2022年粮食产量分别为30万吨、31万吨。').map((row) => row.split('|').slice(0, 3).join('|'))).toEqual(['30万吨|level|2021', '31万吨|level|2022']);
  });

  it('leaves a list whose length is not the number of years counted, and a list of named items, as they were', () => {
    expect(read('政府工作报告\n一、2025年工作回顾\n过去三年地区生产总值分别增长8.6%和3.1%。').map((row) => row.split('|')[2])).toEqual(['2025', '2025']);
    // Two named items are not two years, though the sentence counts two.
    expect(read('政府工作报告\n一、2025年工作回顾\n过去两年城镇、农村居民收入分别增长3.4%、7.9%。').map((row) => row.split('|').slice(1, 4).join('|'))).toEqual(['growth|2025|null', 'growth|2025|null']);
  });
});
