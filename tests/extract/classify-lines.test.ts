import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/extract/classify-lines.ts';

const kinds = (text: string) => classifyLines(text).map((line) => [text.slice(line.start, line.end), line.kind]);

describe('classifyLines', () => {
  it('finds page numbers in the forms PDFs print them, and nothing else', () => {
    expect(kinds('全年增长5%。\n- 2 -\n— 13 —\n第3页 共20页\n4/20\n17\n增长5%')).toEqual([
      ['全年增长5%。', 'text'], ['- 2 -', 'page_number'], ['— 13 —', 'page_number'], ['第3页 共20页', 'page_number'],
      ['4/20', 'page_number'], ['17', 'page_number'], ['增长5%', 'text'],
    ]);
  });

  it('finds figure and table captions and running headers (short lines the document repeats)', () => {
    const text = '青岚县人民政府工作报告\n一、回顾\n图1 2020-2024年地区生产总值\n表2：主要指标\n青岚县人民政府工作报告\n增长5%，好。';
    expect(kinds(text).map(([, kind]) => kind)).toEqual(['running_header', 'text', 'caption', 'caption', 'running_header', 'text']);
    // A page's header leaves off the title's 关于.
    const report = '关于瑞川市2025年市级决算的报告\n全年收入增长5%，好。\n- 3 -\n瑞川市2025年市级决算的报告\n支出增长3%，好。';
    expect(kinds(report).map(([, kind]) => kind)).toEqual(['running_header', 'text', 'page_number', 'running_header', 'text']);
  });

  it('reads a flattened table: its header over its rows, cells split at spaces, tabs or pipes, with their offsets', () => {
    const text = '指标 绝对数（元） 比上年增长（%）\n全体居民人均可支配收入 38652 5.2\n城镇居民 | 47860 | 4.5\n全年增长5%，好。';
    const lines = classifyLines(text);
    expect(lines.map((line) => line.kind)).toEqual(['table_header', 'table_row', 'table_row', 'text']);
    expect(lines[1]?.header?.map((cell) => cell.text)).toEqual(['指标', '绝对数（元）', '比上年增长（%）']);
    expect(lines[2]?.cells?.map((cell) => [cell.text, text.slice(cell.start, cell.start + cell.text.length)])).toEqual([
      ['城镇居民', '城镇居民'], ['47860', '47860'], ['4.5', '4.5'],
    ]);
  });

  it('splits cells at the rules of box drawing (│ ┃ ║) as at pipes', () => {
    const text = '序号 │ 指标 │ 2025年 │ 2030年\n1 │ 地区生产总值（亿元） │ 241.3 │ 330\n全年增长5%，好。';
    const lines = classifyLines(text);
    expect(lines.map((line) => line.kind)).toEqual(['table_header', 'table_row', 'text']);
    expect(lines[1]?.cells?.map((cell) => cell.text)).toEqual(['1', '地区生产总值（亿元）', '241.3', '330']);
  });

  it('keeps prose as prose, even without a full stop, when it has prose punctuation', () => {
    expect(kinds('全县生产总值186.4亿元，增长6.1%').map(([, kind]) => kind)).toEqual(['text']);
    expect(kinds('').map(([, kind]) => kind)).toEqual(['text']);
  });

  it('takes the line above a Markdown table\'s rule (| --- |) as the header, not the rule', () => {
    const text = '| 指标 | 单位 | 计划 | 完成 |\n| --- | --- | ---: | ---: |\n| 地区生产总值 | 亿元 | 410 | 415.6 |';
    const lines = classifyLines(text);
    expect(lines.map((line) => line.kind)).toEqual(['table_header', 'table_header', 'table_row']);
    expect(lines[2]?.header?.map((cell) => cell.text)).toEqual(['指标', '单位', '计划', '完成']);
  });

  it('keeps the header across a line that opens a section of the table, names the rows under it, and reads a header of two lines', () => {
    const text = '申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 其他\n一、本年新收申请数量 386 42 0 6 434\n（三）不予公开\n1.属于国家秘密 0 0 0 0 0\n（二）部分公开（区分处理的，只计这一情形） 27 4 0 2 33';
    const lines = classifyLines(text);
    expect(lines.map((line) => line.kind)).toEqual(['text', 'table_header', 'table_header', 'table_row', 'text', 'table_row', 'table_row']);
    expect(lines[3]?.header?.map((cell) => cell.text)).toEqual(['自然人', '商业企业', '科研机构', '其他', '总计']);
    expect(lines[5]?.header?.map((cell) => cell.text)).toEqual(['自然人', '商业企业', '科研机构', '其他', '总计']);
    // A row with a section's own enumerator ((二)部分公开 27…) ends the section above.
    expect([lines[3]?.section, lines[5]?.section, lines[6]?.section]).toEqual([undefined, '不予公开', undefined]);
  });

  it('keeps a unit line that stands over two tables a unit line, not a running header', () => {
    const text = '表1 各区水资源量\n单位：亿立方米\n区\t地表水资源量\n蘅城区\t3.02\n\n表2 各区用水量\n单位：亿立方米\n区\t用水总量\n蘅城区\t1.21';
    const lines = classifyLines(text);
    expect(lines.filter((line) => line.kind === 'running_header')).toEqual([]);
    expect(lines.filter((line) => line.kind === 'table_row').map((line) => line.units?.map((unit) => unit.text))).toEqual([['亿立方米'], ['亿立方米']]);
  });

  it('names the columns of a header of three lines whose upper two span the lowest, written once or with the first leaves again', () => {
    const spanned = '行政复议\t行政诉讼\n结果维持\t总计\t未经复议直接起诉\t复议后起诉\n结果维持\t总计\t结果维持\t总计\n2\t4\t1\t2\t1\t1';
    const columns = (text: string) => classifyLines(text).find((line) => line.kind === 'table_row')?.header?.map((cell) => cell.text);
    const names = ['行政复议结果维持', '行政复议总计', '行政诉讼未经复议直接起诉结果维持', '行政诉讼未经复议直接起诉总计', '行政诉讼复议后起诉结果维持', '行政诉讼复议后起诉总计'];
    expect(columns(spanned)).toEqual(names);
    expect(columns('行政复议\t行政诉讼\n结果维持\t总计\t未经复议直接起诉\t复议后起诉\n结果维持\t总计\t结果维持\t总计\t结果维持\t总计\n2\t4\t1\t2\t1\t1')).toEqual(names);
    // A placeholder (—) holds its column's place.
    expect(columns('行政复议\t行政诉讼\n结果维持\t总计\t未经复议直接起诉\t复议后起诉\n结果维持\t总计\t结果维持\t总计\n2\t4\t—\t2\t1\t1')).toEqual(names);
    // Where the columns would not be as many as the row's figures, the lowest line alone is the header.
    expect(columns('行政复议\t行政诉讼\n结果维持\t总计\t未经复议直接起诉\t复议后起诉\n结果维持\t总计\t结果维持\t总计\n2\t4\t1\t2')).toEqual(['结果维持', '总计', '结果维持', '总计']);
  });

  it('opens a section at a row whose first cell names it before its first item, and holds a part above the sections over them', () => {
    const text = '信息内容\t自然人\t总计\n一、本年新收申请数量\t54\t63\n三、本年度办理结果\n（六）其他处理\t1.逾期不补正\t1\t1\n2.其他\t0\t0\n（七）总计\t53\t61\n四、结转下年度继续办理\t3\t4';
    const rows = classifyLines(text).filter((line) => line.kind === 'table_row');
    expect(rows.map((line) => [line.section, line.upper])).toEqual([
      [undefined, undefined], [undefined, '本年度办理结果'], ['其他处理', '本年度办理结果'], [undefined, '本年度办理结果'], [undefined, undefined],
    ]);
  });

  it('keeps a row with a clause mark inside a cell in its table, where it has as many cells as the row above and no sentence\'s end', () => {
    const text = '序号 项目名称 主要建设内容 总投资（亿元） 建设起止年限\n2 标准化厂房三期 新建厂房20万平方米 6.5 2026—2027\n3 高速公路连接线 全长12.6公里，按一级公路标准建设 8.9 2026—2028\n全县共安排项目8个，总投资39亿元。\n';
    expect(kinds(text).map(([, kind]) => kind)).toEqual(['table_header', 'table_row', 'table_row', 'text', 'text']);
  });
});
