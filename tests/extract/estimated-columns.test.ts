import { describe, expect, it } from 'vitest';
import { estimatedColumns } from '../../src/extract/estimated-columns.ts';
import { extractClaims } from '../../src/extract/extract-claims.ts';

describe('estimatedColumns', () => {
  it('reads the headings a note calls estimates, and none where no note does', () => {
    expect(estimatedColumns('注：[ ]内为五年累计数。2025年完成数为预计数。')).toEqual(['2025年完成']);
    expect(estimatedColumns('说明：本年执行数均为预计值。')).toEqual(['本年执行']);
    // Words that point at the table are no part of the heading; a note that names no column gives none.
    expect(estimatedColumns('注：表中2025年完成数为预计数。上述数据均为预计数。')).toEqual(['2025年完成']);
    expect(estimatedColumns('预计全年增长5%。注：[ ]内为五年累计数。')).toEqual([]);
  });

  it('makes the figures of such a column estimates of its year in extractClaims, and leaves the other columns as they were', () => {
    const text = '表1 主要指标完成情况\n指标  2020年  2025年目标  2025年完成\n地区生产总值（亿元）  1198.3  1680  1586.4\n一般公共预算收入（亿元）  63.9  80  78.6\n\n注：2025年完成数为预计数。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.unit === 'yuan');
    expect(found.map((row) => `${row.surface}|${row.status}|${row.year}`)).toEqual([
      '1198.3|actual|2020', '1680|target|2025', '1586.4|estimate|2025', '63.9|actual|2020', '80|target|2025', '78.6|estimate|2025',
    ]);
  });
});
