import { describe, expect, it } from 'vitest';
import { scanDoublings } from '../../src/extract/scan-doublings.ts';

describe('scanDoublings', () => {
  it('finds doublings with their words after, and nothing in a text without 番', () => {
    const text = '数量翻了一番多，力争翻一番，翻两番以上，三番五次。';
    expect(scanDoublings(text).map(([start, end]) => text.slice(start, end))).toEqual(['翻了一番多', '翻一番', '翻两番以上']);
    expect(scanDoublings('增长5%。')).toEqual([]);
  });
});
