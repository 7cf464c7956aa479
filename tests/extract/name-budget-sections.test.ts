import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);

describe('nameBudgetSections (through extractClaims)', () => {
  it('names the lines of an account named without their budget after the budget the part\'s heading names', () => {
    const text = '一、2025年决算情况\n（一）一般公共预算决算情况\n加上上级补助收入32.4亿元，收入总计60.9亿元。\n（二）政府性基金预算决算情况\n加上上级补助收入0.9亿元，收入总计24.5亿元，其中国有土地使用权出让收入12.8亿元。\n二、2026年预算草案\n收入总计70亿元。\n';
    expect(read(text).filter((row) => !row.startsWith('2025年') && !row.startsWith('2026年'))).toEqual([
      '32.4亿元|一般公共预算上级补助收入', '60.9亿元|一般公共预算收入总计', '0.9亿元|政府性基金预算上级补助收入', '24.5亿元|政府性基金预算收入总计',
      '12.8亿元|国有土地使用权出让收入', '70亿元|收入总计',
    ]);
    // A line's budget named by nameBudgetLines (支出预算数) names no budget: it takes the part's.
    expect(read('（二）政府性基金预算决算情况\n支出决算数为20.1亿元，完成预算数21.5亿元的93.5%。\n')).toEqual([
      '20.1亿元|政府性基金预算支出决算数', '21.5亿元|政府性基金预算支出预算数', '93.5%|政府性基金预算支出预算完成率',
    ]);
  });
});
