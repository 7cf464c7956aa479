import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftClaimsCsv } from '../../src/extract/draft-claims-csv.ts';
import { extractClaims } from '../../src/extract/extract-claims.ts';
import { loadReport } from '../../src/report/load-report.ts';

/** surface|value|scale|unit|kind|direction|qualifier of every row. */
const rows = (text: string, options = {}) => (extractClaims(text, options).objects() as Record<string, unknown>[])
  .map((row) => [row.surface, row.value, row.scale, row.unit, row.kind, row.direction ?? '', row.qualifier].join('|'));

// Sentences in the style of other districts' and cities' reports (not from the bundled one).
describe('extractClaims on the genre', () => {
  it('reads levels with 万亿/亿/万 and the growth beside them', () => {
    expect(rows('全市地区生产总值达到1.2万亿元,比上年增长6.1%。')).toEqual([
      '1.2万亿元|1.2|1000000000000|yuan|level||exact', '6.1%|6.1|1|percent|growth|up|exact',
    ]);
  });

  it('reads qualifiers before and after the number, and rates, shares and points', () => {
    expect(rows('城镇调查失业率控制在5.5%以内,粮食产量稳定在120万吨以上,森林覆盖率达到56%,城镇化率提高1.2个百分点。')).toEqual([
      '5.5%以内|5.5|1|percent|rate||at_most', '120万吨以上|120|10000|tonne|level||at_least',
      '56%|56|1|percent|rate||exact', '1.2个百分点|1.2|1|pp|pp_change|up|exact',
    ]);
    expect(rows('全年共接待游客超过3000万人次,实现旅游收入逾200亿元,完成造林近3万亩,服务业占比约48%。')).toEqual([
      '超过3000万人次|3000|10000|person_time|count||above', '逾200亿元|200|100000000|yuan|level||above',
      '近3万亩|3|10000|mu|level||nearly', '约48%|48|1|percent|share||about',
    ]);
  });

  it('reads falls as growth with direction down', () => {
    expect(rows('万元GDP能耗下降3%,居民消费价格回落0.5%。')).toEqual(['3%|3|1|percent|growth|down|exact', '0.5%|0.5|1|percent|growth|down|exact']);
  });

  it('reads traditional characters and full-width digits, keeping the spans of the original text', () => {
    const text = '地區生產總值達到1,234.5億元,增長６．５％。';
    const table = extractClaims(text);
    expect(rows(text)).toEqual(['1,234.5億元|1,234.5|100000000|yuan|level||exact', '６．５％|6.5|1|percent|growth|up|exact']);
    for (const row of table.objects() as { start: number; end: number; surface: string }[]) expect(text.slice(row.start, row.end)).toBe(row.surface);
  });

  it('does not join two numbers across a Chinese comma', () => {
    expect(rows('新建学校5\uff0c300人受益')).toEqual(['5|5|1|number|count||exact', '300人|300|1|person|count||exact']);
  });

  it('gives each number of a 分别 list its own indicator, and a 均 number all of them', () => {
    const list = extractClaims('批发、零售、住宿、餐饮业营业额分别增长12.3%、8.1%、9.5%、10%。').objects() as { indicator: string; kind: string }[];
    expect(list.map((row) => row.indicator)).toEqual(['批发增长', '零售增长', '住宿增长', '餐饮业营业额增长']);
    expect(list.every((row) => row.kind === 'growth')).toBe(true);
    const both = extractClaims('全年接待游客4494万人次、旅游综合收入217亿元,均增长10%以上。').objects() as { indicator: string }[];
    expect(both.map((row) => row.indicator)).toEqual(['接待游客', '旅游综合收入', '接待游客增长;旅游综合收入增长']);
  });

  it('reads dates, years, codes, names and ratios as what they are', () => {
    expect(rows('2024年1月31日,“1+5+N”体系,新建5G基站,城乡收入比缩小到2.35:1,2023年。')).toEqual([
      '2024年1月31日|2024-01-31|1|date|date||exact', '1+5+N|1+5+N|1|code|code||exact', '5G|5|1|name|name||exact',
      '2.35:1|2.35:1|1|ratio|ratio||exact', '2023年|2023|1|date|date||exact',
    ]);
  });

  it('tells results from targets by the report layout, and estimates by 预计', () => {
    const text = '一、2023年工作回顾\n全年地区生产总值增长5.5%。预计旅游产业增加值增长8%。\n二、2024年工作安排\n地区生产总值增长6%左右。';
    const found = extractClaims(text).objects() as { surface: string; status: string; year: number | null }[];
    expect(found.map((row) => [row.surface, row.status, row.year])).toEqual([
      ['2023年', 'reference', 2023], ['5.5%', 'actual', 2023], ['8%', 'estimate', 2023], ['2024年', 'reference', 2024], ['6%左右', 'target', 2024],
    ]);
    expect(extractClaims('增长5%。', { planYear: 2030 }).object()).toMatchObject({ year: 2029, status: 'actual' });
  });

  it('marks its guesses and gives every quantity its interval', () => {
    const [row] = extractClaims('完成投资54.5亿元。').objects() as Record<string, unknown>[];
    expect(row).toMatchObject({ surface: '54.5亿元', low: 5445000000, high: 5455000000, amount: 5450000000, guessed: 'kind;year;status;direction;indicator;topic' });
  });

  it('never throws: not a string, empty text, or text without digits gives no rows', () => {
    expect(extractClaims('').numRows()).toBe(0);
    expect(extractClaims('没有数字的句子。').numRows()).toBe(0);
    expect(extractClaims(undefined as never).numRows()).toBe(0);
    expect(extractClaims(12 as never).numRows()).toBe(0);
  });
});

describe('draftClaimsCsv', () => {
  it('writes a draft that loadReport reads back as a report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    const text = '一、2023年工作回顾\n全年地区生产总值达到1.2万亿元,比上年增长6.1%,粮食产量稳定在120万吨以上。\n二、2024年工作安排\n城镇调查失业率控制在5.5%以内。';
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(extractClaims(text)));
    const report = loadReport(dir);
    expect(report.rows.map((row) => row.surface)).toEqual(['2023年', '1.2万亿元', '6.1%', '120万吨以上', '2024年', '5.5%以内']);
    expect(report.rows[2]).toMatchObject({ kind: 'growth', direction: 'up', year: 2023, status: 'actual', indicator: ['地区生产总值增长'] });
  });
});
