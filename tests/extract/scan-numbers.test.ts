import { describe, expect, it } from 'vitest';
import { numberMatch, scanNumbers } from '../../src/extract/scan-numbers.ts';

/** The matches as objects. */
const matches = (text: string) => {
  const packed = scanNumbers(text);
  return Array.from({ length: packed.count }, (_, i) => numberMatch(packed, i));
};
const found = (text: string) => matches(text).map((match) => [text.slice(match.start, match.end), match.shape]);

describe('scanNumbers', () => {
  it('finds each shape, left to right, without overlaps', () => {
    expect(found('2023年，1-11月，不低于5%，1+5+N，PM2.5，7.4:39.6:53，2.35:1，1/4，1-2个，12345热线，3月15日')).toEqual([
      ['2023年', 'year'], ['1-11月', 'date'], ['不低于5%', 'quantity'], ['1+5+N', 'code'], ['PM2.5', 'name'],
      ['7.4:39.6:53', 'parts'], ['2.35:1', 'ratio'], ['1/4', 'fraction'], ['1-2个', 'range'], ['12345', 'name'], ['3月15日', 'date'],
    ]);
  });

  it('reads a span of days within a month (1月8—10日) and one across months (7月24日至9月12日) as one date each', () => {
    expect(found('1月8—10日出现寒潮，7月24日至9月12日持续高温，3月5日降雪')).toEqual([['1月8—10日', 'date'], ['7月24日至9月12日', 'date'], ['3月5日', 'date']]);
  });

  it('starts a match as far before its digit as its words reach: a qualifier word, a space, a sign, a run of letters', () => {
    expect(found('同比不超过 -3%')).toEqual([['不超过 -3%', 'quantity']]);
    expect(found(`${'发展'.repeat(50)}ABCDEFGHIJKLMNOPQRSTUVWXYZ9`)).toEqual([['ABCDEFGHIJKLMNOPQRSTUVWXYZ9', 'name']]);
  });

  it('reads 年代 as a decade only after a year ending in 0: 2025年代编比例 is the year 2025', () => {
    expect(found('力争2025年代编比例压减至15%以内')).toEqual([['2025年', 'year'], ['15%以内', 'quantity']]);
    expect(found('20世纪90年代，1990年代')).not.toContainEqual(['1990年', 'year']);
  });

  it('takes a unit that may start another word only where it does not (5部法律法规, 5部门)', () => {
    expect(found('等5部法律法规，12部门联合，培训42期')).toEqual([['5部', 'quantity'], ['12', 'quantity'], ['42期', 'quantity']]);
    expect(found('组建5支队伍，压减2支出')).toEqual([['5支', 'quantity'], ['2', 'quantity']]);
  });

  it('finds the same figures however far apart the digits are, and nothing in text without digits', () => {
    const filler = '发展'.repeat(5000);
    expect(found(`${filler}增长5%${filler}超过10亿元${filler}`)).toEqual([['5%', 'quantity'], ['超过10亿元', 'quantity']]);
    expect(found(filler)).toEqual([]);
  });

  it('grows its packed arrays past the room it first makes (one figure every 32 characters)', () => {
    const dense = '1、'.repeat(5000);
    const packed = scanNumbers(dense);
    expect(packed.count).toBe(5000);
    expect(numberMatch(packed, 4999)).toEqual({ start: 9998, end: 9999, shape: 'quantity' });
  });

  it('leaves a trailing space to the text', () => {
    expect(matches('5 个')).toEqual([{ start: 0, end: 3, shape: 'quantity' }]);
    expect(matches('增长5 ，')).toEqual([{ start: 2, end: 3, shape: 'quantity' }]);
  });
});

