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

  it('names a line\'s difference from its budget and its change after it, and leaves the change of a part after 其中 to the part', () => {
    expect(read('“三公”经费支出决算数为1268万元，比预算数1350万元减少82万元，下降6.1%。政府性基金预算收入决算数为14.36亿元，下降18.2%，其中国有土地使用权出让收入12.84亿元，下降20.6%。')).toEqual([
      '1268万元|三公经费支出决算数', '1350万元|三公经费支出预算数', '82万元|三公经费支出比预算数减少', '6.1%|三公经费支出下降',
      '14.36亿元|政府性基金预算收入决算数', '18.2%|政府性基金预算收入下降', '12.84亿元|国有土地使用权出让收入', '20.6%|国有土地使用权出让收入下降',
    ]);
  });

  it('leaves a sentence whose first figure is no outturn, and the figures of another sentence', () => {
    expect(read('全县一般公共预算收入12.46亿元，增长3.2%。调整预算数12.30亿元。')).toEqual(['12.46亿元|一般公共预算收入', '3.2%|一般公共预算收入增长', '12.30亿元|调整预算数']);
  });
});
