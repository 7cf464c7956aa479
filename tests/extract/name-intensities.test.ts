import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.indicator}`);

describe('nameIntensities (through extractClaims)', () => {
  it('names an intensity alone after the funds a figure before it names, through a change from one level to another, and the change after it', () => {
    expect(read('全市R&D经费年均增长10.6%，投入强度由2020年的2.71%提高到3.27%。规模以上工业企业R&D经费186.2亿元；投入强度（与营业收入之比）为1.92%，比上年提高0.05个百分点。')).toEqual([
      '10.6%|R&D经费年均增长', '2.71%|R&D经费投入强度', '3.27%|R&D经费投入强度', '186.2亿元|规模以上工业企业R&D经费',
      '1.92%|规模以上工业企业R&D经费投入强度（与营业收入之比）', '0.05个百分点|规模以上工业企业R&D经费投入强度（与营业收入之比）提高',
    ]);
  });

  it('leaves an intensity with no funds named before it in its sentence', () => {
    expect(read('全市R&D经费248.3亿元。投入强度为2.5%。')).toEqual(['248.3亿元|R&D经费', '2.5%|投入强度']);
  });
});
