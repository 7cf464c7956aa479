import { describe, expect, it } from 'vitest';
import { DECADE } from '../../src/extract/decade.ts';
import { yearNamedBefore } from '../../src/extract/target-year.ts';
import { resultYear } from '../../src/extract/result-year.ts';

const year = new RegExp(`(?:19|20)\\d{2}年(?!${DECADE})`);

describe('DECADE', () => {
  it('reads 年代 as a decade only after a year ending in 0', () => {
    expect(year.test('1990年代')).toBe(false);
    expect(year.test('2020 年代')).toBe(false);
    expect(year.test('2025年代编比例')).toBe(true);
    expect(year.test('2021年代表建议')).toBe(true);
  });

  it('lets a year before 代 be the year of a target and of a result', () => {
    const sentence = '力争2025年代编比例压减至15%以内';
    expect(yearNamedBefore(sentence, 0, sentence.indexOf('15%'))).toBe(2025);
    expect(resultYear('2024年代表建议办结率100%', 2025)?.year).toBe(2024);
    expect(resultYear('2020年代，全市…', 2025)).toBe(null);
  });
});
