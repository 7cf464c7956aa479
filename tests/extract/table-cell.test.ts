import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/extract/classify-lines.ts';
import { columnStanding, tableCell } from '../../src/extract/table-cell.ts';

describe('tableCell', () => {
  const text = '表2 主要指标\n指标 单位 绝对数（亿元） 比上年增长（%）\n地区生产总值 亿元 2860.35 5.3\n常住人口（万人） 125.3 0.8\n';
  const rows = classifyLines(text).filter((line) => line.kind === 'table_row');
  const cell = (row: number, number: string) => tableCell(rows[row] as (typeof rows)[number], text.indexOf(number));

  it('names a cell by its row and column, and takes the row\'s unit before the column\'s but a percentage column\'s first', () => {
    expect(cell(0, '2860.35')).toMatchObject({ row: '地区生产总值', column: '绝对数（亿元）', unit: '亿元', unitFrom: 'row', indicator: '地区生产总值(绝对数)' });
    expect(cell(0, '5.3')).toMatchObject({ unit: '%', unitFrom: 'column', indicator: '地区生产总值(比上年增长)' });
    expect(cell(1, '125.3')).toMatchObject({ row: '常住人口', unit: '万人', unitFrom: 'row', indicator: '常住人口(绝对数)' });
  });
});

describe('columnStanding', () => {
  const years = { reviewYear: 2024, planYear: 2025 };

  it('reads targets, results and estimates from a column heading, with the year it names or the part\'s', () => {
    expect(columnStanding('计划', false, years)).toEqual({ status: 'target', year: 2024 });
    expect(columnStanding('完成', false, years)).toEqual({ status: 'actual', year: 2024 });
    expect(columnStanding('2024年完成', true, years)).toEqual({ status: 'actual', year: 2024 });
    expect(columnStanding('2025年目标', true, years)).toEqual({ status: 'target', year: 2025 });
    expect(columnStanding('预期目标', true, years)).toEqual({ status: 'target', year: 2025 });
    expect(columnStanding('2024年预计', true, years)).toEqual({ status: 'estimate', year: 2024 });
  });

  it('says nothing of a heading that names neither', () => {
    for (const column of ['绝对数（亿元）', '比上年增长（%）', '2024年', '']) expect(columnStanding(column, false, years), column).toBeNull();
  });
});
