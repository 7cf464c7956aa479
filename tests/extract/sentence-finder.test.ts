import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../src/report/sentence-at.ts';
import { sentenceFinder } from '../../src/extract/sentence-finder.ts';

const cut = (text: string, start: number, end: number) => {
  const { from, to } = sentenceFinder(text)(start, end);
  return text.slice(from, to);
};

describe('sentenceFinder', () => {
  it('gives the sentence around a span, with its closing mark, trimmed', () => {
    const text = '第一句。 实现地区生产总值273.46亿元、增长5.5%！第三句?\n  表中一行 12 \n末句';
    const at = text.indexOf('273.46');
    expect(cut(text, at, at + 6)).toBe('实现地区生产总值273.46亿元、增长5.5%！');
    expect(cut(text, text.indexOf('12'), text.indexOf('12') + 2)).toBe('表中一行 12');
    expect(cut(text, text.length - 1, text.length)).toBe('末句');
    expect(cut(text, 0, 1)).toBe('第一句。');
  });

  it('cuts the same sentence as sentenceAt wherever a sentence is shorter than its reach', () => {
    const text = '一。二！三？四!五?六\n七。。八';
    for (let i = 0; i < text.length; i += 1) expect(cut(text, i, i + 1), `at ${i}`).toBe(sentenceAt(text, i, i + 1));
  });

  it('gives the same sentences to positions asked out of order as to positions asked in order', () => {
    const text = '一。二！三？四!五?六\n七。。八';
    const find = sentenceFinder(text);
    const order = [9, 2, 14, 0, 7, 7, 3, 12, 1];
    const spans = order.map((at) => ({ ...find(at, at + 1) }));
    order.forEach((at, k) => expect(spans[k], `at ${at}`).toEqual(sentenceFinder(text)(at, at + 1)));
  });

  it('reaches at most 300 characters either side of the span in text without marks', () => {
    const text = `${'字'.repeat(1000)}5${'字'.repeat(1000)}`;
    const { from, to } = sentenceFinder(text)(1000, 1001);
    expect([from, to]).toEqual([700, 1301]);
  });
});
