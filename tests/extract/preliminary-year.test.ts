import { describe, expect, it } from 'vitest';
import { preliminaryYear } from '../../src/extract/preliminary-year.ts';

describe('preliminaryYear', () => {
  it('reads the year a note calls preliminary as a whole, or the year reviewed where it names none', () => {
    expect(preliminaryYear('注：1.本公报中2024年数据为初步统计数。部分上年数据进行了修订。', 2023)).toBe(2024);
    expect(preliminaryYear('注：1.本公报数据为年报初步统计数，部分数据因四舍五入…', 2024)).toBe(2024);
    expect(preliminaryYear('本公报各项数据均为初步核算数。', 2025)).toBe(2025);
    expect(preliminaryYear('3.部分数据因四舍五入，分项合计与总数略有出入；本期数据为初步统计数。', 2025)).toBe(2025);
    expect(preliminaryYear('注：1.本公报中2024年数据为快报数，部分数据因四舍五入…', 2024)).toBe(2024);
    expect(preliminaryYear('附注：\n1.本公报中数据均为初步汇总数据。', 2023)).toBe(2023);
  });

  it('reads no such year from a note on part of the figures, or from no note', () => {
    expect(preliminaryYear('注：本公报中部分数据为初步统计数。', 2024)).toBeNull();
    expect(preliminaryYear('全年地区生产总值初步核算为286.5亿元。', 2024)).toBeNull();
    expect(preliminaryYear('本公报数据为年报初步统计数。', null)).toBeNull();
  });
});
