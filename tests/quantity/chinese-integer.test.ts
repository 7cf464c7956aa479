import { describe, expect, it } from 'vitest';
import { CHINESE_NUMERALS, chineseInteger, isChineseNumeral } from '../../src/quantity/chinese-integer.ts';

const read = (text: string) => chineseInteger(text, 0)?.value ?? null;

describe('chineseInteger', () => {
  it('reads whole numbers below ten thousand as reports write counts in Chinese numerals', () => {
    expect(chineseInteger('召开会议二十三次', 4)).toEqual({ value: 23, end: 7 });
    expect(['八', '十', '十九', '二十', '两百', '三百零五', '一千零一', '两千零二十', '九千九百九十九', '〇', '兩'].map(read)).toEqual([8, 10, 19, 20, 200, 305, 1001, 2020, 9999, 0, 2]);
  });

  it('reads no number where the numerals guess at a few or stand out of order, and none where there are none', () => {
    for (const text of ['三五', '一两', '十百', '百千', '二〇二六', '二〇', '三零五', '次']) expect(read(text), text).toBeNull();
    // It stops before what is no numeral: 万 is the parser's scale word.
    expect(chineseInteger('三万人', 0)).toEqual({ value: 3, end: 1 });
    expect(['三', '十', '千', '〇', '万', '亿', '3'].map(isChineseNumeral)).toEqual([true, true, true, true, false, false, false]);
    expect([...CHINESE_NUMERALS].every(isChineseNumeral)).toBe(true);
    expect([...CHINESE_NUMERALS].sort().join('')).toBe([...'零〇一二两兩三四五六七八九十百千'].sort().join(''));
  });
});
