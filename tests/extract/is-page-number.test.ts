import { describe, expect, it } from 'vitest';
import { isPageNumber } from '../../src/extract/is-page-number.ts';

describe('isPageNumber', () => {
  it('reads the ways a PDF writes a page number, and nothing with words', () => {
    for (const line of ['- 3 -', '—12—', ' 第2页 ', '第2页 共10页', '2/10', '17']) expect(isPageNumber(line), line).toBe(true);
    for (const line of ['2024年', '增长5.6%', '1234', '一、综合', '']) expect(isPageNumber(line), line).toBe(false);
  });
});
