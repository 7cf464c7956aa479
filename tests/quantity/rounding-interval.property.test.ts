import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactBounds, readWritten } from '../../src/quantity/rounding-interval.ts';
import { QUALIFIERS } from '../../src/quantity/qualifiers.ts';
import type { Qualifier } from '../../src/quantity/types.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20240131);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** A written number: up to `digits` significant digits, some of them after the point, a sign maybe. */
const written = (digits: number) => fc.record({
  sign: fc.constantFrom('', '-'),
  whole: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: digits }),
  fraction: fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 6 }),
}).filter(({ whole, fraction }) => `${whole}${fraction}`.replace(/^0+/, '').length <= digits)
  .map(({ sign, whole, fraction }) => `${sign}${whole.replace(/^0+(?=\d)/, '')}${fraction ? `.${fraction}` : ''}`);
const scales = fc.constantFrom(1, 10000, 100000000, 1000000000000, 0.01);
const qualifiers = fc.constantFrom(...(QUALIFIERS as readonly Qualifier[]));

describe('exactBounds: the double arithmetic and the BigInt arithmetic agree', () => {
  it('gives exactly the bounds of the BigInt path whenever it finishes, on numbers of up to 15 significant digits', () => {
    let finished = 0;
    fc.assert(fc.property(written(15), scales, qualifiers, fc.boolean(), (text, scale, qualifier, signed) => {
      const term = readWritten(text);
      const big = exactBounds(qualifier, term, scale, signed, 'bigint');
      let fast: [number, number] | null = null;
      try {
        fast = exactBounds(qualifier, term, scale, signed, 'double');
      } catch (error) {
        expect(error).toBeInstanceOf(RangeError);
      }
      if (fast) {
        finished += 1;
        expect(fast).toEqual(big);
      }
    }), { seed: SEED, numRuns: RUNS });
    expect(finished).toBeGreaterThan(RUNS / 2);
  });

  it('never needs BigInt for the numbers reports write: up to 12 significant digits', () => {
    fc.assert(fc.property(written(12), scales, qualifiers, fc.boolean(), (text, scale, qualifier, signed) => {
      const term = readWritten(text);
      expect(exactBounds(qualifier, term, scale, signed, 'double')).toEqual(exactBounds(qualifier, term, scale, signed, 'bigint'));
    }), { seed: SEED, numRuns: RUNS });
  });
});

/** A written number with thousands separators in its whole part (12345.6 → 12,345.6). */
const grouped = (text: string): string => text.replace(/\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));

describe('readWritten: plain numbers are read without the grammar, to the same parts', () => {
  it('reads a number written plain and the same number written with separators (read through the grammar) alike', () => {
    let separated = 0;
    fc.assert(fc.property(written(20), (text) => {
      const withSeparators = grouped(text);
      if (withSeparators !== text) separated += 1;
      expect(readWritten(text)).toEqual(readWritten(withSeparators));
    }), { seed: SEED, numRuns: RUNS });
    expect(separated).toBeGreaterThan(RUNS / 4);
  });

  it('refuses what is not a plain number as the grammar does', () => {
    for (const text of ['1.', '.5', '1..2', '+', '-', '', '1.2.3', '1a']) expect(() => readWritten(text)).toThrow(/./);
    expect(readWritten('+0012.50')).toEqual({ negative: false, digits: '1250', decimals: 2, divisor: 1 });
    expect(readWritten('−7')).toEqual({ negative: true, digits: '7', decimals: 0, divisor: 1 });
  });
});
