import { describe, expect, it } from 'vitest';
import { QuantityParseError } from '../../src/errors/quantity-parse-error.ts';
import { parse } from '../../src/quantity/parse.ts';
import { tryParse } from '../../src/quantity/try-parse.ts';

describe('tryParse', () => {
  it('returns the quantity when the text reads', () => {
    const result = tryParse('4494万人次');
    expect(result.ok && result.quantity).toEqual(parse('4494万人次'));
  });

  it('returns the error parse would throw', () => {
    const result = tryParse('12..5亿元');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(QuantityParseError);
      expect(result.error.position).toBe(3);
    }
  });

  it('does not throw for a value that is not a string', () => {
    expect(tryParse(undefined as unknown as string).ok).toBe(false);
  });
});
