import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/extract/classify-lines.ts';
import { tableCell } from '../../src/extract/table-cell.ts';

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
