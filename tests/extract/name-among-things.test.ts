import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);

describe('nameAmongThings (through extractClaims)', () => {
  it('names a figure after a count of things 中 as of a part of them, and the share after it so', () => {
    expect(read('38个省控断面中，Ⅰ～Ⅲ类水质断面35个，占92.1%。')).toEqual([
      '38个|省控断面', '35个|省控断面中的Ⅰ～Ⅲ类水质断面', '92.1%|省控断面中的Ⅰ～Ⅲ类水质断面占比',
    ]);
  });

  it('leaves a figure that says what was done to them, or names nothing of its own', () => {
    expect(read('182个问题中，已整改到位168个。')).toEqual(['182个|问题', '168个|问题已整改到位']);
  });
});
