import { describe, expect, it } from 'vitest';
import { claimUnit } from '../../src/report/claim-unit.ts';
import { parse } from '../../src/quantity/parse.ts';

describe('claimUnit', () => {
  it('gives the unit parse reads, or the other meaning of a word of two where the claim gives that one, and no third', () => {
    expect(claimUnit('minute', parse('30分'))).toBe('minute');
    expect(claimUnit('score', parse('30分'))).toBe('score');
    expect(claimUnit('hour', parse('30分'))).toBe('score');
    expect(claimUnit('piece', parse('8.6亿块'))).toBe('piece');
    expect(claimUnit('minute', parse('5亿元'))).toBe('yuan');
  });
});
