import { describe, expect, it } from 'vitest';
import { cjkTextWidth, installCjkTextWidth } from '../../src/render/cjk-text-width.ts';

describe('cjkTextWidth', () => {
  it('counts a Chinese character as one em and Latin letters and digits as narrower', () => {
    expect(cjkTextWidth('旅游综合收入', 11)).toBe(66);
    expect(cjkTextWidth('亿元', 10)).toBe(20);
    // 2024: four digits of 0.56 em
    expect(cjkTextWidth('2024', 10)).toBeCloseTo(22.4, 10);
    // full-width punctuation and astral ideographs are wide too
    expect(cjkTextWidth('\uff08\uff0c', 10)).toBe(20);
    expect(cjkTextWidth('𠀀', 10)).toBe(10);
    expect(cjkTextWidth('', 10)).toBe(0);
  });

  it('installs itself into Vega once, where no canvas measures text', async () => {
    expect(await installCjkTextWidth()).toBe(true);
    expect(await installCjkTextWidth()).toBe(true);
    const { textMetrics } = (await import('vega')) as unknown as { textMetrics: { width: (item: object, text: string) => number } };
    expect(textMetrics.width({ fontSize: 10 }, '旅游综合收入')).toBe(60);
  });
});
