import { describe, expect, it } from 'vitest';
import { isSpace, withoutSpace } from '../../src/extract/white-space.ts';

describe('isSpace', () => {
  it('agrees with \\s on every UTF-16 unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
  });
});

describe('withoutSpace', () => {
  it('drops every white space of a name and returns a name without any as it is', () => {
    expect(withoutSpace('地区 生产\u3000总值\n')).toBe('地区生产总值');
    const plain = '地区生产总值';
    expect(withoutSpace(plain)).toBe(plain);
    expect(withoutSpace('')).toBe('');
  });
});
