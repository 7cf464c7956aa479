import { describe, expect, it } from 'vitest';
import { scanChineseRanks } from '../../src/extract/scan-chinese-ranks.ts';

const ranks = (text: string) => scanChineseRanks(text).map(([start, end]) => text.slice(start, end));

describe('scanChineseRanks', () => {
  it('finds ranks in Chinese numerals after the words of a rank, with their 位 or 名', () => {
    expect(ranks('县域经济综合考核排名全市第二，游客满意度连续两年位居全市第一。位列全省同类县区第三名，居全国第十二位')).toEqual(['二', '一', '三名', '十二位']);
  });

  it('leaves ordinals of other things, ranks in digits, and ranks of 0 or of more than 99', () => {
    expect(ranks('召开第二次会议，第三批试点，排名全市第3位，排名第一百位，第一，排名第二批。')).toEqual([]);
  });
});
