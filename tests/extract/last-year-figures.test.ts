import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.year}|${row.indicator}`);

describe('lastYearFigures (through extractClaims)', () => {
  it('dates a figure given as the year before\'s (上年为, 上年按) a year earlier, named as the figure before in its unit', () => {
    expect(read('某区2024年卫生健康事业发展统计公报\n年末床位5,126张，上年为4,940张。常住人口按68.5万人计算，上年按68.1万人计算。')).toEqual([
      '5,126张|2024|床位', '4,940张|2023|床位', '68.5万人|2024|常住人口', '68.1万人|2023|常住人口',
    ]);
  });

  it('leaves a change from the year before as the year\'s own', () => {
    expect(read('某区2024年卫生健康事业发展统计公报\n年末床位5,126张，比上年增加186张。')).toEqual(['5,126张|2024|床位', '186张|2024|床位增加']);
  });
});
