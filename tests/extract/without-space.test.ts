import { describe, expect, it } from 'vitest';
import { withoutSpace } from '../../src/extract/without-space.ts';

describe('withoutSpace', () => {
  it('drops every white space of a name and returns a name without any as it is', () => {
    expect(withoutSpace('地区 生产\u3000总值\n')).toBe('地区生产总值');
    const plain = '地区生产总值';
    expect(withoutSpace(plain)).toBe(plain);
    expect(withoutSpace('')).toBe('');
  });
});
