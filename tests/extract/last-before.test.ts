import { describe, expect, it } from 'vitest';
import { lastBefore } from '../../src/extract/last-before.ts';

describe('lastBefore', () => {
  it('finds the last character before a position past white space, and -1 where there is none', () => {
    expect(lastBefore('上年为 4940', 4)).toBe(2);
    expect(lastBefore('上年为4940', 3)).toBe(2);
    expect(lastBefore('  4940', 2)).toBe(-1);
  });
});
