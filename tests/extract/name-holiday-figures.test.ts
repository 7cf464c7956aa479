import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'code' && row.kind !== 'date').map((row) => `${row.surface}|${row.indicator}`);

describe('nameHolidayFigures (through extractClaims)', () => {
  it('names the figures of a holiday after the nearest holiday their sentence names before them', () => {
    expect(read('春节假期（2月10日至17日）全市接待游客386.4万人次，同比增长21.3%；“五一”假期（5月1日至5日）接待游客264.7万人次。全年接待游客3000万人次。')).toEqual([
      '386.4万人次|春节假期全市接待游客', '21.3%|春节假期全市接待游客增长', '264.7万人次|五一假期接待游客', '3000万人次|接待游客',
    ]);
  });

  it('names the figures of two holidays taken together, in either order (国庆中秋假期, 中秋国庆假期)', () => {
    expect(read('国庆中秋假期8天，全县接待游客86.4万人次，实现旅游收入7.1亿元。')).toEqual([
      '8天|国庆中秋假期', '86.4万人次|国庆中秋假期接待游客', '7.1亿元|国庆中秋假期旅游收入',
    ]);
  });

  it('names the figures of a sentence that says 假期 alone after the holiday named last, and those of a section whose heading names a holiday', () => {
    const text = '汀澜市旅游市场情况通报\n一、国庆中秋假期旅游市场情况\n2025年国庆中秋假期（10月1日至8日），全市旅游市场平稳有序。全市共接待游客1286.4万人次。\n过夜游客增长较快。假期全市接待过夜游客312.8万人次。\n二、全年旅游市场情况\n全年接待游客1.38亿人次。';
    expect(read(text)).toEqual(['1286.4万人次|国庆中秋假期接待游客', '312.8万人次|国庆中秋假期全市接待过夜游客', '1.38亿人次|接待游客']);
  });

  it('leaves 假期 inside another word (休假期间) and a figure of another time in a holiday\'s section (全年)', () => {
    expect(read('春节假期接待游客100万人次。\n落实职工带薪休假期间工资待遇，惠及职工1200人。')).toEqual(['100万人次|春节假期接待游客', '1200人|惠及职工']);
    expect(read('旅游通报\n一、国庆假期旅游市场情况\n接待游客86万人次。（二）全年情况。全年接待游客1200万人次。')).toEqual(['86万人次|国庆假期接待游客', '1200万人次|接待游客']);
  });

  it('leaves a name that has its holiday already, and the word 春节 that names no time of figures', () => {
    expect(read('端午假期接待游客98.6万人次。春节前后走访慰问困难群众1200户。')).toEqual(['98.6万人次|端午假期接待游客', '1200户|春节前后走访慰问困难群众']);
  });
});