describe('scanNumbers on numbers that are codes or names however written', () => {
  it('reads telephone numbers, document numbers, a service\'s hours and a “circle” of minutes as codes and names, not figures', () => {
    const text = '电话0531-86012345，手机13812345678。渝府发〔2024〕1号。7×24小时服务。15分钟健身圈。增长7.5%。';
    expect(found(text)).toEqual([['0531-86012345', 'code'], ['13812345678', 'code'], ['〔2024〕1号', 'code'], ['7×24小时', 'code'], ['15', 'name'], ['7.5%', 'quantity']]);
    // An eleven-digit number with a unit is a figure, not a mobile number.
    expect(found('收入13812345678元')).toEqual([['13812345678元', 'quantity']]);
  });

  it('reads no "about" from the 约 of a word (签约, 节约), and reads it after one', () => {
    expect(found('完成家庭医生签约1.86万人，节约资金约3亿元。')).toEqual([['1.86万人', 'quantity'], ['约3亿元', 'quantity']]);
  });

  it('reads a version after letters or before 版 as a code, and a figure after letters with its unit as a figure', () => {
    expect(found('推进DRG/DIP 2.0分组，建成数字政府3.0版，CPI 2.1%，GDP 2.5万亿元。')).toEqual([['2.0', 'code'], ['3.0', 'code'], ['2.1%', 'quantity'], ['2.5万亿元', 'quantity']]);
  });

  it('reads the number of an item opening a line or a note as a code, and a figure after it as a figure', () => {
    expect(found('注：1.本公报中部分数据为初步统计数。\n2.部分数据因四舍五入不等。\n说明：3、增长5%。')).toEqual([['1', 'code'], ['2', 'code'], ['3', 'code'], ['5%', 'quantity']]);
    expect(found('注：3个乡镇未统计。')).toEqual([['3个', 'quantity']]);
    // A note's later items after the end of the one before; not a figure after a sentence of the text.
    expect(found('注：1.本公报中“同比”指与2024年相比。2.空气质量数据采用实况数据。')).toEqual([['1', 'code'], ['2024年', 'year'], ['2', 'code']]);
    expect(found('增长5%。2.5万人参加。')).toEqual([['5%', 'quantity'], ['2.5万人', 'quantity']]);
    // An item's number opening its line before a year (2.2024年预计完成数…): a code, then the year.
    expect(found('注：1.增速按可比价格计算。\n2.2024年预计完成数为初步统计数据。')).toEqual([['1', 'code'], ['2', 'code'], ['2024年', 'year']]);
  });

  it('reads a service\'s number before the name of its line, an ozone window and a web page\'s time and views as names, dates and codes', () => {
    expect(found('12368诉讼服务热线接听来电4.68万个，开通3条热线')).toEqual([['12368', 'name'], ['4.68万个', 'quantity'], ['3条', 'quantity']]);
    expect(found('110报警服务台共接警116.8万起，通过110救助群众3.1万人次，新增120张床位')).toEqual([['110', 'name'], ['116.8万起', 'quantity'], ['110', 'name'], ['3.1万人次', 'quantity'], ['120张床位', 'quantity']]);
    expect(found('臭氧日最大8小时滑动平均值第90百分位数')).toEqual([['8', 'name'], ['90', 'quantity']]);
    expect(found('发布时间：2025-10-28 16:42 浏览次数：1386')).toEqual([['2025-10-28 16:42', 'date'], ['1386', 'code']]);
    expect(found('浏览次数：2,417')).toEqual([['2,417', 'code']]);
    // An annex's item number before a year: a code, and the year a year.
    expect(found('附件：1.2025年度区人大代表建议分类统计表')).toEqual([['1', 'code'], ['2025年', 'year']]);
    // The window of a rate and a service's hours: part of a name; hours of work done are a quantity.
    expect(found('24小时扑灭率100%，48小时内办结率96.5%，实行24小时值班，投入24小时')).toEqual([['24', 'name'], ['100%', 'quantity'], ['48', 'name'], ['96.5%', 'quantity'], ['24', 'name'], ['24小时', 'quantity']]);
    // The people a rate is per: part of its name.
    expect(found('每10万人中拥有大学文化程度的18362人，每100名学生')).toEqual([['10万人', 'name'], ['18362人', 'quantity'], ['100名', 'name']]);
    // A span of days, a quarter, an index's base and a service's number before 平台 are dates, codes and names.
    expect(found('春节假期（2月10日至17日），2025年1季度，（上年同期=100），12315平台')).toEqual([['2月10日至17日', 'date'], ['2025年1季度', 'date'], ['100', 'code'], ['12315', 'name']]);
    // A page's index number, a postcode and an address's numbers are codes.
    expect(found('索引号：YX-01-2025-0007（地址：云溪区滨河东路18号政务中心4楼；邮编：421800）')).toEqual([['01', 'code'], ['2025', 'code'], ['0007', 'code'], ['18', 'code'], ['4', 'code'], ['421800', 'code']]);
    // A month after a word of estimate or about (预计9月底投产) is a month, not a quantity; a duration in months stays one.
    expect(found('预计9月底投产，约12月完工，预计3个月完成')).toEqual([['9月', 'date'], ['12月', 'date'], ['预计3个月', 'quantity']]);
    expect(found('工作8小时，2025-10-28 16')).toEqual([['8小时', 'quantity'], ['2025-10-28', 'date'], ['16', 'quantity']]);
  });

  it('reads a standard\'s number with its year, the eight-hour window of ozone and a table pointed to as codes and names', () => {
    expect(found('依据《环境空气质量标准》（GB 3095—2012）、HJ 663-2013、GB/T 19001和GB3838-2002评价，详见表2、附图3，如表1')).toEqual([
      ['3095—2012', 'code'], ['663-2013', 'code'], ['19001', 'code'], ['GB3838-2002', 'name'], ['2', 'code'], ['3', 'code'], ['1', 'code'],
    ]);
    expect(found('臭氧日最大8小时平均第90百分位数浓度为148微克/立方米，全年8小时')).toEqual([['8', 'name'], ['90', 'quantity'], ['148微克/立方米', 'quantity'], ['8小时', 'quantity']]);
    // A rate per 100,000 is no fraction.
    expect(found('孕产妇死亡率控制在18/10万以下，1/4的村')).toEqual([['18/10万以下', 'quantity'], ['1/4', 'fraction']]);
  });

  it('reads the year of a class of graduates and a number in a book\'s title as codes (a year in a title stays a year), and figures beside them as figures', () => {
    expect(found('全市2025届高校毕业生2.74万人，最终以《安澜统计年鉴2026》为准，《2025年统计公报》发布，印发3000册')).toEqual([
      ['2025', 'code'], ['2.74万人', 'quantity'], ['2026', 'code'], ['2025年', 'year'], ['3000册', 'quantity'],
    ]);
  });

  it('reads a class by tonnage (500吨级) and a campaign\'s year (整治2025行动) as names, and a sum of decimals as numbers, not a code', () => {
    expect(found('500吨级及以上泊位6个，10万吨级码头1个')).toEqual([['500吨级', 'name'], ['6个', 'quantity'], ['10万吨级', 'name'], ['1个', 'quantity']]);
    expect(found('开展专项排查整治2025行动')).toEqual([['2025', 'name']]);
    expect(found('2+0.2+0.3=2.5人年，1+5+N')).toEqual([['2', 'quantity'], ['0.2', 'quantity'], ['0.3', 'quantity'], ['2.5人年', 'quantity'], ['1+5+N', 'code']]);
  });
});
