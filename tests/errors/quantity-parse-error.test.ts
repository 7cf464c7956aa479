import { describe, expect, it } from 'vitest';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { QuantityParseError } from '../../src/errors/quantity-parse-error.ts';
import { messages } from '../../src/messages/index.ts';

describe('QuantityParseError', () => {
  const error = new QuantityParseError('12..5亿元', 3, 'unexpected "."');

  it('is a FactcheckError and an Error, named after its class', () => {
    expect(error).toBeInstanceOf(QuantityParseError);
    expect(error).toBeInstanceOf(FactcheckError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('QuantityParseError');
    expect(error.code).toBe('QUANTITY_PARSE');
  });

  it('keeps the input, the position and the reason', () => {
    expect([error.input, error.position, error.reason]).toEqual(['12..5亿元', 3, 'unexpected "."']);
  });

  it('names the input and the position and says what to write', () => {
    expect(error.message).toBe(
      'Cannot read "12..5亿元" as a quantity: unexpected "." at position 3. Write a number such as "273.46亿元", "10%以上" or "2.35:1".',
    );
    expect(error.message).toBe(messages.quantityParse('12..5亿元', 3, 'unexpected "."'));
  });

  it('quotes control characters visibly', () => {
    expect(new QuantityParseError('1\n2', 1, 'unexpected "\\n"').message).toContain('"1\\n2"');
  });

  it('keeps a cause', () => {
    const cause = new Error('inner');
    expect(new QuantityParseError('x', 0, 'expected a number', { cause }).cause).toBe(cause);
  });
});

describe('FactcheckError', () => {
  it('carries a code and is named after its class', () => {
    const error = new FactcheckError('INVALID_ARGUMENT', 'Cannot use 0 as a scale.');
    expect([error.name, error.code, error.message]).toEqual(['FactcheckError', 'INVALID_ARGUMENT', 'Cannot use 0 as a scale.']);
    expect(error).toBeInstanceOf(Error);
  });
});
