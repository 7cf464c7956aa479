import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/extract/classify-lines.ts';
import { columnStanding, tableCell } from '../../src/extract/table-cell.ts';

describe('tableCell', () => {
  const text = '表2 主要指标\n指标 单位 绝对数（亿元） 比上年增长（%）\n地区生产总值 亿元 2860.35 5.3\n常住人口（万人） 125.3 0.8\n';
  const rows = classifyLines(text).filter((line) => line.kind === 'table_row');
  const cell = (row: number, number: string) => tableCell(rows[row] as (typeof rows)[number], text.indexOf(number));

  it('names a cell by its row and column, and takes the row\'s unit before the column\'s but a percentage column\'s first', () => {
    expect(cell(0, '2860.35')).toMatchObject({ row: '地区生产总值', column: '绝对数（亿元）', unit: '亿元', unitFrom: 'row', indicator: '地区生产总值(绝对数)' });
    expect(cell(0, '5.3')).toMatchObject({ unit: '%', unitFrom: 'column', indicator: '地区生产总值(比上年增长)' });
    expect(cell(1, '125.3')).toMatchObject({ row: '常住人口', unit: '万人', unitFrom: 'row', indicator: '常住人口(绝对数)' });
  });

  it('names a column of changes after a column of an amount by that amount, in a table whose rows are places', () => {
    const places = '表1    2025年分市R&D经费情况\n地  区        R&D经费（亿元）        比上年增长（%）        R&D经费投入强度（%）\n全  省        1286.4        9.6        2.38\n西江市        512.7        10.8        3.65\n';
    const lines = classifyLines(places).filter((line) => line.kind === 'table_row');
    const at = (row: number, number: string) => tableCell(lines[row] as (typeof lines)[number], places.indexOf(number));
    expect(at(1, '512.7')).toMatchObject({ indicator: '西江市(R&D经费)' });
    expect(at(1, '10.8')).toMatchObject({ unit: '%', indicator: '西江市(R&D经费比上年增长)' });
    expect(at(1, '3.65')).toMatchObject({ indicator: '西江市(R&D经费投入强度)' });
    // After a column that names no measure (绝对数, a year), a change is the row's.
    expect(cell(0, '5.3')).toMatchObject({ indicator: '地区生产总值(比上年增长)' });
  });

  it('names the rows of a table of one level\'s accounts with that level, which its caption names, but not a row that names its own', () => {
    const accounts = '表1  2025年市级一般公共预算收支决算表（单位：亿元）\n项  目      预算数      决算数\n一般公共预算收入      61.50      62.38\n全市一般公共预算收入      180.00      186.42\n\n表2  2025年全市社会保险基金收支决算表\n项  目      收入      支出\n企业职工基本养老保险基金      96.4      80.2\n';
    const lines = classifyLines(accounts).filter((line) => line.kind === 'table_row');
    const at = (row: number, number: string) => tableCell(lines[row] as (typeof lines)[number], accounts.indexOf(number));
    expect(at(0, '62.38')).toMatchObject({ indicator: '市级一般公共预算收入(决算数)', unit: '亿元', unitFrom: 'table' });
    expect(at(1, '186.42')).toMatchObject({ indicator: '一般公共预算收入(决算数)' });
    expect(at(2, '96.4')).toMatchObject({ indicator: '企业职工基本养老保险基金(收入)' });
  });

  it('reads a label with digits only in its brackets (（2月末）, （上年同期=100）) as a label, not a value, and a placeholder (—) as a value not given', () => {
    const monthly = '指标名称\t单位\t1—2月\t同比增长(%)\n固定资产投资\t—\t—\t-3.2\n金融机构人民币各项存款余额（2月末）\t亿元\t412.6\t8.4\n居民消费价格指数（上年同期=100）\t%\t100.4\t—\n';
    const lines = classifyLines(monthly).filter((line) => line.kind === 'table_row');
    const at = (row: number, number: string) => tableCell(lines[row] as (typeof lines)[number], monthly.indexOf(number));
    expect(at(0, '-3.2')).toMatchObject({ row: '固定资产投资', unit: '%', indicator: '固定资产投资(同比增长)' });
    expect(at(1, '412.6')).toMatchObject({ row: '金融机构人民币各项存款余额（2月末）', unit: '亿元' });
    expect(at(1, '8.4')).toMatchObject({ unit: '%', indicator: '金融机构人民币各项存款余额（2月末）(同比增长)' });
    expect(at(2, '100.4')).toMatchObject({ row: '居民消费价格指数（上年同期=100）', column: '1—2月' });
  });

  it('reads a column heading\'s unit written after 单位 in its brackets (本年收费金额（单位：万元）)', () => {
    const fees = '信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t562.37\n';
    const line = classifyLines(fees).find((found) => found.kind === 'table_row') as ReturnType<typeof classifyLines>[number];
    const found = tableCell(line, fees.indexOf('562.37'));
    expect(found).toMatchObject({ unit: '万元', unitFrom: 'column', indicator: '行政事业性收费(本年收费金额)' });
    expect(fees.slice(found.unitStart, found.unitStart + found.unit.length)).toBe('万元');
  });

  it('names a column of shares after the amount column before it, so two share columns are told apart, and a column of changes after 绝对量 by itself', () => {
    const table = '单位性质  实缴单位（家）  占比（%）  实缴职工（人）  占比（%）\n国有企业  1128  7.33  86742  19.69\n';
    const line = classifyLines(table).find((found) => found.kind === 'table_row') as ReturnType<typeof classifyLines>[number];
    expect(tableCell(line, table.indexOf('7.33')).indicator).toBe('国有企业(实缴单位占比)');
    expect(tableCell(line, table.indexOf('19.69')).indicator).toBe('国有企业(实缴职工占比)');
    const income = '指标  绝对量（元）  比上年增长（%）\n人均可支配收入  23846  6.3\n';
    const row = classifyLines(income).find((found) => found.kind === 'table_row') as ReturnType<typeof classifyLines>[number];
    expect(tableCell(row, income.indexOf('6.3')).indicator).toBe('人均可支配收入(比上年增长)');
  });

  it('reads a column heading that is a count of a classifier (件数) as in that classifier', () => {
    const table = '类别 件数 占比（%）\n城乡建设和管理 72 30.5\n社会事业 61 25.8\n';
    const line = classifyLines(table).find((found) => found.kind === 'table_row') as ReturnType<typeof classifyLines>[number];
    const found = tableCell(line, table.indexOf('72'));
    expect(found).toMatchObject({ unit: '件', unitFrom: 'column', indicator: '城乡建设和管理(件数)' });
    expect(table.slice(found.unitStart, found.unitStart + 1)).toBe('件');
    // The share column after it is the share of that count.
    expect(tableCell(line, table.indexOf('30.5')).indicator).toBe('城乡建设和管理(件数占比)');
  });

  it('says where the unit it gives is written: the unit cell, the label\'s brackets or the column heading', () => {
    for (const [row, number] of [[0, '2860.35'], [0, '5.3'], [1, '125.3'], [1, '0.8']] as const) {
      const found = cell(row, number);
      expect(text.slice(found.unitStart, found.unitStart + found.unit.length), number).toBe(found.unit);
    }
    expect(cell(0, '2860.35').unitStart).toBe(text.indexOf('亿元 2860'));
    expect(cell(1, '125.3').unitStart).toBe(text.indexOf('万人）'));
    expect(cell(1, '0.8').unitStart).toBe(text.indexOf('%）'));
  });

  it('counts a cell with no figure (—, /) as its column\'s, so the cells after it keep their columns', () => {
    const dashed = '指标 单位 2023年 2024年 增长%\n地区生产总值 亿元 270.1 286.35 —\n常住人口 万人 — 45.6 -0.3\n';
    const lines = classifyLines(dashed).filter((line) => line.kind === 'table_row');
    const at = (row: number, number: string) => tableCell(lines[row] as (typeof lines)[number], dashed.indexOf(number));
    expect(at(0, '286.35')).toMatchObject({ row: '地区生产总值', column: '2024年', unit: '亿元' });
    expect(at(1, '45.6')).toMatchObject({ row: '常住人口', column: '2024年', unit: '万人' });
    expect(at(1, '-0.3')).toMatchObject({ column: '增长%', unit: '%', unitFrom: 'column' });
  });

  it('reads a % or ‰ that ends a heading or a label without brackets, and says -1 where no unit is given', () => {
    const bare = '指标 2024年 比上年增长%\n城镇化率% 52.4 1.1\n粮食产量 28.6 2.3\n';
    const lines = classifyLines(bare).filter((line) => line.kind === 'table_row');
    const at = (row: number, number: string) => tableCell(lines[row] as (typeof lines)[number], bare.indexOf(number));
    expect(at(0, '52.4')).toMatchObject({ row: '城镇化率', unit: '%', unitStart: bare.indexOf('% 52.4'), unitFrom: 'row', indicator: '城镇化率(2024年)' });
    expect(at(0, '1.1')).toMatchObject({ unit: '%', unitStart: bare.indexOf('%\n'), unitFrom: 'column', indicator: '城镇化率(比上年增长)' });
    expect(at(1, '28.6')).toMatchObject({ unit: '', unitStart: -1, inUnit: null });
  });
});

