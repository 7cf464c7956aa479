import { describe, expect, it } from 'vitest';
import { unitAlone } from '../../src/extract/unit-alone.ts';

describe('unitAlone', () => {
  it('reads a unit with or without a scale word, and nothing else', () => {
    expect(unitAlone('亿元')).toMatchObject({ unit: 'yuan', scale: 100000000 });
    expect(unitAlone('万人')).toMatchObject({ unit: 'person', scale: 10000 });
    expect(unitAlone('%')).toMatchObject({ unit: 'percent', scale: 1 });
    for (const text of ['代码', '', '以上', '亿元以上']) expect(unitAlone(text), text).toBeNull();
  });
});
