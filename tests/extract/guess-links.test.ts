import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';
import { indicatorKey } from '../../src/extract/guess-links.ts';

/** surface → [of, base, part_of, counterpart] of every row that has a link. */
const links = (text: string) => Object.fromEntries((extractClaims(text).objects() as Record<string, string | null>[])
  .filter((row) => row.of || row.base || row.part_of || row.counterpart)
  .map((row) => [row.surface, [row.of, row.base, row.part_of, row.counterpart].map((id) => (id ? (extractClaims(text).objects() as Record<string, string>[]).find((other) => other.id === id)?.surface : null))]));

describe('guessLinks (through extractClaims)', () => {
  it('links a growth rate to the level just before it that it names, and to that level\'s counterpart as its base', () => {
    const text = '一、2023年工作回顾\n进出口总额8477万元。\n二、2024年工作安排\n实现进出口总额9200万元、增长10%以上。';
    expect(links(text)).toEqual({ '9200万元': [null, null, null, '8477万元'], '10%以上': ['9200万元', '8477万元', null, null] });
  });

  it('links the parts after 其中 to the whole before them, in the sentence or opening the next, and the levels listed after them', () => {
    const text = '全年地区生产总值2860.35亿元，增长5.3%。其中，第一产业增加值213.6亿元；第二产业增加值1102.4亿元。税收收入增长2%，其中个税1亿元。';
    expect(links(text)).toEqual({
      '5.3%': ['2860.35亿元', null, null, null],
      '213.6亿元': [null, null, '2860.35亿元', null], '1102.4亿元': [null, null, '2860.35亿元', null],
    });
  });

  it('links a growth rate to a level of the same months of the year, but not to a total over years', () => {
    expect(links('某县2025年工作总结\n1—9月，新登记经营主体5967户，同比增长3.8%。')).toEqual({ '3.8%': ['5967户', null, null, null] });
    expect(links('某县2025年工作总结\n“十四五”期间，累计完成固定资产投资500亿元，年均增长8%。')).toEqual({});
  });

  it('names and links a growth after a bracketed part to the level before the bracket', () => {
    const text = '全市政府性基金预算支出124.68亿元（含专项债券安排支出52.80亿元），下降6.3%。';
    expect(links(text)).toEqual({ '6.3%': ['124.68亿元', null, null, null] });
    expect((extractClaims(text).objects() as Record<string, unknown>[]).at(-1)?.indicator).toBe('政府性基金预算支出下降');
    // A bracket that holds no figure (（同口径）) passes nothing over.
    expect(links('全市一般公共预算收入100亿元，一般公共预算支出80亿元（同口径），下降5%。')).toEqual({ '5%': ['80亿元', null, null, null] });
  });

  it('pairs a target of new things with the year before\'s new things however each year calls getting them, never with the stock', () => {
    expect(indicatorKey('新增高新技术企业')).toBe(indicatorKey('新培育高新技术企业'));
    expect(indicatorKey('全县新增公用充电桩')).toBe(indicatorKey('新建公用充电桩'));
    expect(indicatorKey('高新技术企业')).not.toBe(indicatorKey('新增高新技术企业'));
    const text = '一、2023年工作回顾\n科技型、高新技术和“专精特新”企业分别新增115家、7家、4家。全县高新技术企业总数达到42家。\n二、2024年工作安排\n新培育科技型企业60家、高新技术企业5家。';
    expect(links(text)).toEqual({ '60家': [null, null, null, '115家'], '5家': [null, null, null, '7家'] });
  });

  it('ends a 其中 list at a figure of another kind', () => {
    expect(links('一般公共预算收入8.35亿元，增长5.2%，其中税收收入5.12亿元；一般公共预算支出25.6亿元。')).toEqual({
      '5.2%': ['8.35亿元', null, null, null], '5.12亿元': [null, null, '8.35亿元', null],
    });
  });

  it('guesses nothing where the text does not tie the figures: another indicator, two candidates, another unit', () => {
    // a growth rate after a level of another indicator
    expect(links('完成投资54.5亿元，旅游收入增长15%。')).toEqual({});
    // two results of the same indicator: which one is the counterpart is not said
    expect(links('一、2023年工作回顾\n市场主体6403户。市场主体5000户。\n二、2024年工作安排\n市场主体6000户。')).toEqual({});
    // a part in people of a whole in yuan
    expect(links('投资10亿元，其中带动就业500人。')).toEqual({});
  });

  it('says in the draft which links it guessed and why', () => {
    const row = (extractClaims('一、2023年工作回顾\n进出口总额8477万元。\n二、2024年工作安排\n实现进出口总额9200万元、增长10%以上。').objects() as Record<string, string>[]).at(-1);
    expect(row?.links).toBe('of: the level just before it in the same sentence; base: the counterpart of the level it describes');
  });
});

describe('guessLinks on a part defined by a threshold', () => {
  it('links a part after 其中 to its whole when a threshold that defines the part stands between them', () => {
    const found = (extractClaims('一、2024年工作回顾\n全年实施重点项目120个，其中10亿元以上项目15个。').objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.kind}|${row.part_of ?? ''}`);
    expect(found.slice(1)).toEqual(['120个|count|', '10亿元以上|threshold|', '15个|count|claim_0002']);
  });
});