describe('tableCell on a table with sections and numbered rows', () => {
  const text = '信息内容 自然人 总计\n（一）予以公开 158 184\n（三）不予公开\n1.属于国家秘密 0 0\n（二）部分公开（区分处理的，只计这一情形） 27 34\n';
  const rows = classifyLines(text).filter((line) => line.kind === 'table_row');
  const cell = (row: number, at: number) => tableCell(rows[row] as (typeof rows)[number], at);

  it('names a row without its enumerator or a note in brackets, and a numbered row after the section it stands under', () => {
    expect(cell(0, text.indexOf('158')).indicator).toBe('予以公开(自然人)');
    expect(cell(1, text.indexOf('0 0')).indicator).toBe('不予公开：属于国家秘密(自然人)');
    expect(cell(2, text.indexOf('34')).indicator).toBe('部分公开(总计)');
  });

  it('names the items of a section its row opens after it, a long label whole, and a total of the sections after the part above them', () => {
    const table = '信息内容\t自然人\t总计\n一、本年新收申请数量\t54\t63\n三、本年度办理结果\n（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t1\n3.其他\t0\t2\n（七）总计\t53\t61\n';
    const lines = classifyLines(table).filter((line) => line.kind === 'table_row');
    const at = (row: number, number: string) => tableCell(lines[row] as (typeof lines)[number], table.indexOf(number));
    expect(at(1, '1\t1')).toMatchObject({ indicator: '其他处理：申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请(自然人)' });
    expect(at(2, '0\t2')).toMatchObject({ indicator: '其他处理：其他(自然人)' });
    expect(at(3, '61')).toMatchObject({ indicator: '本年度办理结果总计(总计)' });
  });
});

