import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize-text.ts';

describe('normalizeText', () => {
  it('makes full-width digits, letters and signs ASCII and traditional characters simplified, one unit for one', () => {
    const text = '地區生產總值２８６０．３５億元，增長５．３％；ＰＭ２．５降至３０∶１';
    const normalized = normalizeText(text);
    expect(normalized).toBe('地区生产总值2860.35亿元，增长5.3%；PM2.5降至30:1');
    expect(normalized.length).toBe(text.length);
    // The minus sign of a typeset table (−8.6) is a hyphen-minus.
    expect(normalizeText('利润总额\t2.17\t−8.6')).toBe('利润总额\t2.17\t-8.6');
  });

  it('writes a year in Chinese digits in Arabic ones, keeping the offsets', () => {
    expect(normalizeText('二〇二五年全縣')).toBe('2025年全县');
  });

  it('keeps the full-width comma (punctuation in Chinese text) and makes every line break a \\n', () => {
    expect(normalizeText('5，300人\r一\u2028二\u2029三')).toBe('5，300人\n一\n二\n三');
    // A Windows line end is one break, not a break and an empty line.
    expect(normalizeText('一、综合\r\n全年增长5%。\r\n\r\n二、农业')).toBe('一、综合 \n全年增长5%。 \n \n二、农业');
  });

  it('returns a text where nothing changes as it is, and copies lone surrogates unit for unit', () => {
    const plain = '全年增长5%。';
    expect(normalizeText(plain)).toBe(plain);
    expect(normalizeText('\ud800５\udc00')).toBe('\ud8005\udc00');
    expect(normalizeText('')).toBe('');
  });
});
