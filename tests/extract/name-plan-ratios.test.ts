import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const ratios = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind === 'ratio').map((row) => `${row.surface}|${row.indicator}|${row.links ?? ''}`);

describe('namePlanRatios (through extractClaims)', () => {
  it('names a percentage of the budget, the plan or the task as its rate of completion, after its own name or the level before it', () => {
    expect(ratios('一、2024年工作回顾\n一般公共预算收入完成28.3亿元，为预算的102.5%。固定资产投资完成计划的98%。地区生产总值415.6亿元，增长5.8%，完成年度计划的96.7%。完成全年任务的105%。')).toEqual([
      '102.5%|一般公共预算收入预算完成率|plan ratio: named after the figure before it in its sentence',
      '98%|固定资产投资计划完成率|',
      '96.7%|地区生产总值计划完成率|plan ratio: named after the figure before it in its sentence',
      '105%|任务完成率|',
    ]);
  });

  it('names a percentage of the budget as adjusted in the year by the adjusted budget (为调整预算的)', () => {
    expect(ratios('一、2024年预算执行情况\n一般公共预算收入完成186.52亿元，为调整预算的100.3%。一般公共预算支出完成432.18亿元，为调整后预算的95.7%。')).toEqual([
      '100.3%|一般公共预算收入调整预算完成率|plan ratio: named after the figure before it in its sentence',
      '95.7%|一般公共预算支出调整预算完成率|plan ratio: named after the figure before it in its sentence',
    ]);
  });

  it('leaves a percentage of another figure that is no plan as it was named', () => {
    expect(ratios('一、2024年工作回顾\n粮食产量为上年的96%。')).toEqual(['96%|粮食产量为上年|']);
  });
});
