import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.indicator}`);

describe('nameAccountSubjects (through extractClaims)', () => {
  it('names the lines of accounts alone after the firms or units their paragraph counts first, paragraph by paragraph', () => {
    expect(read('（一）企业国有资产。区属国有企业共有各级企业86户。资产总额1286.47亿元，增长6.8%；负债总额812.35亿元。\n（二）金融企业国有资产。区属金融企业2户。资产总额18.62亿元。')).toEqual([
      '86户|区属国有企业各级企业', '1286.47亿元|区属国有企业资产总额', '6.8%|区属国有企业资产总额增长', '812.35亿元|区属国有企业负债总额',
      '2户|区属金融企业', '18.62亿元|区属金融企业资产总额',
    ]);
  });

  it('keeps the paragraph\'s holders past a part named after 其中', () => {
    expect(read('全区共有行政事业单位312户，资产总额86.5亿元，其中：行政单位资产总额12亿元。净资产70亿元。')).toEqual([
      '312户|行政事业单位', '86.5亿元|行政事业单位资产总额', '12亿元|行政单位资产总额', '70亿元|行政事业单位净资产',
    ]);
  });

  it('leaves the lines of a paragraph that counts no firms or units first, and a line named with more words', () => {
    expect(read('全县常住人口86万人。资产总额120亿元。\n区属国有企业12户，城建类企业资产总额80亿元。')).toEqual([
      '86万人|常住人口', '120亿元|资产总额', '12户|区属国有企业', '80亿元|城建类企业资产总额',
    ]);
  });
});
