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

  it('reads a bracket of the year before\'s figures (（上年同期为…）, （上年同期分别为…、…）) the same way, its list in the order of the figures it follows', () => {
    expect(read('某县2025年安全生产工作总结\n全县发生火灾12起（上年为15起）。道路交通事故23起、火灾事故9起，分别下降8%和10%（上年同期分别为25起、10起）。')).toEqual([
      '12起|2025|火灾', '15起|2024|火灾', '23起|2025|道路交通事故', '9起|2025|火灾事故', '8%|2025|道路交通事故下降', '10%|2025|火灾事故下降',
      '25起|2024|道路交通事故', '10起|2024|火灾事故',
    ]);
  });
});
