import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const changes = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[])
  .filter((row) => row.kind === 'growth' || row.kind === 'pp_change').map((row) => `${row.surface}|${row.indicator}|${row.links ?? ''}`);

const NOTE = 'named after the subject of the growth before it in its sentence';

describe('nameGrowthProperties (through extractClaims)', () => {
  it('gives the rate, the month or the month-on-month change of a growth the subject of that growth', () => {
    expect(changes('2024年全市经济运行情况\n1—9月，全市地区生产总值同比增长5.2%，增速比上半年回落0.3个百分点。全市规模以上工业增加值同比增长7.1%，其中9月当月增长8.3%，环比增长1.2%。')).toEqual([
      '5.2%|地区生产总值增长|',
      `0.3个百分点|地区生产总值增速比上半年回落|${NOTE}`,
      '7.1%|规模以上工业增加值增长|',
      `8.3%|规模以上工业增加值当月增长|${NOTE}`,
      `1.2%|规模以上工业增加值当月环比增长|${NOTE}`,
    ]);
  });

  it('names a change with no name from the words between it and the growth (降幅比1—8月收窄)', () => {
    expect(changes('2024年全市经济运行情况\n1—9月，全市固定资产投资同比下降1.5%，降幅比1—8月收窄0.8个百分点。')).toEqual([
      '1.5%|固定资产投资下降|',
      `0.8个百分点|固定资产投资降幅比1—8月收窄|${NOTE}`,
    ]);
  });

  it('lends nothing across sentences, nor from a growth that names no word of change', () => {
    expect(changes('2024年全市经济运行情况\n地区生产总值增长5.2%。增速高于全省0.5个百分点。')).toEqual([
      '5.2%|地区生产总值增长|',
      '0.5个百分点|增速高于全省|',
    ]);
    expect(changes('2024年全市经济运行情况\n地区生产总值增长5.2%，增速高于全省0.5个百分点。')).toEqual([
      '5.2%|地区生产总值增长|',
      `0.5个百分点|地区生产总值增速高于全省|${NOTE}`,
    ]);
  });
});
