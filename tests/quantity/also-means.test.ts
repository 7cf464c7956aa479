import { describe, expect, it } from 'vitest';
import { alsoMeans } from '../../src/quantity/also-means.ts';
import { parse } from '../../src/quantity/parse.ts';

describe('alsoMeans', () => {
  it('gives the other meaning of a unit word of two (分: a score, or minutes; 只 and 块: animals or plots, or pieces), and none for a word of one', () => {
    expect(parse('91.6分').unit).toBe('score');
    expect(alsoMeans(parse('30分').unitText)).toBe('minute');
    expect(alsoMeans('只')).toBe('piece');
    expect(alsoMeans('块')).toBe('piece');
    expect(alsoMeans('分钟')).toBeNull();
    expect(alsoMeans('亿元')).toBeNull();
  });
});
