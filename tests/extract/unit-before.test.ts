import { describe, expect, it } from 'vitest';
import { unitBefore } from '../../src/extract/unit-before.ts';

describe('unitBefore', () => {
  it('reads a unit in brackets that ends a clause, with the verb after it, and where the brackets start', () => {
    expect(unitBefore('利润总额（亿元）')).toMatchObject({ unit: '亿元', at: 4, inUnit: { unit: 'yuan', scale: 100000000 } });
    expect(unitBefore('营业收入(亿元)为')).toMatchObject({ unit: '亿元', at: 4 });
  });

  it('reads nothing where the brackets hold no unit or do not end the clause', () => {
    for (const clause of ['产品（代码）', '利润总额（亿元）增长', '利润总额', '']) expect(unitBefore(clause), clause).toBeNull();
  });
});
