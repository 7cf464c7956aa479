import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.value}|${row.unit}|${row.qualifier}|${row.indicator}`);

describe('nameDoublings (through extractClaims)', () => {
  it('reads a doubling as the multiple it makes, named as the doubling of what doubled before it', () => {
    expect(read('高新技术企业由27家增加到58家，数量翻了一番多。高新技术企业数量较2020年翻一番。年处置能力达到32万吨，较“十四五”初期翻了两番。')).toEqual([
      '27家|27|entity|exact|高新技术企业', '58家|58|entity|exact|高新技术企业', '翻了一番多|2|multiple|more_than|高新技术企业数量翻番',
      '翻一番|2|multiple|exact|高新技术企业数量翻番', '32万吨|32|tonne|exact|年处置能力', '翻了两番|4|multiple|exact|年处置能力翻番',
    ]);
  });

  it('names a doubling that names what doubled as its doubling', () => {
    expect(read('力争地区生产总值翻一番。')).toEqual(['翻一番|2|multiple|exact|地区生产总值翻番']);
  });
});
