import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValue, groupThousands } from '../../src/text/format-value.ts';

const english = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

describe('groupThousands', () => {
  it('groups digits as the en-US number format does', () => {
    expect(groupThousands(1003)).toBe('1,003');
    expect(groupThousands(-1234567.25)).toBe('-1,234,567.25');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(0.5)).toBe('0.5');
  });

  it('agrees with Intl.NumberFormat on every double written with up to 15 significant digits', () => {
    const seed = Number(process.env.FUZZ_SEED ?? 1);
    fc.assert(fc.property(fc.double({ noNaN: true }), fc.integer({ min: 1, max: 15 }), (value, digits) => {
      const written = Number(value.toPrecision(digits));
      expect(groupThousands(written)).toBe(english.format(written));
    }), { seed, numRuns: Number(process.env.FUZZ_RUNS ?? 2000) });
  });

  it('keeps the value writer\'s English amounts as they were', () => {
    expect(formatValue(1003, 'yuan', 'en', 15)).toBe('1,003 yuan');
    expect(formatValue(-0, 'number', 'en')).toBe('0'); // toPrecision drops the sign of zero, as before
  });
});
