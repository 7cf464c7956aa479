import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.kind}|${row.indicator}`);

describe('nameAnomalies (through extractClaims)', () => {
  it('names a departure named by its words alone after the level before it, in its unit where one is, keeping its kind', () => {
    expect(read('全市年平均气温18.9℃，较常年偏高1.1℃。年降水量1512.6毫米，年日照时数1856.4小时，较常年偏多126.5小时；春季降水量512.6毫米，偏多16%。')).toEqual([
      '18.9℃|level|年平均气温', '1.1℃|level|年平均气温较常年偏高', '1512.6毫米|level|年降水量', '1856.4小时|duration|年日照时数',
      '126.5小时|duration|年日照时数较常年偏多', '512.6毫米|level|春季降水量', '16%|rate|春季降水量偏多',
    ]);
  });

  it('leaves a departure with no level before it in its sentence, or in time after a date, and names a second after the level, not the first', () => {
    expect(read('全年较常年偏多16%。')).toEqual(['16%|rate|较常年偏多']);
    expect(read('全年降水量1512.6毫米，入梅日期为6月5日，较常年偏早5天。').at(-1)).toBe('5天|count|较常年偏早');
    expect(read('全市年平均气温18.9℃，较常年偏高1.1℃，比上年偏高0.3℃。')).toEqual([
      '18.9℃|level|年平均气温', '1.1℃|level|年平均气温较常年偏高', '0.3℃|level|年平均气温偏高',
    ]);
  });
});
