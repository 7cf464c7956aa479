import { describe, expect, it } from 'vitest';
import { isSpace } from '../../src/extract/is-space.ts';

describe('isSpace', () => {
  it('agrees with \\s on every UTF-16 unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
  });
});
