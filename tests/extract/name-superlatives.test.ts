import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'code')
  .map((row) => `${row.surface}|${row.indicator}`);

describe('nameSuperlatives (through extractClaims)', () => {
  it('names a figure given alone after a clause of what is the most by that clause (…最大，为…; 最大的是…，为…)', () => {
    expect(read('某市2025年水资源公报\n青阳县降水量最大，为1352.7毫米。6月降水量最多，为238.6毫米。年降水量最大的是石门县龙潭站，为1684.5毫米。')).toEqual([
      '1352.7毫米|青阳县降水量', '238.6毫米|6月降水量', '1684.5毫米|石门县龙潭站年降水量',
    ]);
  });

  it('leaves a figure named in its own clause, and one after a clause that is no superlative', () => {
    expect(read('某市2025年水资源公报\n青阳县降水量最大，降水量为1352.7毫米。青阳县降水量偏多，为1352.7毫米。')).toEqual(['1352.7毫米|降水量', '1352.7毫米|']);
  });

  it('names a figure of the next in rank (其次为云桥市，增加…) as the figure before it, with its place', () => {
    expect(read('某省2025年人口变动情况抽样调查主要数据公报\n省会屏州市常住人口比上年末增加10.46万人，增量居全省首位；其次为云桥市，增加2.13万人。')).toEqual([
      '10.46万人|省会屏州市常住人口增加', '2.13万人|云桥市常住人口增加',
    ]);
  });
});
