import { describe, expect, it } from 'vitest';
import { yearDigits } from '../../src/text/year-digits.ts';

describe('yearDigits', () => {
  it('writes a year in Chinese digits in Arabic ones, four characters for four', () => {
    const text = '二〇二五年工作回顾；二零二六年一月；一九九八年度；二○二四年';
    const written = yearDigits(text);
    expect(written).toBe('2025年工作回顾；2026年一月；1998年度；2024年');
    expect(written.length).toBe(text.length);
  });

  it('leaves other numerals, a run longer than a year and a text with no year as written', () => {
    expect(yearDigits('三个村五成以上，十二〇二五年，二〇二五元')).toBe('三个村五成以上，十二〇二五年，二〇二五元');
    expect(yearDigits('二一二五年')).toBe('二一二五年');
    const plain = '全年增长5%。';
    expect(yearDigits(plain)).toBe(plain);
  });
});