describe('tableCell on a table whose units a line above it lists', () => {
  const text = '资产构成情况见下表。\n单位：亿元、%\n项目\t年末数\t增减额\t增长率\n资产总额\t126.58\t4.99\t4.1\n固定资产\n（净值）\t61.72\t1.57\t2.6\n';
  const rows = classifyLines(text).filter((line) => line.kind === 'table_row');
  const cell = (row: number, number: string) => tableCell(rows[row] as (typeof rows)[number], text.indexOf(number));

  it('reads a cell with no unit of its row or column in the table\'s first unit, a rate\'s in its %, and says where that is written', () => {
    expect(cell(0, '126.58')).toMatchObject({ unit: '亿元', unitFrom: 'table', unitStart: text.indexOf('亿元'), indicator: '资产总额(年末数)' });
    expect(cell(0, '4.99')).toMatchObject({ unit: '亿元', indicator: '资产总额(增减额)' });
    expect(cell(0, '4.1')).toMatchObject({ unit: '%', unitStart: text.indexOf('%'), indicator: '资产总额(增长率)' });
  });

  it('names a row whose label a line break splits (固定资产\n（净值）) by both parts, brackets kept, under the same header', () => {
    expect(cell(1, '61.72')).toMatchObject({ unit: '亿元', column: '年末数', indicator: '固定资产（净值）(年末数)' });
  });
});

