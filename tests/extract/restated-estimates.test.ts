import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

describe('restatedEstimates', () => {
  it('makes a table cell that restates a preliminary figure of the text an estimate, and leaves other cells results', () => {
    const text = '江川市2025年国民经济和社会发展统计公报\n初步核算，全年全市地区生产总值4826.37亿元，比上年增长5.6%。\n表1 2025年地区生产总值\n指标  绝对数（亿元）  比上年增长（%）\n地区生产总值  4826.37  5.6\n第一产业  592.14  3.7\n';
    const cells = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.unit_text !== null);
    expect(cells.map((row) => `${row.surface}|${row.status}`)).toEqual(['4826.37|estimate', '5.6|estimate', '592.14|actual', '3.7|actual']);
    expect(String(cells[0]?.links)).toContain('preliminary');
  });

  it('makes a figure of the text that a table\'s column of estimates gives too an estimate, and no other', () => {
    const text = '枫林区2025年计划执行情况报告\n一、2025年计划执行情况\n规模以上工业增加值增长8.1%，固定资产投资增长3.5%。\n表1 主要指标\n指标名称 单位 2025年计划 预计完成\n规模以上工业增加值增长 % 7 8.1\n固定资产投资增长 % 5 3.2\n';
    const prose = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.unit_text === null && row.kind === 'growth');
    expect(prose.map((row) => `${row.surface}|${row.status}`)).toEqual(['8.1%|estimate', '3.5%|actual']);
    expect(String(prose[0]?.links)).toContain('a table gives the same figure as an estimate');
    // The same value of another measure (工业投资 against 工业) or another kind is no restatement.
    const other = '某区2025年计划执行情况报告\n一、2025年计划执行情况\n工业投资增长8%，居民消费价格上涨0.4%。\n表1 主要指标\n指标名称 单位 2025年计划 预计完成\n工业 % 7 8\n居民消费价格涨幅 % 2左右 0.4\n';
    const read = (extractClaims(other).objects() as Record<string, unknown>[]).filter((row) => row.unit_text === null && row.kind === 'growth');
    expect(read.map((row) => `${row.surface}|${row.status}`)).toEqual(['8%|actual', '0.4%|estimate']);
  });
});
