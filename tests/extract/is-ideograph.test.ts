import { describe, expect, it } from 'vitest';
import { isIdeograph } from '../../src/extract/is-ideograph.ts';

describe('isIdeograph', () => {
  it('says whether a UTF-16 unit is a CJK ideograph, and no digit, mark or letter is', () => {
    for (const char of '一亿增鿿') expect(isIdeograph(char.charCodeAt(0)), char).toBe(true);
    for (const char of '5，。a％〇') expect(isIdeograph(char.charCodeAt(0)), char).toBe(false);
  });
});
