import { describe, expect, it } from 'vitest';
import { isDigit } from '../../src/extract/is-digit.ts';

describe('isDigit', () => {
  it('says whether a UTF-16 unit is an ASCII digit, and nothing else is', () => {
    for (const char of '0123456789') expect(isDigit(char.charCodeAt(0)), char).toBe(true);
    for (const char of '/:.a５一') expect(isDigit(char.charCodeAt(0)), char).toBe(false);
    expect(isDigit(Number.NaN)).toBe(false);
  });
});
