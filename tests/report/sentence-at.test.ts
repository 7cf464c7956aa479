import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../src/report/sentence-at.ts';

describe('sentenceAt', () => {
  const text = '第一句。第二句有数字5%!\n第三行没有句号\n第四句?';
  it('stops at 。!? and line breaks', () => {
    expect(sentenceAt(text, 10)).toBe('第二句有数字5%!');
    expect(sentenceAt(text, 16)).toBe('第三行没有句号');
    expect(sentenceAt(text, text.length - 2)).toBe('第四句?');
  });
  it('handles the first and last characters', () => {
    expect(sentenceAt(text, 0)).toBe('第一句。');
    expect(sentenceAt('没有标点', 2)).toBe('没有标点');
  });
});