describe('columnStanding', () => {
  const years = { reviewYear: 2024, planYear: 2025 };

  it('reads targets, results and estimates from a column heading, with the year it names or the part\'s', () => {
    expect(columnStanding('计划', false, years)).toEqual({ status: 'target', year: 2024 });
    expect(columnStanding('完成', false, years)).toEqual({ status: 'actual', year: 2024 });
    expect(columnStanding('2024年完成', true, years)).toEqual({ status: 'actual', year: 2024 });
    expect(columnStanding('2025年目标', true, years)).toEqual({ status: 'target', year: 2025 });
    expect(columnStanding('预期目标', true, years)).toEqual({ status: 'target', year: 2025 });
    expect(columnStanding('2024年预计', true, years)).toEqual({ status: 'estimate', year: 2024 });
    expect(columnStanding('2025年预算数', true, years)).toEqual({ status: 'target', year: 2025 });
    expect(columnStanding('预算（亿元）', false, years)).toEqual({ status: 'target', year: 2024 });
    expect(columnStanding('调整预算数', false, years)).toEqual({ status: 'target', year: 2024 });
    expect(columnStanding('调整后预算', false, years)).toEqual({ status: 'target', year: 2024 });
    expect(columnStanding('2023年', false, years)).toEqual({ status: 'actual', year: 2023 });
    expect(columnStanding('2023年末', true, years)).toEqual({ status: 'actual', year: 2023 });
    expect(columnStanding('2025', true, years)).toEqual({ status: 'target', year: 2025 });
    expect(columnStanding('2025年', true, { reviewYear: 2025, planYear: null })).toEqual({ status: 'actual', year: 2025 });
  });

  it('says nothing of a heading that names neither', () => {
    for (const column of ['绝对数（亿元）', '比上年增长（%）', '2024年比上年', '', '一般公共预算收入（亿元）', '预算内投资']) expect(columnStanding(column, false, years), column).toBeNull();
  });

  it('reads a class of ages as a row\'s label, its bounds no figures of the row (0—15岁（含不满16周岁）, 60岁及以上)', async () => {
    const { extractClaims } = await import('../../src/extract/extract-claims.ts');
    const text = '某省2025年人口抽样调查主要数据公报\n表1 2025年末常住人口构成\n指标 年末数（万人） 比重（%）\n其中：0—15岁（含不满16周岁） 712.45 15.12\n60岁及以上 1142.61 24.25\n';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.form);
    expect(found.map((row) => `${row.surface}|${row.kind}|${row.status}|${row.indicator}`)).toEqual([
      '0—15岁|code|reference|0—15岁', '16周岁|threshold|reference|0—15岁', '712.45|count|actual|0—15岁(年末数)', '15.12|rate|actual|0—15岁(年末数比重)',
      '60岁及以上|threshold|reference|60岁及以上', '1142.61|count|actual|60岁及以上(年末数)', '24.25|rate|actual|60岁及以上(年末数比重)',
    ]);
  });

  it('names a row by its cell in a column of names, figures and all, its figures no figures of the row; a year alone of a column of years is a date', async () => {
    const { extractClaims } = await import('../../src/extract/extract-claims.ts');
    const text = '云溪县2025年重点项目建设情况\n一、2025年重点项目建设情况\n序号 项目名称 总投资（亿元） 完成投资（亿元） 占年度计划（%） 建设年限\n1 年产5万吨锂电池正极材料项目 32.0 9.6 112.9 2024—2026\n2 城镇老旧小区改造项目 1.8 1.8 100.0 2025\n';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.form && row.kind !== 'code');
    expect(found.map((row) => `${row.surface}|${row.kind}|${row.status}|${row.indicator}`)).toEqual([
      '5万吨|threshold|reference|年产5万吨锂电池正极材料项目', '32.0|level|actual|年产5万吨锂电池正极材料项目(总投资)', '9.6|level|actual|年产5万吨锂电池正极材料项目(完成投资)',
      '112.9|rate|actual|年产5万吨锂电池正极材料项目(占年度计划)', '1.8|level|actual|城镇老旧小区改造项目(总投资)', '1.8|level|actual|城镇老旧小区改造项目(完成投资)',
      '100.0|rate|actual|城镇老旧小区改造项目(占年度计划)', '2025|date|reference|城镇老旧小区改造项目(建设年限)',
    ]);
  });
});
