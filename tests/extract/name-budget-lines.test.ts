import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);

describe('nameBudgetLines (through extractClaims)', () => {
  it('names the budgets an outturn is compared with, its rates of completing them and its change after its line', () => {
    expect(read('全县一般公共预算收入决算数为12.46亿元，为年初预算数12.10亿元的103.0%，为调整预算数12.30亿元的101.3%，比上年决算数增长3.2%。')).toEqual([
      '12.46亿元|一般公共预算收入决算数', '12.10亿元|一般公共预算收入年初预算数', '103.0%|一般公共预算收入年初预算完成率',
      '12.30亿元|一般公共预算收入调整预算数', '101.3%|一般公共预算收入调整预算完成率', '3.2%|一般公共预算收入增长',
    ]);
    expect(read('全县一般公共预算支出决算数为38.20亿元，完成调整预算数39.00亿元的97.9%，增长2.6%。')).toEqual([
      '38.20亿元|一般公共预算支出决算数', '39.00亿元|一般公共预算支出调整预算数', '97.9%|一般公共预算支出调整预算完成率', '2.6%|一般公共预算支出增长',
    ]);
  });

  it('leaves a sentence whose first figure is no outturn, and the figures of another sentence', () => {
    expect(read('全县一般公共预算收入12.46亿元，增长3.2%。调整预算数12.30亿元。')).toEqual(['12.46亿元|一般公共预算收入', '3.2%|一般公共预算收入增长', '12.30亿元|调整预算数']);
  });
});
