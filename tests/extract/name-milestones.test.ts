import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) =>
  (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.kind}|${row.status}|${row.indicator}`);

describe('nameMilestones (through extractClaims)', () => {
  it('reads a mark passed after its figure as a reference named after the figure', () => {
    expect(read('2025年，全县旅游综合收入23.7亿元，首次突破20亿元大关。')).toEqual([
      '23.7亿元|level|actual|旅游综合收入', '突破20亿元|threshold|reference|旅游综合收入',
    ]);
    // Past an amount of change between them.
    expect(read('2025年，争取上级资金共计23.7亿元，比上年增加3.9亿元，首次突破20亿元大关。')).toEqual([
      '23.7亿元|level|actual|上级资金', '3.9亿元|level|actual|上级资金增加', '突破20亿元|threshold|reference|上级资金',
    ]);
  });

  it('reads a mark passed before the figure reached, in digits or in Chinese numerals', () => {
    expect(read('2025年，全县农业总产值突破25亿元，达到25.4亿元。民宿总数突破百家，达到108家。地区生产总值迈上300亿元台阶，达到312.4亿元。')).toEqual([
      '突破25亿元|threshold|reference|农业总产值', '25.4亿元|level|actual|农业总产值',
      '突破百家|threshold|reference|民宿总数', '108家|count|actual|民宿总数',
      '300亿元|threshold|reference|地区生产总值', '312.4亿元|level|actual|地区生产总值',
    ]);
  });

  it('leaves a figure short of the mark it is said to pass, and a mark with a subject of its own, whatever 首次 says', () => {
    expect(read('2025年，全县农业总产值突破25亿元，达到24.8亿元。')).toEqual([
      '突破25亿元|level|actual|农业总产值', '24.8亿元|level|actual|农业总产值',
    ]);
    // Another measure, a part set apart, another figure of the same unit: figures of their own.
    expect(read('2025年，地区生产总值312亿元，人均地区生产总值首次突破8万元。')).toEqual([
      '312亿元|level|actual|地区生产总值', '突破8万元|level|actual|人均地区生产总值',
    ]);
    expect(read('2025年，外贸进出口总额15亿元，增长12%，其中出口额首次超过10亿元。').at(-1)).toBe('超过10亿元|level|actual|出口额');
    expect(read('2025年，地区生产总值达到312亿元，一般公共预算收入首次突破20亿元。').at(-1)).toBe('突破20亿元|level|actual|一般公共预算收入');
    // The figure's own subject written again is no other subject.
    expect(read('2025年，旅游综合收入23.7亿元，旅游综合收入首次突破20亿元。').at(-1)).toBe('突破20亿元|threshold|reference|旅游综合收入');
  });

  it('reads a mark in a plan part the same way, as a reference beside the target it restates', () => {
    expect(read('2026年主要预期目标：地区生产总值突破330亿元，达到335亿元左右。')).toEqual([
      '突破330亿元|threshold|reference|地区生产总值', '335亿元左右|level|target|地区生产总值',
    ]);
  });
});
