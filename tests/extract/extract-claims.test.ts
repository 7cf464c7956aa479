import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftClaimsCsv } from '../../src/extract/draft-claims-csv.ts';
import { extractClaims, extractDraft } from '../../src/extract/extract-claims.ts';
import { loadReport } from '../../src/report/load-report.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { claimsTable } from '../../src/report/claims-table.ts';
import { wrapAt } from '../support/wrap-at.ts';

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

  it('gives the items of a 分别 list of any length the measure the last item ends with', () => {
    const read = (text: string) => (extractClaims(text).objects() as { surface: string; indicator: string }[]).filter((row) => /\d/.test(row.surface) && !/^[A-Z]/.test(row.surface)).map((row) => row.indicator);
    expect(read('全市完成化学需氧量、氨氮、氮氧化物、挥发性有机物重点工程减排量分别为3862吨、215吨、1740吨、926吨。')).toEqual([
      '化学需氧量重点工程减排量', '氨氮重点工程减排量', '氮氧化物重点工程减排量', '挥发性有机物重点工程减排量',
    ]);
    expect(read('企业、政府属研究机构、高等学校经费所占比重分别为78.7%、10.0%和9.5%。')).toEqual(['企业经费所占比重', '政府属研究机构经费所占比重', '高等学校经费所占比重']);
    // An item that names a measure of its own keeps it.
    expect(read('地区生产总值、一般公共预算收入分别增长5%、6%。')).toEqual(['地区生产总值增长', '一般公共预算收入增长']);
  });

  it('gives each number of a 分别 list its own indicator, and a 均 number all of them', () => {
    const list = extractClaims('批发、零售、住宿、餐饮业营业额分别增长12.3%、8.1%、9.5%、10%。').objects() as { indicator: string; kind: string }[];
    // The items before the last share the name written once after it.
    expect(list.map((row) => row.indicator)).toEqual(['批发业营业额增长', '零售业营业额增长', '住宿业营业额增长', '餐饮业营业额增长']);
    expect(list.every((row) => row.kind === 'growth')).toBe(true);
    const both = extractClaims('全年接待游客4494万人次、旅游综合收入217亿元,均增长10%以上。').objects() as { indicator: string }[];
    expect(both.map((row) => row.indicator)).toEqual(['接待游客', '旅游综合收入', '接待游客增长;旅游综合收入增长']);
  });

  it('counts the items of a 分别 list per what its first item is counted per, and drops 仅 and 仍 before a share or a comparison', () => {
    const found = extractClaims('每千常住人口床位数、执业（助理）医师数、注册护士数分别达到7.12张、3.94人和4.59人。规模以上企业仅占企业总数的3%左右。每千人口执业医师数仍低于全省平均水平约0.2人。市场监管所平均执法人员不到6人。').objects() as Record<string, unknown>[];
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '7.12张|每千常住人口床位数', '3.94人|每千常住人口执业（助理）医师数', '4.59人|每千常住人口注册护士数', '3%左右|规模以上企业占企业总数',
      '约0.2人|每千人口执业医师数低于全省平均水平', '不到6人|市场监管所平均执法人员',
    ]);
    // 不仅 is no adverb to drop, 占全年 is the whole a share is of, 有机 is one word, and a per is shared with counts per, not totals.
    const kept = extractClaims('人均可支配收入不仅高于全市平均水平1200元。上半年接待游客占全年总量的45%。有机农业从业人员3200人。每千常住人口床位数、卫生技术人员总数分别达到7.1张、5200人。').objects() as Record<string, unknown>[];
    expect(kept.map((row) => row.indicator)).toEqual(['人均可支配收入不仅高于全市平均水平', '上半年接待游客占全年总量', '有机农业从业人员', '每千常住人口床位数', '卫生技术人员总数']);
    // 还 ends words (偿还): it stays.
    expect((extractClaims('到期债务本金偿还达5亿元。').objects() as Record<string, unknown>[])[0]?.indicator).toBe('到期债务本金偿还');
  });

  it('names the running totals of a 分别 list after the things, not after the new ones the figures before count', () => {
    const found = extractClaims('新评定省级旅游度假区1个、省级乡村旅游重点村3个，累计分别达到2个和12个。').objects() as Record<string, unknown>[];
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '1个|新评定省级旅游度假区', '3个|新评定省级乡村旅游重点村', '2个|省级旅游度假区累计', '12个|省级乡村旅游重点村累计',
    ]);
  });

  it('keeps the bound an item of a 分别 list opens with, and names levels reached (分别提高到) with no word of change', () => {
    const named = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'threshold').map((row) => `${row.surface}|${row.indicator}`);
    expect(named('婴儿死亡率和5岁以下儿童死亡率分别为2.31‰和3.05‰。城乡低保标准分别提高到每人每月780元和640元。城乡低保标准分别提高5%和8%。')).toEqual([
      '2.31‰|婴儿死亡率', '3.05‰|5岁以下儿童死亡率', '780元|城镇低保标准（每人每月）', '640元|农村低保标准（每人每月）', '5%|城镇低保标准提高', '8%|农村低保标准提高',
    ]);
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

describe('extractClaims on real-world text', () => {
  it('keeps the unit across a space (PDF text), so values are not off by 10⁴ or 10⁸', () => {
    expect(rows('全年地区生产总值2060.35 亿元，增长5.3%。固定资产投资完成92.6 亿元。')).toEqual([
      '2060.35 亿元|2060.35|100000000|yuan|level||exact', '5.3%|5.3|1|percent|growth|up|exact', '92.6 亿元|92.6|100000000|yuan|level||exact',
    ]);
  });

  it('gives page numbers, running headers and captions no rows', () => {
    const text = '某县人民政府工作报告\n全年增长5%。\n- 2 -\n某县人民政府工作报告\n图1 2019-2023年地区生产总值\n第3页\n投资10亿元。';
    expect(rows(text)).toEqual(['5%|5|1|percent|growth|up|exact', '10亿元|10|100000000|yuan|level||exact']);
  });

  it('reads units, signs and forms of other reports, and keeps what is not one quantity as text', () => {
    expect(rows('人口自然增长率为-1.8‰，实际利用外资3.2亿美元，PM2.5平均浓度28微克/立方米，是上年的1.5倍。')).toEqual([
      '-1.8‰|-1.8|1|permille|rate||exact', '3.2亿美元|3.2|100000000|usd|level||exact', 'PM2.5|2.5|1|name|name||exact',
      '28微克/立方米|28|1|ug_m3|level||exact', '1.5倍|1.5|1|multiple|ratio||exact',
    ]);
    expect(rows('三次产业结构为7.4∶39.6∶53，约占1/4，新建1-2个，3至5年。')).toEqual([
      '7.4∶39.6∶53|7.4∶39.6∶53|1|code|code||exact', '1/4|1/4|1|code|code||exact', '1-2个|1-2个|1|code|code||exact', '3至5年|3至5年|1|code|code||exact',
    ]);
  });

  it('reads thresholds, names and ordinals as what they are, not counts', () => {
    const found = extractClaims('65岁以上老年人健康管理率72%，12345热线，2型糖尿病，齐鲁1号，5G-A基站，第4个，人均预期寿命78.5岁。').objects() as Record<string, unknown>[];
    expect(found.map((row) => `${row.surface}|${row.kind}`)).toEqual([
      '65岁以上|threshold', '72%|rate', '12345|name', '2|name', '1|name', '5G-A|name', '4个|ordinal', '78.5岁|level',
    ]);
    // The bound sets apart the group the rate is of: it is part of the rate's name.
    expect(found[1]?.indicator).toBe('65岁以上老年人健康管理率');
    // a name in the clause (5G, PM2.5) is part of the indicator, not a figure before it
    const named = extractClaims('新建5G基站150个，PM2.5平均浓度28微克/立方米。').objects() as Record<string, unknown>[];
    expect(named.filter((row) => row.kind !== 'name').map((row) => row.indicator)).toEqual(['新建5G基站', 'PM2.5平均浓度']);
    // A price or a yield per another unit is read in it (2.3万元/亩); one the table of units lacks is kept as text, not read as 元.
    const per = extractClaims('亩均税收2.3万元/亩，污水处理能力5万吨/日，户均增收3.5万元/户。').objects() as Record<string, unknown>[];
    expect(per.map((row) => `${row.surface}|${row.unit}|${row.kind}`)).toEqual(['2.3万元/亩|yuan_per_mu|level', '5万吨/日|tonne_per_day|level', '3.5万元|code|code']);
    expect(per[2]?.form).toBe('a quantity in 元/户, a unit per another that the table of units lacks: kept as written, not read as 元');
    // Kept as text, it is a result as a figure would be, of its year.
    expect(per[2]?.status).toBe('actual');
    // A gap to the year's goal is named after the figure it compares, as a gap to a wider area is.
    const gaps = extractClaims('一、2024年工作回顾\n地区生产总值增长6.2%，高于预期目标0.2个百分点；固定资产投资增长5%，低于年度目标1个百分点。').objects() as Record<string, unknown>[];
    expect(gaps.filter((row) => row.kind === 'pp_change').map((row) => row.indicator)).toEqual(['地区生产总值增长高于预期目标', '固定资产投资增长低于年度目标']);
    // 世界500强 names a ranking, not 500 of anything; the count after it is named through it.
    const ranked = extractClaims('累计落户世界500强企业127家，将力争引进项目10个。').objects() as Record<string, unknown>[];
    expect(ranked.map((row) => `${row.surface}|${row.kind}|${row.indicator}`)).toEqual(['500|name|累计落户世界', '127家|count|累计落户世界500强企业', '10个|count|引进项目']);
    // An amount in a unit of measure whose words before name nothing is named by the words after it, up to their predicate; a part after 有 is not.
    const after = extractClaims('修复治理矿山17公顷，完成282公里森林防火生物隔离带建设。资金6.32亿元中，有2.35亿元未编入年初预算。').objects() as Record<string, unknown>[];
    expect(after.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['17公顷|修复治理矿山', '282公里|森林防火生物隔离带', '6.32亿元|资金', '2.35亿元|资金']);
    // Footnote marks, a formula's constant, a court's case number and a news report's day are no figures; a mark ends no name.
    const marks = extractClaims('全年全市地区生产总值[1]3486.52亿元。不捕率①30.5%。审结（2024）江01刑初58号案件。记者18日从省统计局获悉。\n注：①不捕率=不批准逮捕人数÷批准逮捕人数×100%。').objects() as Record<string, unknown>[];
    expect(marks.map((row) => `${row.surface}|${row.kind}${row.kind === 'code' ? '' : `|${row.indicator}`}`)).toEqual([
      '1|code', '3486.52亿元|level|地区生产总值', '30.5%|rate|不捕率', '2024）江01刑初58号|code', '18日|code', '100%|code',
    ]);
    // Each figure after 分别 with a word of change of its own has that word and its direction.
    const own = extractClaims('批准逮捕21人，起诉35人，附条件不起诉19人，同比分别下降16%、上升9.4%和上升35.7%。').objects() as Record<string, unknown>[];
    expect(own.filter((row) => row.kind === 'growth').map((row) => `${row.indicator}|${row.direction}`)).toEqual(['批准逮捕下降|down', '起诉上升|up', '附条件不起诉上升|up']);
    // People counted after words ending in 的 are named by those words, not by what was done to them.
    const people = extractClaims('发现向不符合条件的46人发放创业补贴。').objects() as Record<string, unknown>[];
    expect(people.map((row) => row.indicator)).not.toContain('发放创业补贴');
    // 双11 names a day of sales: the figure after it is named through it; 双 before another number names nothing.
    const sales = extractClaims('“双11”期间网络零售额1286亿元，一年双1次。').objects() as Record<string, unknown>[];
    expect(sales.map((row) => `${row.surface}|${row.kind}|${row.indicator}`)).toEqual(['11|name|双', '1286亿元|level|双11期间网络零售额', '1次|count|一年双']);
  });

  it('reads a date with its time, and keeps spans of months and years and times of day as text (they are not dates of the claims format)', () => {
    expect(rows('2024年3月5日10时30分开幕，1-11月增长5%，2020-2024年，上午8时30分。').map((row) => row.split('|').slice(0, 5).join('|'))).toEqual([
      '2024年3月5日10时30分|2024-03-05|1|date|date', '1-11月|1-11月|1|code|code', '5%|5|1|percent|growth', '2020-2024年|2020-2024年|1|code|code', '8时30分|8时30分|1|code|code',
    ]);
    const spans = extractClaims('1-11月增长5%。').objects() as Record<string, unknown>[];
    expect(spans[0]?.form).toBe('month, span of dates or time');
    // A month kept as text has the year it writes; a span of years has none.
    const years = (extractClaims('于2026年11月底前整改到位，2021—2025年累计完成。').objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.year ?? ''}`);
    expect(years).toEqual(['2026年11月|2026', '2021—2025年|']);
  });

  it('reads a month of a year (2025年1月) as a date, keeps a month alone (11月底, 6月份) as text, not a count nor years, and reads 3个月 as a duration', () => {
    expect(rows('2025年1月，截至11月底，6月份开工，用时3个月。')).toEqual([
      '2025年1月|2025-01|1|date|date||exact', '11月|11月|1|code|code||exact', '6月|6月|1|code|code||exact', '3个月|3|1|month|duration||exact',
    ]);
  });

  it('marks figures over a five-year-plan period, and keeps their indicator apart from the year\'s', () => {
    const text = '一、2024年工作回顾\n全县地区生产总值增长6.1%。“十四五”以来，全县地区生产总值年均增长6.4%，累计完成固定资产投资420亿元。\n二、2025年工作安排\n增长6%。';
    const found = extractClaims(text).objects() as Record<string, unknown>[];
    expect(found.filter((row) => row.period).map((row) => [row.surface, row.period, row.indicator])).toEqual([
      ['6.4%', '2021-2024 (十四五)', '地区生产总值年均增长'], ['420亿元', '2021-2024 (十四五)', '累计完成固定资产投资'],
    ]);
  });

  it('names a count by the things counted after its classifier where the words before name nothing of their own', () => {
    const text = '24件民生实事全面兑现。江上明珠等11个问题楼盘逐步打通建设堵点。机场开通8条航线。白马航电枢纽、3条高速公路加快建设。研学基地增至24个。建成城市门户更新项目11个，完成投资1.4亿元。';
    const found = extractClaims(text).objects() as Record<string, unknown>[];
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '24件|民生实事', '11个|问题楼盘', '8条|机场开通航线', '3条|高速公路', '24个|研学基地', '11个|城市门户更新项目', '1.4亿元|城市门户更新项目完成投资',
    ]);
    // A name after the classifier never crosses a clause, a list mark or a figure: a count followed by none keeps the name before it.
    const listed = extractClaims('建成生活垃圾分类示范村31个、美丽庭院300个，农村改厕758户。').objects() as Record<string, unknown>[];
    expect(listed.map((row) => row.indicator)).toEqual(['生活垃圾分类示范村', '美丽庭院', '农村改厕']);
  });

  it('names no count by what is said of it (35个已建成, 280家为…), and keeps 年末 and 年初 out of names', () => {
    const text = '实施重点项目120个，其中，35个已建成投用，12个获得国家级称号。年末全市共有高新技术企业1500家，其中280家为本年新认定。以华为、小米等5家企业为代表。2024年末全市常住人口580万人，比上年末增加2.1万人。17个在建项目加快推进。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '120个|重点项目', '35个|重点项目', '12个|重点项目', '1500家|高新技术企业', '280家|高新技术企业', '5家|企业', '580万人|常住人口', '2.1万人|常住人口增加', '17个|在建项目',
    ]);
  });

  it('leaves no figure of four reports named by list residue or examples, and none unnamed', () => {
    const fixture = (name: string) => readFileSync(new URL(`../fixtures/reports/${name}/report.txt`, import.meta.url), 'utf8');
    const texts = [bundledReport().text, fixture('work-report'), fixture('bulletin'), fixture('plan-execution')];
    const figures = texts.flatMap((text) => (extractClaims(text).objects() as Record<string, unknown>[])
      .filter((row) => ['count', 'level', 'growth', 'rate', 'share', 'pp_change', 'bp_change'].includes(row.kind as string)));
    expect(figures.length).toBeGreaterThan(400);
    expect(figures.filter((row) => /(?:等|、|和|及|与)$|^[”」』)）、]/.test(row.indicator as string)).map((row) => `${row.surface} ${row.indicator}`)).toEqual([]);
    // 完成125栋、1248户城区砂砖房…: the things counted are named once, after the last figure of the list, and name both.
    expect(figures.filter((row) => row.indicator === '').map((row) => row.surface)).toEqual([]);
  });

  it('reads grain in 斤, strips 共有, and dates a bulletin\'s target by the year its sentence names', () => {
    const text = '2024年云溪市国民经济和社会发展统计公报\n全年粮食总产量1130.5亿斤，比上年增加12.3亿斤。年末全市共有医疗卫生机构8.6万个。力争2025年粮食产量稳定在1100亿斤以上，比2020年增长5%以上。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => [row.surface, row.unit, row.kind, row.status, row.year, row.qualifier, row.indicator])).toEqual([
      ['1130.5亿斤', 'jin', 'level', 'actual', 2024, 'exact', '粮食总产量'],
      ['12.3亿斤', 'jin', 'level', 'actual', 2024, 'exact', '粮食总产量增加'],
      ['8.6万个', 'item', 'count', 'actual', 2024, 'exact', '医疗卫生机构'],
      ['1100亿斤以上', 'jin', 'level', 'target', 2025, 'at_least', '粮食产量'],
      // 比2020年 is the comparison's base, not the target's year: the sentence names 2025 for it.
      ['5%以上', 'percent', 'growth', 'target', 2025, 'at_least', '粮食产量增长'],
    ]);
  });

  it('dates a target by its sentence only where the sentence names one year for it', () => {
    const targets = (sentence: string) => (extractClaims(`2024年云溪市统计公报\n${sentence}`).objects() as Record<string, unknown>[])
      .filter((row) => row.status === 'target').map((row) => `${row.surface}:${row.year}`);
    expect(targets('2025年，力争地区生产总值增长6%。')).toEqual(['6%:2025']);
    // The year of a result before the words of intent, a year named again as 今年, a starting point, two years: none.
    expect(targets('2023年全市粮食产量1100亿斤，力争达到1150亿斤。')).toEqual(['1150亿斤:null']);
    expect(targets('2023年，全市粮食产量1100亿斤，力争今年达到1150亿斤。')).toEqual(['1150亿斤:null']);
    expect(targets('力争在2020年基础上，地区生产总值达到5000亿元。')).toEqual(['5000亿元:null']);
    expect(targets('力争2025年增长6%、2027年增长7%。')).toEqual(['6%:2025', '7%:null']);
  });

  it('strips words of change that end a name (缩小至), and names an amount of change by its word (多增 12.3亿元 is no level)', () => {
    const found = extractClaims('城乡居民收入比缩小至2.31:1。新增贷款余额同比多增12.3亿元。').objects() as Record<string, unknown>[];
    expect(found.map((row) => row.indicator)).toEqual(['城乡居民收入比', '新增贷款余额多增']);
  });

  it('names an amount more or less than the year before (比上年多争取, 同比少发生) after the figure before, as an increase or a decrease', () => {
    const found = extractClaims('全年争取上级资金5.6亿元，比上年多争取2300万元。引进项目32个，比上年多引进5个。发生安全事故4起，同比少发生2起。').objects() as Record<string, unknown>[];
    expect(found.map((row) => row.indicator)).toEqual(['上级资金', '上级资金增加', '引进项目', '引进项目增加', '安全事故', '安全事故减少']);
  });

  it('keeps no 全年, 年内, 年底, 现有 or 发展到 in a name: the row says the year, and the things are the name', () => {
    const found = extractClaims('A级景区全年接待游客892.6万人次。确保年内新增加工能力3000吨。到2026年底全县累计建成高标准农田56.9万亩以上。全市现有省级示范幼儿园38所。乡村民宿发展到486家。').objects() as Record<string, unknown>[];
    expect(found.filter((row) => row.kind !== 'date').map((row) => row.indicator)).toEqual(['A级景区接待游客', '新增加工能力', '累计建成高标准农田', '省级示范幼儿园', '乡村民宿']);
  });

  it('drops 调整 and 评估 that end a name, and keeps 达 of a word (下达) that ends one', () => {
    const found = extractClaims('三次产业结构调整为3.7:40.6:55.7。小时最低工资标准相应调整为20.5元。品牌价值评估为28.6亿元。超出上级下达8000人。').objects() as Record<string, unknown>[];
    expect(found.map((row) => row.indicator)).toEqual(['三次产业结构', '小时最低工资标准', '品牌价值', '超出上级下达']);
  });

  it('reads 1对1 and 1门式 as no couples nor courses, and 问题不足 as shortcomings, no bound', () => {
    expect(rows('开展1对1帮扶。推行1门式办理。查摆问题不足45条。')).toEqual([
      '1|1|1|number|count||exact', '1|1|1|number|count||exact', '1|1|1|number|count||exact', '45条|45|1|line|count||exact',
    ]);
  });

  it('reads couples, cremations, orders, doses, class hours, weeks and entries sent in their own units, and drops 有 before people counted', () => {
    expect(rows('结婚登记2.06万对。火化遗体2.95万具。无理由退货4680单。接种疫苗28.6万剂次。人均培训46学时。培训时间不少于2周。发送提醒3.26万条次。')).toEqual([
      '2.06万对|2.06|10000|pair|count||exact', '2.95万具|2.95|10000|body|count||exact', '4680单|4680|1|order|count||exact', '28.6万剂次|28.6|10000|dose|count||exact',
      '46学时|46|1|class_hour|duration||exact', '不少于2周|2|1|week|duration||at_least', '3.26万条次|3.26|10000|item_time|count||exact',
    ]);
    const named = extractClaims('年末全市有城市低保对象1.86万人，有孤儿412人。有效发明专利1200件。').objects() as Record<string, unknown>[];
    expect(named.map((row) => row.indicator)).toEqual(['城市低保对象', '孤儿', '有效发明专利']);
  });

  it('reads vehicle trips, bags, medals, services on land, exams held, products and courses in their own units', () => {
    expect(rows('全年道路通行41.6万辆次。生产食用菌650万袋。获得金牌12枚。托管服务面积46.2万亩次。组织考试28项次。开发文创产品120余款。开设选修课程1260门。')).toEqual([
      '41.6万辆次|41.6|10000|vehicle_time|count||exact', '650万袋|650|10000|bag|count||exact', '12枚|12|1|piece|count||exact',
      '46.2万亩次|46.2|10000|mu_time|level||exact', '28项次|28|1|item_time|count||exact', '120余款|120|1|kind|count||more_than', '1260门|1260|1|item|count||exact',
    ]);
  });

  it('keeps 人均 in a name (均 alone is "all of them"), and reads a plus sign as part of a number', () => {
    const found = extractClaims('居民人均可支配收入增长6%，居民人均7.8万元，两项均增长5%。出口增长+5.2%。').objects() as Record<string, unknown>[];
    expect(found.map((row) => `${row.surface}|${row.value}|${row.indicator}`)).toEqual([
      '6%|6|居民人均可支配收入增长', '7.8万元|7.8|居民人均', '5%|5|两项增长', '+5.2%|5.2|出口增长',
    ]);
  });

  it('names each item of a contracted list: 存贷款, 进出口, 批零住餐; a list it cannot name apart numbers its figures', () => {
    const names = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => row.indicator);
    expect(names('金融机构存贷款余额分别增长8%、10%以上。')).toEqual(['金融机构存款余额增长', '金融机构贷款余额增长']);
    expect(names('“批零住餐”营业额分别增长12.3%、8.6%、12.7%、10.3%。')).toEqual(['批发业营业额增长', '零售业营业额增长', '住宿业营业额增长', '餐饮业营业额增长']);
    expect(names('进出口总额分别为120亿元、80亿元。')).toEqual(['进口总额', '出口总额']);
    expect(names('两项收入分别增长5%、6%。')).toEqual(['两项收入增长[1/2]', '两项收入增长[2/2]']);
  });

  it('names a bare aspect (产量, 利润) after the subject the figure before named with another aspect', () => {
    const names = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => row.indicator);
    expect(names('粮食播种面积稳定在73.3万亩、产量19.5万吨，蔬菜种植面积41.5万亩、产量73万吨。')).toEqual(['粮食播种面积', '粮食产量', '蔬菜种植面积', '蔬菜产量']);
    expect(names('规上工业增加值增长8%，利润增长10%。')).toEqual(['规上工业增加值增长', '规上工业利润增长']);
    // Not across sentences, and not after a name with no aspect of its own.
    expect(names('粮食播种面积73.3万亩。产量19.5万吨。接待游客100万人次，产值5亿元。')).toEqual(['粮食播种面积', '产量', '接待游客', '产值']);
  });

  it('gives the items of a list the name they share, written once after the last', () => {
    const names = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => row.indicator);
    expect(names('城镇、农村常住居民人均可支配收入分别增长3.4%、7.9%。')).toEqual(['城镇常住居民人均可支配收入增长', '农村常住居民人均可支配收入增长']);
    expect(names('工业和服务业增加值分别增长5%、6%。')).toEqual(['工业增加值增长', '服务业增加值增长']);
    expect(names('科技型、高新技术和“专精特新”企业分别新增115家、7家、4家。')).toEqual(['新增科技型企业', '新增高新技术企业', '新增专精特新企业']);
    // Items that are names of their own are kept; a list with no names before 分别 reads without error.
    expect(names('一般公共预算收入和政府性基金收入分别增长5%、6%。')).toEqual(['一般公共预算收入增长', '政府性基金收入增长']);
    expect(names('，分别增长5%、6%。')).toEqual(['增长[1/2]', '增长[2/2]']);
  });

  it('reads a bound before what it defines as a threshold of its part\'s year, and a percentage of a whole as a share', () => {
    const text = '一、2024年工作回顾\n经营性收入10万元以上村达100%，其中20亿元以上项目3个。公办幼儿园占比56.6%、普惠率98.3%。盘活国有资产13.06亿元、达可盘活总额的16.46%，监管比例达100%。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.kind}|${row.status}|${row.year}`)).toEqual([
      '10万元以上|threshold|reference|2024', '100%|rate|actual|2024', '20亿元以上|threshold|reference|2024', '3个|count|actual|2024',
      '56.6%|share|actual|2024', '98.3%|rate|actual|2024', '13.06亿元|level|actual|2024', '16.46%|share|actual|2024', '100%|share|actual|2024',
    ]);
  });

  it('names a figure through a name with digits in it (日最大8小时滑动平均, 12368诉讼服务热线, 第95百分位数)', () => {
    const text = '一、2024年工作回顾\n臭氧日最大8小时滑动平均浓度为150微克/立方米。12368诉讼服务热线接听来电4.68万个。一氧化碳日均值第95百分位数浓度为0.9毫克/立方米。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'name' && row.kind !== 'ordinal');
    expect(found.map((row) => row.indicator)).toEqual(['臭氧日最大8小时滑动平均浓度', '12368诉讼服务热线接听来电', '一氧化碳日均值第95百分位数浓度']);
  });

  it('reads an amount\'s bound a few words before the things it sets apart as a threshold, but not a count\'s bound before what it counts', () => {
    const text = '一、2024年工作回顾\n纳入统计的500万元以上在建项目286个。日处理能力20吨及以上农村生活污水处理设施出水水质达标率为92.4%。新增2000户以上农户。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    // A threshold's own name is not scored: what matters is that the figure it defines keeps it.
    expect(found.map((row) => `${row.surface}|${row.kind}|${row.kind === 'threshold' ? '' : row.indicator}`)).toEqual([
      '500万元以上|threshold|', '286个|count|纳入统计的500万元以上在建项目',
      '20吨及以上|threshold|', '92.4%|rate|日处理能力20吨及以上农村生活污水处理设施出水水质达标率',
      '2000户以上|count|新增农户',
    ]);
  });

  it('keeps ordinary figures that look like the forms above as figures, of their own status and name', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date')
      .map((row) => `${row.surface}|${row.kind}|${row.status}|${row.year}|${row.indicator}`);
    // A count before the name of a line is no service's number; a site's visits with a unit are a figure.
    expect(read('一、2025年工作回顾\n共受理156件政务服务便民热线转办件。政府门户网站访问量：356万人次。').map((row) => row.split('|').slice(0, 2).join('|'))).toEqual(['156件|count', '356万人次|count']);
    // An amount put to a use (支持, 用于) is no bound of the things after it.
    expect(read('一、2025年工作回顾\n争取上级资金5亿元以上支持重点项目建设。\n二、2026年工作安排\n争取中央预算内投资2亿元以上用于项目建设。').map((row) => row.split('|').slice(0, 4).join('|'))).toEqual([
      '5亿元以上|level|actual|2025', '2亿元以上|level|target|2026',
    ]);
    // 还将 as 把 (a past action), and 截至 inside a comparison (较截至2025年末), state no intent and report no result.
    expect(read('一、2025年工作回顾\n全年新建学校3所，还将12个村纳入省级示范村创建范围。\n二、2026年工作安排\n园区企业较截至2025年末增加20家。').map((row) => row.split('|').slice(0, 4).join('|'))).toEqual([
      '3所|count|actual|2025', '12个|count|actual|2025', '20家|count|target|2026',
    ]);
    // A bare 收入 after a count of visitors is not a line of the budget named before.
    expect(read('一、2025年工作回顾\n全县一般公共预算收入52亿元，增长5%。全年接待游客320万人次，实现收入28亿元。').at(-1)).toBe('28亿元|level|actual|2025|收入');
    // A list of three things counted after 过去三年 is no list of years; 村均达到 keeps no verb.
    expect(read('一、2025年工作回顾\n过去三年，三大主导产业产值分别达到120亿元、98亿元和76亿元。村级集体经济总收入达到486万元，村均达到40.5万元。').map((row) => row.split('|').slice(3).join('|'))).toEqual([
      '2025|三大主导产业产值[1/3]', '2025|三大主导产业产值[2/3]', '2025|三大主导产业产值[3/3]', '2025|村级集体经济总收入', '2025|村均村级集体经济收入',
    ]);
    // An audit report is written after its year: the rest of the year (年底前) is not the year audited's, but the year it is given in.
    expect(read('某县2024年度县本级预算执行和其他财政收支的审计工作报告\n——2025年8月20日在县人大常委会会议上\n一、基本情况\n审计查出问题金额1.83亿元。力争年底前整改率达到95%以上。').map((row) => row.split('|').slice(0, 4).join('|'))).toEqual([
      '1.83亿元|level|actual|2024', '95%以上|rate|target|2025',
    ]);
  });

  it('gives a target the year reviewed where its sentence names that year for it and the plan year is a guess, but not a year of accounts heard', () => {
    // The years are the commonest (no heading names one): the plan year, 2026, is a guess after 2025.
    const text = '某区规划纲要实施中期评估报告\n一、总体情况\n2025年地区生产总值增长5%。2025年新增就业1万人。\n二、下一步工作建议\n确保2025年地区生产总值增长5.5%以上。听取审议2025年度县级决算和审计工作报告，推动整改率达到90%以上。力争增长6%。';
    expect(extractDraft(text).layout).toMatchObject({ reviewYear: 2025, planYear: 2026, from: 'commonest' });
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.status}|${row.year}`)).toEqual(['5%|actual|2025', '1万人|actual|2025', '5.5%以上|target|2025', '90%以上|target|2026', '6%|target|2026']);
  });

  it('reads the figures of a paragraph that opens with 初步核算 as preliminary, up to a new paragraph or a time of their own', () => {
    const text = '某市2024年国民经济和社会发展统计公报\n初步核算，全年地区生产总值500亿元，增长5%。其中，第一产业增加值50亿元，增长3%。按常住人口计算，全年人均地区生产总值5万元，比上年增长6%。全年粮食产量30万吨。\n年末常住人口100万人。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    // The accounts of the economy stay preliminary where they name the year again; another statistic of the year does not.
    expect(found.map((row) => `${row.surface}|${row.status}`)).toEqual([
      '500亿元|estimate', '5%|estimate', '50亿元|estimate', '3%|estimate', '5万元|estimate', '6%|estimate', '30万吨|actual', '100万人|actual',
    ]);
  });

  it('names a bare line of a budget\'s account after the budget the paragraph last names (支出 → 政府性基金预算支出), not after another line', () => {
    const text = '一、2024年预算执行情况\n政府性基金预算收入18.5亿元，增长3%，支出17.92亿元，结转下年7200万元。上级补助收入3亿元，上年结转2.17亿元，收入总计61.41亿元。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind === 'level');
    // 上级补助收入 and 上年结转 after it are lines of the fund budget's account (not 上级补助's 上年结转).
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '18.5亿元|政府性基金预算收入', '17.92亿元|政府性基金预算支出', '7200万元|政府性基金预算结转下年',
      '3亿元|政府性基金预算上级补助收入', '2.17亿元|政府性基金预算上年结转', '61.41亿元|政府性基金预算收入总计',
    ]);
    // Many lines on (加上…、调入资金…、上年结转…，收入总计…), and not across a paragraph.
    const lines = '一、2025年预算执行情况\n全省一般公共预算收入2068.4亿元，增长3.1%。其中，税收收入1312.6亿元；非税收入755.8亿元。加上中央转移支付收入3912.7亿元、地方政府一般债务收入486.0亿元、调入资金362.5亿元、上年结转48.6亿元，收入总计6963.2亿元。\n上年结转10亿元。';
    expect((extractClaims(lines).objects() as Record<string, unknown>[]).filter((row) => row.kind === 'level').slice(3).map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '3912.7亿元|一般公共预算中央转移支付收入', '486.0亿元|地方政府一般债务收入', '362.5亿元|一般公共预算调入资金', '48.6亿元|一般公共预算上年结转', '6963.2亿元|一般公共预算收入总计', '10亿元|上年结转',
    ]);
  });

  it('names cases handled at one step after the cases the amount before names at another (执结 → 执结执行案件)', () => {
    const text = '一、2024年工作回顾\n全市法院受理执行案件61,328件，执结58,702件。其中，市中院受理各类案件15,847件，审结14,960件。起诉23人。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind === 'count');
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '61,328件|法院受理执行案件', '58,702件|法院执结执行案件', '15,847件|市中院受理各类案件', '14,960件|市中院审结案件', '23人|起诉',
    ]);
  });

  it('names a length a time is cut to (缩短至298天) as the level, and the cut (同比缩短46天) as its change', () => {
    const found = (extractClaims('一、2025年工作回顾\n破产案件平均审理周期缩短至298天，同比缩短46天。').objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['298天|破产案件平均审理周期', '46天|破产案件平均审理周期缩短']);
  });

  it('names an amount of change after the figure before in its unit, past a share between (优良天数…比例…同比增加12天)', () => {
    const found = (extractClaims('一、2025年工作回顾\n市区环境空气质量优良天数为301天，比例为82.5%，同比增加12天。').objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['301天|市区环境空气质量优良天数', '82.5%|市区环境空气质量优良天数比例', '12天|市区环境空气质量优良天数增加']);
  });

  it('names an average per one (村均, 户均) after the total before it, without its word of total', () => {
    const found = (extractClaims('一、2025年工作回顾\n村级集体经济总收入达到486万元，村均40.5万元。人均5万元。').objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    // With no total before it in its sentence, 人均 stays as written.
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['486万元|村级集体经济总收入', '40.5万元|村均村级集体经济收入', '5万元|人均']);
  });

  it('names two steps of handling named together (审结、执结) after the cases, and the sum at stake (标的额) after the cases the count before names', () => {
    const text = '一、2025年工作回顾\n市中院受理案件21583件，审结、执结20167件。审结涉民营企业合同纠纷案件8126件，标的额53.2亿元。标的额3亿元。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind === 'count' || row.kind === 'level');
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '21583件|市中院受理案件', '20167件|市中院审结、执结案件', '8126件|审结涉民营企业合同纠纷案件', '53.2亿元|涉民营企业合同纠纷案件标的额', '3亿元|标的额',
    ]);
  });

  it('reads a window of time before the rate it defines (7日内程序回复率) as a threshold, named with the rate, and 在3个月内完成 as a duration', () => {
    const text = '一、2024年工作回顾\n信访事项7日内程序回复率、3个月内办理答复率均为100%。问题要在3个月内完成整改。\n二、2025年工作安排\n确保信访7日内程序回复率保持100%。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.kind}|${row.status}${row.kind === 'rate' ? `|${row.indicator}` : ''}`)).toEqual([
      '7日|threshold|reference', '3个月|threshold|reference', '100%|rate|actual|3个月内办理答复率',
      '3个月|duration|actual', '7日|threshold|reference', '100%|rate|target|信访7日内程序回复率',
    ]);
  });

  it('reads a percentage after 低于 or 高于 before what it defines (低于120%的警戒线) as a threshold, not a rate; not one before a goal', () => {
    const text = '一、2024年工作回顾\n债务率为96.4%，低于120%的警戒线，失业率低于5%的目标顺利实现，失业率低于4.5%。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.kind}|${row.status}`)).toEqual([
      '96.4%|rate|actual', '120%|threshold|reference', '5%|rate|target', '4.5%|rate|actual',
    ]);
    // So is a requirement (不低于60%的要求) and a bound after 超过 before what it defines (投入强度超过2%的行业有9个).
    const more = (extractClaims('一、2024年工作回顾\n用于产业发展的比例达到63.3%，高于省定不低于60%的要求。投入强度超过2%的行业有9个。').objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(more.map((row) => `${row.surface}|${row.kind}|${row.status}|${row.indicator}`)).toEqual([
      '63.3%|share|actual|用于产业发展的比例', '不低于60%|threshold|reference|高于省定', '超过2%|threshold|reference|投入强度', '9个|count|actual|投入强度超过2%的行业',
    ]);
    // Not a result after 超过 before no count of what it defines, nor a goal named a requirement without a bound word.
    const results = (extractClaims('一、2024年工作回顾\n一般公共预算收入增长超过10%的好成绩。超过90%的行政村实现了5G覆盖。\n二、2025年工作安排\n全面完成森林覆盖率提高到45%的要求。').objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'name');
    expect(results.map((row) => `${row.surface}|${row.kind}|${row.status}`)).toEqual(['超过10%|growth|actual', '超过90%|rate|actual', '45%|rate|target']);
  });

  it('names a growth after the level it describes, past a ratio, and reads 预计 in the plan part as the plan year\'s', () => {
    const text = '一、2024年预算执行情况\n一般公共预算收入完成125.6亿元，为预算的101.3%，增长5.2%。城镇化率63.5%，比上年末提高0.8个百分点。\n二、2025年预算草案\n一般公共预算收入预计完成130亿元，增长3.5%。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.kind}|${row.status}|${row.year}|${row.indicator}`)).toEqual([
      '125.6亿元|level|actual|2024|一般公共预算收入', '101.3%|ratio|actual|2024|一般公共预算收入预算完成率', '5.2%|growth|actual|2024|一般公共预算收入增长',
      '63.5%|rate|actual|2024|城镇化率', '0.8个百分点|pp_change|actual|2024|城镇化率提高',
      '130亿元|level|target|2025|一般公共预算收入', '3.5%|growth|target|2025|一般公共预算收入增长',
    ]);
  });

  it('drops 实现 between a subject and what it achieved, links 出口 and 进口 under 其中, and reads 张', () => {
    const text = '规模以上工业企业实现营业收入156.3亿元，增长7.8%。全年货物进出口总额23.4亿元，其中出口18.9亿元，进口4.5亿元。床位2856张。';
    const found = extractClaims(text).objects() as Record<string, unknown>[];
    expect(found.map((row) => `${row.surface}|${row.unit}|${row.indicator}|${row.part_of ?? ''}`)).toEqual([
      '156.3亿元|yuan|规模以上工业企业营业收入|', '7.8%|percent|规模以上工业企业营业收入增长|', '23.4亿元|yuan|货物进出口总额|',
      '18.9亿元|yuan|出口|claim_0003', '4.5亿元|yuan|进口|claim_0003', '2856张|sheet|床位|',
    ]);
  });

  it('names the sides of 城乡 and the figures of a list written before 分别', () => {
    const found = extractClaims('城乡居民人均可支配收入分别达到41256元、18934元，分别增长4.6%、6.8%。接待游客1850万人次，旅游综合收入126亿元，分别增长12.5%、15.3%。').objects() as Record<string, unknown>[];
    expect(found.map((row) => row.indicator)).toEqual([
      '城镇居民人均可支配收入', '农村居民人均可支配收入', '城镇居民人均可支配收入增长', '农村居民人均可支配收入增长',
      '接待游客', '旅游综合收入', '接待游客增长', '旅游综合收入增长',
    ]);
  });

  it('reads "由x增至y" as one indicator, the first figure a year before the second', () => {
    const found = extractClaims('一、2024年工作回顾\n常住人口城镇化率由60.1%提高到62.4%，市场主体从1.2万户增至1.5万户。').objects() as Record<string, unknown>[];
    expect(found.slice(1).map((row) => [row.surface, row.indicator, row.year])).toEqual([
      ['60.1%', '常住人口城镇化率', 2023], ['62.4%', '常住人口城镇化率', 2024], ['1.2万户', '市场主体', 2023], ['1.5万户', '市场主体', 2024],
    ]);
    expect(found[1]?.links).toBe('from-to: the figure before 增至/提高到, a year before the one after');
    // over a five-year period the first figure is of the year before the period starts, the second of its last year
    const period = extractClaims('一、2024年工作回顾\n五年来，城镇化率由55%提高到62%。').objects() as Record<string, unknown>[];
    expect(period.slice(1).map((row) => [row.surface, row.year, row.period])).toEqual([['55%', 2019, '2020-2024 (五年来)'], ['62%', 2024, '2020-2024 (五年来)']]);
    expect(period[1]?.links).toBe('from-to: the figure before 增至/提高到, of the year before its period');
  });

  it('reads a footnote mark between a number and its unit, as PDF text has it', () => {
    expect(rows('生产总值2060.35①亿元，增长5.3%※。')).toEqual(['2060.35①亿元|2060.35|100000000|yuan|level||exact', '5.3%|5.3|1|percent|growth|up|exact']);
  });

  it('names the level before a change with no name of its own, across framing words', () => {
    const found = extractClaims('年末全市常住人口485.2万人，比上年末减少1.3万人。初步核算，全年全市地区生产总值2860.35亿元。').objects() as Record<string, unknown>[];
    expect(found.map((row) => [row.indicator, row.status])).toEqual([['常住人口', 'actual'], ['常住人口减少', 'actual'], ['地区生产总值', 'estimate']]);
  });

  it('names a growth rate after an amount of change as the growth of the amount changed, and an item by its name after 一是', () => {
    const found = extractClaims('各项贷款余额4987.3亿元，比年初增加401.2亿元，增长8.7%。一是新建城市书房12个，建成率达到100%。').objects() as Record<string, unknown>[];
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['4987.3亿元|各项贷款余额', '401.2亿元|各项贷款余额增加', '8.7%|各项贷款余额增长', '12个|新建城市书房', '100%|建成率']);
  });

  it('drafts a table that loads as it is, for every text shape above, traditional characters included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'real-world-'));
    const text = '某市2024年统计公报\n地區生產總值2060.35 億元，增長５．３％。人口自然增长率为-1.8‰。三次产业结构为7.4∶39.6∶53。\n指标 绝对数（元）\n人均可支配收入 38652\n- 2 -\n65岁以上老年人1.2万人。';
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(extractClaims(text)));
    expect(loadReport(dir).rows.map((row) => row.surface)).toEqual(['2024年', '2060.35 億元', '５．３％', '-1.8‰', '7.4∶39.6∶53', '38652', '65岁以上', '1.2万人']);
  });
  it('reads the years of a report written in Chinese digits (二〇二五年) as the years of its parts, and the draft loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'written-years-'));
    const text = '政府工作报告\n——二〇二六年一月十日在某县第十八届人民代表大会第五次会议上\n一、二〇二五年工作回顾\n全县地区生产总值125.6亿元，增长5.2%。\n二、二〇二六年工作安排\n地区生产总值增长6%左右。';
    const { claims, layout } = extractDraft(text);
    expect([layout.reviewYear, layout.planYear]).toEqual([2025, 2026]);
    expect((claims.objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.value}|${row.status}|${row.year}`)).toEqual([
      '二〇二六年|2026|reference|2026', '二〇二五年|2025|reference|2025', '125.6亿元|125.6|actual|2025', '5.2%|5.2|actual|2025', '二〇二六年|2026|reference|2026', '6%左右|6|target|2026',
    ]);
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(claims));
    expect(loadReport(dir).rows.map((row) => row.surface)).toEqual(['二〇二六年', '二〇二五年', '125.6亿元', '5.2%', '二〇二六年', '6%左右']);
  });

  it('reads a count in Chinese numerals after what it counts as a figure, says so, and the draft loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chinese-counts-'));
    const text = '全年共召开常委会会议八次、主任会议十九次，制定地方性法规3件。做到“两个维护”。';
    const { claims } = extractDraft(text);
    expect((claims.objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.value}|${row.unit}|${row.kind}|${row.indicator}`)).toEqual([
      '八次|8|time|count|召开常委会会议', '十九次|19|time|count|主任会议', '3件|3|piece|count|制定地方性法规',
    ]);
    expect(claims.get('form', 0)).toBe('a count written in Chinese numerals, read as 8: check the reading');
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(claims));
    expect(loadReport(dir).rows.map((row) => `${row.surface}|${row.value}`)).toEqual(['八次|8', '十九次|19', '3件|3']);
  });

  it('reads shares in tenths (三成, 近3成) as percentages and fractions (三分之一) as ratios, names a share of things after what is said of them, says so, and the draft loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenths-'));
    const text = '全县八成左右的行政村通了公交，小微企业贷款占全部贷款的三成，不足四成的企业开展研发，近3成企业亏损，约三分之一的企业实现盈利。一成不变。';
    const { claims } = extractDraft(text);
    expect((claims.objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.value}|${row.unit}|${row.kind}|${row.qualifier}|${row.indicator}`)).toEqual([
      '八成左右|80|percent|share|about|行政村通了公交的比例', '三成|30|percent|share|exact|小微企业贷款占全部贷款', '不足四成|40|percent|share|at_most|企业开展研发的比例',
      '近3成|30|percent|share|nearly|企业亏损的比例', '约三分之一|1:3|ratio|ratio|about|企业实现盈利的比例',
    ]);
    expect(claims.get('form', 0)).toBe('a share written in tenths (成), read as 80%: check the reading');
    expect(claims.get('form', 4)).toBe('a fraction written in Chinese numerals, read as 1/3 (the ratio 1:3, part to whole): check the reading');
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(claims));
    expect((loadReport(dir).claims.objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.value}|${row.low}|${row.high}`)).toEqual([
      '八成左右|80|71|89', '三成|30|25|35', '不足四成|40|0|45', '近3成|30|28.5|35', '约三分之一|1:3|0.15|0.5166666666666667',
    ]);
  });

  it('reads a qualifier and a unit that a page\'s wrap splits from the number, and the draft loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'split-words-'));
    const text = '全年粮食总产量115万吨以\n上，比上年增长2%。\n城镇新增就业5.3\n万人，增长2个百\n分点。';
    expect(rows(text)).toEqual(['115万吨以\n上|115|10000|tonne|level||at_least', '2%|2|1|percent|growth|up|exact', '5.3\n万人|5.3|10000|person|count||exact', '2个百\n分点|2|1|pp|pp_change|up|exact']);
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(extractClaims(text)));
    expect(loadReport(dir).rows.map((row) => row.surface)).toEqual(['115万吨以\n上', '2%', '5.3\n万人', '2个百\n分点']);
  });

  it('reads the first of two figures that share 个百分点 (1.2个和2.5个百分点) in the points the second names, and the draft loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shared-points-'));
    const text = '一、2024年工作回顾\n城镇和农村居民收入增速分别提高1.2个和2.5个百分点。新建3个和5个项目。';
    const { claims } = extractDraft(text);
    const found = (claims.objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.unit_text}|${row.value}|${row.unit}|${row.kind}`)).toEqual([
      '1.2|个百分点|1.2|pp|pp_change', '2.5个百分点|null|2.5|pp|pp_change', '3个|null|3|item|count', '5个|null|5|item|count',
    ]);
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(claims));
    expect(loadReport(dir).rows.filter((row) => row.kind === 'pp_change').map((row) => `${row.surface}|${row.unit}`)).toEqual(['1.2|pp', '2.5个百分点|pp']);
  });
});

describe('extractClaims on a bulletin\'s ways of writing', () => {
  const bulletin = (body: string) => `江川市2024年国民经济和社会发展统计公报\n${body}`;
  const figures = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');

  it('reads a unit written in brackets before its number (利润总额（亿元）236.5) as the number\'s, and drafts a table that loads', () => {
    const text = bulletin('规模以上工业企业利润总额（亿元）236.5，增长8.1%；营业收入(亿元)为4125.3。从业人员（万人）12.6。产品（代码）2332。');
    expect(figures(text).map((row) => [row.surface, row.kind, row.indicator, row.form])).toEqual([
      ['236.5', 'level', '规模以上工业企业利润总额', 'written without its unit, read in the one the brackets before it give: 亿元'],
      ['8.1%', 'growth', '规模以上工业企业利润总额增长', null],
      ['4125.3', 'level', '规模以上工业企业营业收入', 'written without its unit, read in the one the brackets before it give: 亿元'],
      ['12.6', 'count', '从业人员', 'written without its unit, read in the one the brackets before it give: 万人'],
      // Brackets that hold no unit give none.
      ['2332', 'count', '产品（代码）', null],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'unit-before-'));
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(extractClaims(text)));
    expect(loadReport(dir).rows.filter((row) => row.kind === 'level').map((row) => row.surface)).toEqual(['236.5', '4125.3']);
  });

  it('reads a ratio written as a plain number after its name, and its change, as ratios that load', () => {
    const text = bulletin('城乡居民收入比为2.18，比上年缩小0.05。常住人口12.6万人，比上年增加0.3万人。城乡居民人均可支配收入之比由2.3缩小到2.18。');
    expect(figures(text).map((row) => [row.surface, row.unit, row.kind, row.indicator])).toEqual([
      ['2.18', 'number', 'ratio', '城乡居民收入比'], ['0.05', 'number', 'ratio', '城乡居民收入比缩小'],
      ['12.6万人', 'person', 'count', '常住人口'], ['0.3万人', 'person', 'count', '常住人口增加'],
      ['2.3', 'number', 'ratio', '城乡居民人均可支配收入之比'], ['2.18', 'number', 'ratio', '城乡居民人均可支配收入之比'],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'ratio-'));
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(extractClaims(text)));
    expect(loadReport(dir).rows.filter((row) => row.kind === 'ratio').map((row) => row.surface)).toEqual(['2.18', '0.05', '2.3', '2.18']);
  });

  it('names a share by the figure before it (税收收入…占比) or by the name it is given in brackets (城镇化率)', () => {
    const text = bulletin('一般公共预算收入218.6亿元，其中税收收入142.3亿元，占比65.1%。城镇常住人口236.8万人，占常住人口比重（常住人口城镇化率）为67.43%，比上年末提高0.82个百分点。');
    expect(figures(text).filter((row) => row.unit !== 'yuan' && row.unit !== 'person').map((row) => [row.surface, row.indicator])).toEqual([
      ['65.1%', '税收收入占比'], ['67.43%', '常住人口城镇化率'], ['0.82个百分点', '常住人口城镇化率提高'],
    ]);
  });

  it('reads the units of bulletins (元/人, 人/平方公里, 吨标准煤, 亿吨公里, 羽, 株, 位) and a rank in 位 as a rank, without its 位', () => {
    const found = figures(bulletin('全员劳动生产率为161615元/人。人口密度为143人/平方公里。能源消费总量1.2亿吨标准煤。货物运输周转量1234.5亿吨公里。家禽出栏2.1亿羽。植树造林120万株。引进30位专家，排名前5位，排名前移6位。起降120架次。人均消费120元/人次。'));
    expect(found.map((row) => `${row.surface}|${row.unit}|${row.kind}|${row.indicator}`)).toEqual([
      '161615元/人|yuan_per_person|level|全员劳动生产率', '143人/平方公里|person_per_km2|level|人口密度', '1.2亿吨标准煤|tce|level|能源消费总量',
      '1234.5亿吨公里|tonne_km|level|货物运输周转量', '2.1亿羽|head|count|家禽出栏', '120万株|plant|count|植树造林', '30位|person|count|引进专家', '5|number|ordinal|引进专家排名', '6|number|count|引进专家排名前移',
      '120架次|flight|count|起降', '120元/人次|yuan_per_visit|level|人均消费',
    ]);
  });

  it('reads 千公顷 as a unit, names a figure after a span of months without its 月, and a month-on-month growth after the growth before', () => {
    const found = figures(bulletin('全年粮食播种面积56.3千公顷，比上年增长0.8%。1-11月规上工业增加值同比增长6.2%，环比增长0.5%。'));
    expect(found.filter((row) => row.kind !== 'code').map((row) => `${row.surface}|${row.unit}|${row.indicator}`)).toEqual([
      '56.3千公顷|kilohectare|粮食播种面积', '0.8%|percent|粮食播种面积增长', '6.2%|percent|规上工业增加值增长', '0.5%|percent|规上工业增加值环比增长',
    ]);
  });

  it('names a real growth, a group\'s figure under 其中 and a depreciation after the figure they are of', () => {
    const found = figures(bulletin('全国居民人均可支配收入39218元，比上年增长6.3%，扣除价格因素，实际增长6.1%。全国居民恩格尔系数为29.8%，其中城镇为28.8%，农村为32.4%。人民币平均汇率比上年贬值4.5%。'));
    expect(found.map((row) => `${row.surface}|${row.indicator}|${row.direction ?? ''}`)).toEqual([
      '39218元|全国居民人均可支配收入|', '6.3%|全国居民人均可支配收入增长|up', '6.1%|全国居民人均可支配收入实际增长|up',
      '29.8%|全国居民恩格尔系数|', '28.8%|城镇居民恩格尔系数|', '32.4%|农村居民恩格尔系数|', '4.5%|人民币平均汇率贬值|down',
    ]);
  });

  it('reads text wrapped at a page\'s width (a PDF\'s) as if it were not, keeps the pieces of a number the wrap splits as text, and drafts a table that loads', () => {
    const text = bulletin(`一、综合\n${wrapAt('初步核算，全年全县地区生产总值286.35亿元，比上年增长5.6%。其中，第一产业增加值31.2亿元，增长3.9%；第二产业增加值102.4亿元，增长6.8%；第三产业增加值152.7亿元，增长5.1%。年末全县常住人口48.5万人，比上年末减少0.3万人。城镇化率为52.4%，比上年末提高1.1个百分点。')}`);
    const found = figures(text);
    expect(found.filter((row) => row.kind === 'level').map((row) => `${row.surface}|${row.scale}|${row.indicator}`)).toEqual([
      '286.35亿元|100000000|地区生产总值', '31.2亿元|100000000|第一产业增加值', '102.4亿元|100000000|第二产业增加值', '152.7\n亿元|100000000|第三产业增加值',
    ]);
    expect(found.filter((row) => row.kind === 'code').map((row) => `${row.surface}|${row.form}`)).toEqual([
      '52|a piece of a number that a line break splits (as text copied from a PDF has): read the whole number in the document',
      '4%|a piece of a number that a line break splits (as text copied from a PDF has): read the whole number in the document',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'wrapped-'));
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(extractClaims(text)));
    expect(loadReport(dir).rows.filter((row) => row.kind === 'level').map((row) => `${row.value}×${row.scale}`)).toEqual(['286.35×100000000', '31.2×100000000', '102.4×100000000', '152.7×100000000']);
  });

  it('reads a wrapped text with Windows line ends as it reads one with \\n, and a table under its header', () => {
    const wrapped = bulletin(`一、综合\n${wrapAt('初步核算，全年全县地区生产总值286.35亿元，比上年增长5.6%。其中，第一产业增加值31.2亿元，增长3.9%；第二产业增加值102.4亿元，增长6.8%；第三产业增加值152.7亿元，增长5.1%。年末全县常住人口48.5万人，比上年末减少0.3万人。全年粮食播种面积73.3万亩，粮食总产量28.6万吨，增长2.3%。')}\n指标 单位 绝对数\n地区生产总值 亿元 286.35\n`);
    const read = (text: string) => figures(text).map((row) => `${row.value}|${row.scale}|${row.kind}|${row.indicator}`);
    expect(read(wrapped.replaceAll('\n', '\r\n'))).toEqual(read(wrapped));
    // A number the wrap splits gives no figure with Windows line ends either.
    const split = bulletin(wrapAt('初步核算，全年全县地区生产总值286.35亿元，比上年增长5.6%。其中，第一产业增加值31.2亿元，增长3.9%；第二产业增加值102.4亿元，增长6.8%；第三产业增加值152.7亿元，增长5.1%。年末全县常住人口48.5万人，比上年末减少0.3万人。城镇化率为52.4%，比上年末提高1.1个百分点。'));
    expect(figures(split.replaceAll('\n', '\r\n')).filter((row) => row.form !== null && String(row.form).startsWith('a piece')).map((row) => row.surface)).toEqual(['52', '4%']);
    expect(read(wrapped).slice(6)).toEqual([
      '152.7|100000000|level|第三产业增加值', '5.1|1|growth|第三产业增加值增长', '48.5|10000|count|常住人口', '0.3|10000|count|常住人口减少',
      '73.3|10000|level|粮食播种面积', '28.6|10000|level|粮食总产量', '2.3|1|growth|粮食总产量增长', '286.35|100000000|level|地区生产总值(绝对数)',
    ]);
  });

  it('names a share after the growth before it where no amount is given, and a ratio to a whole written after 与 after the figure before', () => {
    const found = figures(bulletin('全年网上零售额比上年增长12.0%，占社会消费品零售总额的比重为15.2%，比上年提高0.9个百分点。研究与试验发展（R&D）经费支出1120亿元，与地区生产总值之比为2.15%。'));
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '12.0%|网上零售额增长', '15.2%|网上零售额占社会消费品零售总额的比重', '0.9个百分点|网上零售额占社会消费品零售总额的比重提高',
      '1120亿元|研究与试验发展（R&D）经费支出', '2.15%|研究与试验发展（R&D）经费支出与地区生产总值之比',
    ]);
  });

  it('dates a result by the earlier year its sentence opens with, not by one it compares with or starts from', () => {
    const text = bulletin('全年粮食产量115.2万吨。2023年全市粮食产量112.4万吨，比上年增长1.2%。2022年，全市森林覆盖率为55.1%。2021年以来累计新增就业5.2万人。2024年新增就业1.8万人。');
    expect(figures(text).map((row) => `${row.surface}|${row.year}`)).toEqual(['115.2万吨|2024', '112.4万吨|2023', '1.2%|2023', '55.1%|2022', '5.2万人|2024', '1.8万人|2024']);
  });

  it('names the counts of a list that names the things counted once (125栋、1248户…; 25个市级和78个区级…)', () => {
    const text = bulletin('全市125栋、1248户城区危房完成改造。25个市级和78个区级重点项目完成投资512亿元。建成5个、在建3个。');
    expect(figures(text).map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '125栋|城区危房', '1248户|城区危房', '25个|市级重点项目', '78个|区级重点项目', '512亿元|区级重点项目完成投资', '5个|', '3个|在建',
    ]);
  });
  it('reads a bracket\'s list after 分别 as its own (上年同期分别为28起、18人): the year before\'s figures, named in order', () => {
    const found = extractClaims('某县2025年安全生产工作总结\n2025年，全县共发生各类生产安全事故23起、死亡14人，同比分别下降17.9%和22.2%（上年同期分别为28起、18人）。').objects() as Record<string, unknown>[];
    expect(found.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.year}|${row.indicator}`)).toEqual([
      '23起|2025|生产安全事故', '14人|2025|生产安全事故死亡人数', '17.9%|2025|生产安全事故下降', '22.2%|2025|生产安全事故死亡人数下降',
      '28起|2024|生产安全事故', '18人|2024|生产安全事故死亡人数',
    ]);
  });

  it('reads the lines of an insurance scheme\'s cover (起付标准, 起付线, 最高支付限额) as its rules, not results', () => {
    const found = extractClaims('某市2025年医疗保障基金运行情况\n普通门诊统筹起付标准为每年200元，年度最高支付限额3000元。大病保险起付线为1.2万元。全年职工医保基金支出78.15亿元。').objects() as Record<string, unknown>[];
    expect(found.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}`)).toEqual(['200元|reference', '3000元|reference', '1.2万元|reference', '78.15亿元|actual']);
  });

  it('reads days in 日 and bed-days (平均住院日为8.7日, 由20日压缩至10日, 2.3床日), fish in 尾, and a day of a month before its event as none', () => {
    const found = extractClaims('医院出院者平均住院日为8.7日。审批时限由20日压缩至10日。医师日均担负住院2.3床日。增殖放流鱼苗32万尾。').objects() as Record<string, unknown>[];
    expect(found.map((row) => `${row.surface}|${row.unit}|${row.amount}`)).toEqual(['8.7日|day|8.7', '20日|day|20', '10日|day|10', '2.3床日|day|2.3', '32万尾|head|320000']);
    expect((extractClaims('18日上午，全市召开会议。').objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.unit}`)).toEqual(['18|number']);
  });

  it('reads a number and a negative one apart in a table row (291.6 -1.8%) as two figures, not a range', () => {
    const found = extractClaims('某市2025年卫生健康事业发展统计公报\n指标 2025年 2024年 比上年增减\n公立医院次均门诊费用（元） 286.4 291.6 -1.8%\n').objects() as Record<string, unknown>[];
    expect(found.filter((row) => row.form).map((row) => `${row.surface}|${row.unit}|${row.year}`)).toEqual(['286.4|yuan|2025', '291.6|yuan|2024', '-1.8%|percent|2025']);
  });

  it('names a share given alone after a growth (…1786元，增长2.1%，占5.9%) as the share of the amount, not of its growth', () => {
    const found = extractClaims('全市居民人均衣着消费支出1786元，增长2.1%，占5.9%。').objects() as Record<string, unknown>[];
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['1786元|居民人均衣着消费支出', '2.1%|居民人均衣着消费支出增长', '5.9%|居民人均衣着消费支出占比']);
  });

  it('names a gap in points by its comparison alone (低于省定警戒线, 两者相差), the line it is below a threshold', () => {
    const found = extractClaims('某县2025年国有资产管理情况的综合报告\n全县国有企业资产负债率为62.4%，低于省定警戒线（70%）7.6个百分点。男性为51.2%，女性为31.8%，两者相差19.37个百分点。').objects() as Record<string, unknown>[];
    expect(found.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.kind}|${row.direction}|${row.indicator}`)).toEqual([
      '62.4%|rate|null|国有企业资产负债率', '70%|threshold|null|低于省定警戒线', '7.6个百分点|pp_change|down|低于省定警戒线（70%）',
      '51.2%|rate|null|男性', '31.8%|rate|null|女性', '19.37个百分点|pp_change|up|两者相差',
    ]);
  });
});

describe('extractClaims on a work report\'s ways of writing', () => {
  const report = (review: string, plan = '') => `2025年政府工作报告\n一、2024年工作回顾\n${review}\n二、2025年工作安排\n${plan}`;
  const named = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.indicator}`);

  it('names a figure by the clause before it that names its subject up to a verb (突破千亿元，达到…)', () => {
    expect(named(report('全市地区生产总值突破千亿元，达到1023.5亿元，增长6.2%。全市常住人口，达到12万人。'))).toEqual([
      '1023.5亿元|地区生产总值', '6.2%|地区生产总值增长',
      // A clause with no verb to cut the subject at names nothing.
      '12万人|',
    ]);
  });

  it('names a growth 同口径 after its level, and a gap to the province after the growth it compares', () => {
    expect(named(report('一般公共预算收入完成86.4亿元，为预算的102.3%，同口径增长7.1%。规上工业增加值增长8.5%，高于全省1.2个百分点。规上工业增加值增速高于全国0.5个百分点。'))).toEqual([
      '86.4亿元|一般公共预算收入', '102.3%|一般公共预算收入预算完成率', '7.1%|一般公共预算收入增长', '8.5%|规上工业增加值增长', '1.2个百分点|规上工业增加值增长高于全省', '0.5个百分点|规上工业增加值增速高于全国',
    ]);
    expect(named(report('居民人均可支配收入年均增长6.8%，快于经济增长0.5个百分点。'))).toEqual(['6.8%|居民人均可支配收入年均增长', '0.5个百分点|居民人均可支配收入年均增长快于经济增长']);
  });

  it('names a bare total after what the figure before counts, and a group set apart by a bound with its bound', () => {
    expect(named(report('新引进项目156个、总投资826亿元，其中50亿元以上项目4个。高新技术企业净增120家、总数达到860家。'))).toEqual([
      '156个|新引进项目', '826亿元|新引进项目总投资', '50亿元以上|新引进项目总投资', '4个|50亿元以上项目', '120家|高新技术企业净增', '860家|高新技术企业总数',
    ]);
    // An investment's total is of projects and works, not of the firms counted before.
    expect(named(report('新增市场主体1.2万户，计划总投资120亿元的32个项目全部开工。'))).toEqual(['1.2万户|新增市场主体', '120亿元|计划总投资', '32个|项目']);
    expect(extractClaims('一、2024年工作回顾\n计划总投资120亿元的32个项目全部开工。').array('status')).toEqual(['reference', 'actual', 'actual']);
    expect(extractClaims('一、2024年工作回顾\n全年计划总投资5000万元以上项目1326个，比上年增加84个。').array('status')).toEqual(['reference', 'reference', 'actual', 'actual']);
    expect(extractClaims('一、2024年工作回顾\n全年计划总投资亿元以上项目1368个，比上年增加72个。').array('status')).toEqual(['reference', 'actual', 'actual']);
    // A running total (累计达到) is of the things, not of the new ones.
    expect(named(report('新增“专精特新”中小企业1200家，累计达到8600家。'))).toEqual(['1200家|新增“专精特新”中小企业', '8600家|“专精特新”中小企业累计']);
  });

  it('names every item of a list one figure measures (…均为100%, …均增长5%), with the rate word or name they share', () => {
    expect(named('国控水质监测断面、集中式饮用水水源地水质、功能区环境噪声达标率均为100%。人大建议和政协提案办结率、满意率均达100%。城镇、农村居民人均可支配收入均增长5%。')).toEqual([
      '100%|国控水质监测断面达标率;集中式饮用水水源地水质达标率;功能区环境噪声达标率',
      '100%|人大建议和政协提案办结率;人大建议和政协提案满意率',
      '5%|城镇居民人均可支配收入增长;农村居民人均可支配收入增长',
    ]);
  });

  it('gives a range, kept as text, the status and year a figure there would have, and names a range of change by its word', () => {
    const text = report('三次产业结构为6.9:41.7:51.4。', '全省生产总值增长5%—5.5%。');
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.kind}|${row.status}|${row.year}|${row.indicator}|${row.form}`)).toEqual([
      '6.9:41.7:51.4|code|actual|2024|三次产业结构|parts of a whole', '5%—5.5%|code|target|2025|生产总值增长|range',
    ]);
  });

  it('names no figure after what does not name it (a job count\'s investment, a feat\'s clause, another group\'s figure, an amount of change)', () => {
    expect(named(report([
      '全县户籍人口152.3万人，其中城镇88.1万人，农村64.2万人。新增就业5600人，完成投资12亿元。实施项目12个，完成投资3.2亿元。',
      '新增市场主体1.2万户，总数达到8.6万户。企业3200家，比上年增加200家，占比达到40%。全面完成年度目标任务，增长6.5%。',
      '县域经济综合实力跃上新台阶，达到286亿元。学校、医院、养老机构均为120家。',
    ].join('')))).toEqual([
      '152.3万人|户籍人口', '88.1万人|城镇户籍人口', '64.2万人|农村户籍人口', '5600人|新增就业', '12亿元|投资', '12个|实施项目', '3.2亿元|实施项目完成投资',
      '1.2万户|新增市场主体', '8.6万户|市场主体总数', '3200家|企业', '200家|企业增加', '40%|企业占比', '6.5%|',
      '286亿元|', '120家|学校;医院;养老机构',
    ]);
  });

  it('dates a result by the year its sentence opens with only up to where the sentence turns to another time, and never by a clause that qualifies a name', () => {
    const text = report('2018年全县地区生产总值120亿元，2023年达到260亿元，年均增长8%。2022年接待游客500万人次，今年接待游客620万人次，增长24%。2021年启动的老旧小区改造已完成126个。2022年度全县财政收入12亿元。');
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.year}`)).toEqual(['120亿元|2018', '260亿元|2024', '8%|2024', '500万人次|2022', '620万人次|2024', '24%|2024', '126个|2024', '12亿元|2022']);
  });

  it('reads a five-year plan\'s targets (“十五五”时期奋斗目标) as targets of the year they name, before the year\'s own', () => {
    const text = '2026年政府工作报告\n一、2025年工作回顾\n全县地区生产总值预计达到520亿元，增长5.5%。\n二、“十五五”时期奋斗目标\n到2030年，全县地区生产总值突破700亿元，年均增长6%左右。\n三、2026年主要目标任务\n地区生产总值增长5.5%左右。\n';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.status}|${row.year}|${row.indicator}`)).toEqual([
      '520亿元|estimate|2025|地区生产总值', '5.5%|estimate|2025|地区生产总值增长', '突破700亿元|target|2030|地区生产总值', '6%左右|target|2030|地区生产总值年均增长',
      '5.5%左右|target|2026|地区生产总值增长',
    ]);
  });

  it('dates a target of the plan part by a later year its sentence names (到2027年), else by the plan year', () => {
    const text = report('全市地区生产总值1023.5亿元。', '地区生产总值增长6%以上。到2027年，全市数字经济核心产业增加值占地区生产总值比重达到12%。在2024年基础上再增长5%。全年研发投入增长10%；到2027年，研发投入强度达到3%。力争2026—2027年每年新增城镇就业1万人以上。');
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'code');
    expect(found.map((row) => `${row.surface}|${row.status}|${row.year}`)).toEqual([
      '1023.5亿元|actual|2024', '6%以上|target|2025', '12%|target|2027', '5%|target|2025', '10%|target|2025', '3%|target|2027', '1万人以上|target|2026',
    ]);
  });
});

describe('extractClaims on a budget report\'s ways of writing', () => {
  it('names a growth over the year before\'s result (比2025年执行数增长3%) after the amount, not after the result it is compared with', () => {
    const found = extractClaims('关于某区2025年预算执行情况和2026年预算草案的报告\n二、2026年预算草案\n一般公共预算收入安排32.6亿元，比2025年执行数增长3%。').objects() as Record<string, unknown>[];
    expect(found.filter((row) => row.kind === 'growth').map((row) => `${row.surface}|${row.indicator}|${row.year}`)).toEqual(['3%|一般公共预算收入增长|2026']);
  });

  const budget = (review: string, plan: string) => `关于南溪县2024年预算执行情况和2025年预算草案的报告\n一、2024年预算执行情况\n${review}\n二、2025年预算草案\n${plan}`;
  const named = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.indicator}`);

  it('names an amount of change by its word, a limit without 控制在, and a share of a whole after its part', () => {
    expect(named(budget(
      '政府性基金预算收入6.8亿元，下降21.3%，主要是国有土地使用权出让收入减少2.1亿元。政府债务余额86.52亿元，控制在省核定的限额92.3亿元以内。',
      '一般公共预算收入预期目标为12.9亿元，比上年执行数增长4%。一般公共预算支出安排36.2亿元，比上年预算数下降6.2%。“三保”支出安排21.5亿元，占一般公共预算支出的59.4%。',
    ))).toEqual([
      '6.8亿元|政府性基金预算收入', '21.3%|政府性基金预算收入下降', '2.1亿元|国有土地使用权出让收入减少', '86.52亿元|政府债务余额', '92.3亿元以内|省核定的限额',
      '12.9亿元|一般公共预算收入', '4%|一般公共预算收入增长', '36.2亿元|一般公共预算支出', '6.2%|一般公共预算支出下降', '21.5亿元|三保支出', '59.4%|三保支出占一般公共预算支出',
    ]);
  });

  it('drops 预期 after a budget\'s revenue, so that the lines after it are named after the budget', () => {
    expect(named(budget('政府性基金预算收入6.8亿元。', '国有资本经营预算收入预期1500万元，支出安排500万元，调出资金1000万元。')).slice(1)).toEqual([
      '1500万元|国有资本经营预算收入', '500万元|国有资本经营预算支出', '1000万元|国有资本经营预算调出资金',
    ]);
  });
});

describe('extractClaims on tables with a unit column', () => {
  it('reads a cell\'s own words before its number (增长6% in a column of plans) as a clause\'s: a growth target, not a level of the row\'s unit', () => {
    const text = '江北区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n表1  2024年主要经济指标完成情况\n指标名称            单位      2024年计划    2024年完成\n地区生产总值        亿元      增长6%        486.2\n';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.unit}|${row.kind}|${row.status}|${row.indicator}`)).toEqual([
      '6%|percent|growth|target|地区生产总值(2024年计划)增长', '486.2|yuan|level|actual|地区生产总值(2024年完成)',
    ]);
  });

  it('names a cell by its row without the unit, reads it in that unit (unit_text), says so in the note, and drafts a table that loads', () => {
    const text = '某县2024年计划执行情况的报告\n表1 2024年主要指标完成情况\n指标 | 单位 | 计划 | 完成\n地区生产总值 | （亿元） | 410 | 415.6\n其中:固定资产投资增速 | % | 6 | 4.2\n';
    const found = extractClaims(text).objects() as Record<string, unknown>[];
    const note = (row: string, column: string, unit: string) => `table cell (row ${row}, column ${column}): written without its unit, read in the one its row gives: ${unit}`;
    expect(found.filter((row) => row.form).map((row) => [row.surface, row.unit_text, text.slice(Number(row.unit_start), Number(row.unit_start) + 2), row.unit, row.kind, row.indicator, row.form])).toEqual([
      ['410', '亿元', '亿元', 'yuan', 'level', '地区生产总值(计划)', note('地区生产总值', '计划', '亿元')],
      ['415.6', '亿元', '亿元', 'yuan', 'level', '地区生产总值(完成)', note('地区生产总值', '完成', '亿元')],
      // A percentage written without its % reads in the row's %: a growth rate, since the row names one.
      ['6', '%', '% ', 'percent', 'growth', '固定资产投资增速(计划)', note('其中:固定资产投资增速', '计划', '%')],
      ['4.2', '%', '% ', 'percent', 'growth', '固定资产投资增速(完成)', note('其中:固定资产投资增速', '完成', '%')],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'unit-column-'));
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(extractClaims(text)));
    const loaded = loadReport(dir);
    expect(loaded.rows.map((row) => row.surface)).toEqual(['2024年', '410', '415.6', '6', '4.2']);
    expect(claimsTable(loaded.rows).array('amount')).toEqual([null, 41000000000, 41560000000, 6, 4.2]);
  });
});

describe('extractClaims on tables with units in their column headings', () => {
  it('reads a cell in its column heading\'s unit where its row gives none, and a percentage column\'s cells as changes', () => {
    const text = '某市2024年统计公报\n表2 主要指标\n指标 绝对数（亿元） 比上年增长（%）\n地区生产总值 2860.35 5.3\n';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.form);
    expect(found.map((row) => [row.surface, row.kind, row.indicator, row.form])).toEqual([
      ['2860.35', 'level', '地区生产总值(绝对数)', 'table cell (row 地区生产总值, column 绝对数（亿元）): written without its unit, read in the one its column heading gives: 亿元'],
      ['5.3', 'growth', '地区生产总值(比上年增长)', 'table cell (row 地区生产总值, column 比上年增长（%）): written without its unit, read in the one its column heading gives: %'],
    ]);
  });

  it('keeps a negative cell in a unit never negative (-1.52 in a column of 万人) as written, and says why, not as a bare count', () => {
    const text = '某省2025年人口变动情况抽样调查主要数据公报\n地区 常住人口（万人） 比上年末增减（万人）\n云桥市 512.60 2.13\n青陂市 438.17 -1.52\n';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.form);
    expect(found.map((row) => [row.surface, row.unit, row.scale, row.kind])).toEqual([
      ['512.60', 'person', 10000, 'count'], ['2.13', 'person', 10000, 'count'], ['438.17', 'person', 10000, 'count'], ['-1.52', 'code', 1, 'code'],
    ]);
    expect(found[3]?.form).toBe('table cell (row 青陂市, column 比上年末增减（万人）): a negative figure in 万人, a unit never negative: a change, kept as written (read it with its column)');
    const dir = mkdtempSync(join(tmpdir(), 'negative-cell-'));
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(extractClaims(text)));
    expect(loadReport(dir).rows.filter((row) => row.surface === '-1.52').map((row) => row.kind)).toEqual(['code']);
  });
});

describe('extractClaims on tables whose rows and columns both give units', () => {
  it('takes a row\'s own unit (a unit cell, or its label\'s brackets) before its column\'s, but a percentage column\'s before the row\'s', () => {
    const text = '某市2024年统计公报\n表2 主要指标\n指标 单位 绝对数（亿元） 比上年增长（%）\n地区生产总值 亿元 2860.35 5.3\n常住人口（万人） 125.3 0.8\n';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.form);
    const unitOf = (form: unknown) => String(form).replace(/^.*gives: /, '');
    expect(found.map((row) => `${row.surface}|${row.kind}|${row.indicator}|${unitOf(row.form)}`)).toEqual([
      '2860.35|level|地区生产总值(绝对数)|亿元', '5.3|growth|地区生产总值(比上年增长)|%', '125.3|count|常住人口(绝对数)|万人', '0.8|growth|常住人口(比上年增长)|%',
    ]);
    // A heading's % with no brackets (比上年增长%) is its cells' unit too, whatever the row's.
    const bare = (extractClaims('指标 单位 绝对数 比上年增长%\n地区生产总值 亿元 2860.35 5.3\n').objects() as Record<string, unknown>[]).map((row) => `${row.surface}${row.unit_text}|${row.kind}|${row.indicator}`);
    expect(bare).toEqual(['2860.35亿元|level|地区生产总值(绝对数)', '5.3%|growth|地区生产总值(比上年增长)']);
  });
});

describe('extractClaims on a plan-execution report\'s tables', () => {
  it('reads a 计划 column as the year\'s targets and a 完成 column as its results, and a heading\'s year as theirs', () => {
    const text = '关于青岚县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n表1 2024年主要指标完成情况\n指标 | 单位 | 计划 | 完成\n一般公共预算收入 | 亿元 | 28 | 28.3\n二、2025年计划草案\n指标 单位 2024年完成 2025年目标\n地区生产总值 亿元 415.6 440\n';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.form);
    expect(found.map((row) => `${row.surface}|${row.status}|${row.year}|${row.indicator}`)).toEqual([
      '28|target|2024|一般公共预算收入(计划)', '28.3|actual|2024|一般公共预算收入(完成)', '415.6|actual|2024|地区生产总值(2024年完成)', '440|target|2025|地区生产总值(2025年目标)',
    ]);
  });
});

describe('extractClaims on tables with a number column', () => {
  it('never reads a row number and the label after it as one quantity (2  亿利城 is no 2亿), and keeps a 序号 column\'s numbers as codes', () => {
    const text = '某县2024年统计公报\n序号  项目名称  投资（亿元）\n1  万达广场  8.6\n2  亿利城  12.3\n3  人民医院改扩建  4.5\n';
    const found = extractClaims(text).objects() as Record<string, unknown>[];
    expect(found.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.scale}|${row.unit}`)).toEqual([
      '1|1|code', '8.6|100000000|yuan', '2|1|code', '12.3|100000000|yuan', '3|1|code', '4.5|100000000|yuan',
    ]);
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

describe('extractClaims on units and words of other reports', () => {
  it('reads decibels, lamps, wells, full years of age, other currencies and 增产/减产 as such', () => {
    const text = '一、2024年工作回顾\n城市区域环境噪声平均值52.3分贝。安装路灯1200盏，新打机井5眼。为65周岁以上老年人发放补贴。实际利用外资3.2亿港元。粮食增产2.1%，油料减产1.5%。';
    expect(rows(text).slice(1)).toEqual([
      '52.3分贝|52.3|1|decibel|level||exact', '1200盏|1200|1|lamp|count||exact', '5眼|5|1|well|count||exact', '65周岁以上|65|1|age|threshold||at_least',
      '3.2亿港元|3.2|100000000|hkd|level||exact', '2.1%|2.1|1|percent|growth|up|exact', '1.5%|1.5|1|percent|growth|down|exact',
    ]);
    expect((extractClaims(text).objects() as Record<string, unknown>[]).slice(-2).map((row) => row.indicator)).toEqual(['粮食增产', '油料减产']);
  });
});

describe('extractClaims on years and goals written in the sentence', () => {
  const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' || /月|预计/.test(String(row.surface)))
    .map((row) => `${row.surface}|${row.kind}|${row.status}|${row.year}|${row.indicator}`);

  it('reads 由…压缩至… and 由每人每月…提高到… as one measure from one figure to the other, named before 由', () => {
    expect(read('一、2024年工作回顾\n企业开办时间由3个工作日压缩至1个工作日，城市低保标准由每人每月780元提高到810元。')).toEqual([
      '3个工作日|duration|actual|2023|企业开办时间', '1个工作日|duration|actual|2024|企业开办时间', '780元|level|actual|2023|城市低保标准（每人每月）', '810元|level|actual|2024|城市低保标准（每人每月）',
    ]);
  });

  it('gives each figure of 由…提高到… the year the text names before it, and both the name before 由', () => {
    expect(read('一、2024年工作回顾\n农村居民人均可支配收入由2020年的7.2万元提高到2022年的8.4万元。')).toEqual([
      '7.2万元|level|actual|2020|农村居民人均可支配收入', '8.4万元|level|actual|2022|农村居民人均可支配收入',
    ]);
  });

  it('names an average growth after 由…增加到… after what grew, over the years from the one to the other', () => {
    const found = extractClaims('一、2024年工作回顾\n地区生产总值由2019年的182.3亿元增加到2024年的268.9亿元，年均增长8.1%。').objects() as Record<string, unknown>[];
    expect(found.filter((row) => row.kind === 'growth').map((row) => `${row.surface}|${row.year}|${row.period}|${row.indicator}`)).toEqual(['8.1%|2024|2020-2024 (2019—2024年年均)|地区生产总值年均增长']);
  });

  it('reads a year of the calendar the scanner could not take whole as a date, and a bound on years before what it defines as a threshold', () => {
    const title = extractClaims('关于2024年1—11月经济运行情况的报告\n预计2025年实现增长6%。').objects() as Record<string, unknown>[];
    expect(title.map((row) => `${row.surface}|${row.kind}|${row.value}`).filter((row) => row.includes('年'))).toEqual(['2024年|date|2024', '预计2025年|date|2025']);
    expect(read('一、2024年工作回顾\n逾期1年以上的贷款3.5亿元，超过2年的项目12个，建设期3年以上。')).toEqual([
      '1年以上|threshold|reference|2024|逾期', '3.5亿元|level|actual|2024|逾期1年以上的贷款', '超过2年|threshold|reference|2024|逾期1年以上的贷款', '12个|count|actual|2024|超过2年的项目', '3年以上|duration|actual|2024|建设期',
    ]);
  });

  it('reads a goal stated in its clause (规划目标为, 目标为) as a target of the year named before it, and the clauses after it as results', () => {
    expect(read('一、2024年工作回顾\n规划目标为12件，已完成10件。')).toEqual(['12件|count|target|2025|', '10件|count|actual|2024|']);
    expect(read('某市2024年国民经济和社会发展统计公报\n全年地区生产总值500亿元。到2025年目标为实现生产总值600亿元。')).toEqual([
      '500亿元|level|actual|2024|地区生产总值', '600亿元|level|target|2025|生产总值',
    ]);
  });
  it('reads a figure the words after it name as a goal as the target of the year reviewed, but not a goal that qualifies a noun', () => {
    const status = read('一、2024年工作回顾\n全年预计增长5.8%，完成年初确定的“5.5%左右”的预期目标。开通8条航线10个目标城市。')
      .map((row) => row.split('|').slice(0, 4).join('|'));
    expect(status).toEqual(['5.8%|growth|estimate|2024', '5.5%左右|rate|target|2024', '8条|count|actual|2024', '10个|count|actual|2024']);
  });
});

describe('extractClaims on names with examples and framing verbs', () => {
  it('names a figure after what the examples before 等 are examples of, keeping a verb that counts what was done, and drops framing verbs', () => {
    const names = (extractClaims('一、2024年工作回顾\n签约傲得航空器等项目44个，打造仙女天街等消费新地标4个，推进燃气配套基础设施改造项目9个，开发后备箱产品5个。培养中等职业人才120人，获一等奖3项，高等院校5所。').objects() as Record<string, unknown>[])
      .filter((row) => row.kind === 'count').map((row) => row.indicator);
    expect(names).toEqual(['签约项目', '消费新地标', '燃气配套基础设施改造项目', '后备箱产品', '培养中等职业人才', '获一等奖', '高等院校']);
  });
});

describe('extractClaims on lists of a year\'s undertakings and on audit reports', () => {
  it('reads every figure of 2025年十件民生实事 as a target of 2025, and an audit report\'s figures as results of the year audited', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}`);
    expect(read('青岚市2025年十件民生实事\n一、新增城镇就业岗位1.2万个。\n二、改造老旧小区30个。')).toEqual(['1.2万个|target|2025', '30个|target|2025']);
    expect(read('关于2023年度市级预算执行和其他财政收支的审计工作报告\n一、审计发现的主要问题\n抽查资金12.5亿元，发现问题金额3.2亿元。')).toEqual(['12.5亿元|actual|2023', '3.2亿元|actual|2023']);
  });
});

describe('extractClaims on growth with an adjustment', () => {
  it('names a growth 扣除…因素后 or 剔除…因素影响 after its level, as a growth of it', () => {
    const found = (extractClaims('一、2024年工作回顾\n一般公共预算收入完成28.3亿元，扣除留抵退税因素后增长6.2%。税收收入15亿元，剔除减税因素影响增长3%。').objects() as Record<string, unknown>[])
      .filter((row) => row.kind === 'growth').map((row) => `${row.indicator}|${row.of}`);
    expect(found).toEqual(['一般公共预算收入增长|claim_0002', '税收收入增长|claim_0004']);
  });
});

describe('extractClaims on what looks like a code, an example or a goal but is not', () => {
  it('keeps an amount of eleven digits an amount, 等 inside a word (等级, 等待) and 开发区 in the name, and a later word of intent after a goal\'s clause', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.kind}|${row.status}|${row.indicator}`);
    expect(read('一、2024年工作回顾\n收入13800000000 元，外资16500000000美元。开发区实现规上工业总产值320亿元。新建等级公路50公里，群众等待时间减少3天。')).toEqual([
      '13800000000 元|level|actual|收入', '16500000000美元|level|actual|外资', '320亿元|level|actual|开发区规上工业总产值', '50公里|level|actual|新建等级公路', '3天|count|actual|群众等待时间减少',
    ]);
    expect(read('一、2024年工作回顾\n规划目标为新增就业1万人，已完成8000人，力争全年完成1.2万人。增速超过规划目标2个百分点。').map((row) => row.split('|').slice(0, 3).join('|'))).toEqual([
      '1万人|count|target', '8000人|count|actual', '1.2万人|count|target', '2个百分点|pp_change|actual',
    ]);
  });

  it('gives the first figure of 由…提高到… the year named before it when the second names none', () => {
    const found = (extractClaims('某市2024年国民经济和社会发展统计公报\n城镇化率由2020年的60.1%提高到62.4%。').objects() as Record<string, unknown>[]).filter((row) => row.unit === 'percent');
    expect(found.map((row) => `${row.surface}|${row.kind}|${row.year}`)).toEqual(['60.1%|rate|2020', '62.4%|rate|2024']);
  });

  it('reads 还将 and 拟 before a verb as intent, and a target without a plan year in months or the rest of the year reviewed as that year\'s', () => {
    const text = '某县2025年前三季度经济运行情况\n前三季度，全县社会消费品零售总额增长5%。四季度，全县还将组织开展促消费活动20场以上。\n县里拟新增项目10个。将重点项目纳入调度30个。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(found.map((row) => `${row.surface}|${row.status}|${row.year}|${row.period}`)).toEqual([
      '5%|actual|2025|2025-01/2025-09 (前三季度)', '20场以上|target|2025|2025-10/2025-12 (四季度)', '10个|target|null|null', '30个|actual|2025|2025-01/2025-09 (前三季度)',
    ]);
    // A target that names the rest of the year (四季度, 全年) is the year's, where the sentence does not open with those months.
    const rest = '某县2025年前三季度经济运行情况\n前三季度，全县社会消费品零售总额增长5%。\n下一步，全县力争四季度完成固定资产投资45亿元以上，社会消费品零售总额全年突破160亿元。';
    expect((extractClaims(rest).objects() as Record<string, unknown>[]).filter((row) => row.status === 'target').map((row) => `${row.surface}|${row.year}`)).toEqual(['45亿元以上|2025', '突破160亿元|2025']);
  });

  it('names a figure of months without the months and the area its name opens with, which its period says', () => {
    const text = '某市2025年一季度经济运行情况\n一季度全市地区生产总值完成520.3亿元，同比增长5.2%。3月当月社会消费品零售额42.1亿元。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.unit === 'yuan' || row.unit === 'percent');
    expect(found.map((row) => `${row.surface}|${row.period}|${row.indicator}`)).toEqual([
      '520.3亿元|2025-01/2025-03 (一季度)|地区生产总值', '5.2%|2025-01/2025-03 (一季度)|地区生产总值增长', '42.1亿元|2025-03/2025-03 (3月当月)|社会消费品零售额',
    ]);
  });

  it('gives the first figure of 由上年同期的…缩小到… the year before the second\'s, over the same months, and reads a 收入比 as a ratio', () => {
    const text = '某县2025年前三季度经济运行情况\n前三季度，全县居民人均可支配收入29146元，同比增长5.7%。城乡居民收入比由上年同期的2.13缩小到2.06。';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.unit === 'number');
    expect(found.map((row) => `${row.surface}|${row.kind}|${row.year}|${row.period}|${row.indicator}`)).toEqual([
      '2.13|ratio|2024|2024-01/2024-09 (前三季度)|城乡居民收入比', '2.06|ratio|2025|2025-01/2025-09 (前三季度)|城乡居民收入比',
    ]);
  });
});

describe('extractClaims on goals over years and ahead of the year reviewed', () => {
  const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date')
    .map((row) => `${row.surface}|${row.status}|${row.year ?? ''}|${row.period ?? ''}|${row.indicator}`);

  it('reads a figure of the review after a time ahead opening its clause as a goal for that year', () => {
    expect(read('一、2025年工作回顾\n全区人均预期寿命达到80.8岁，为“十五五”末达到81.5岁打下基础。到2025年底，全区累计建成5G基站1200个。\n')).toEqual([
      '80.8岁|actual|2025||人均预期寿命', '81.5岁|target|2030||人均预期寿命', '5G|reference|||累计建成', '1200个|actual|2025||累计建成5G基站',
    ]);
  });

  it('gives a goal over the years ahead (今后五年, “十五五”时期) their period and their last year, and one of the plan\'s end that year', () => {
    expect(read('一、2025年工作回顾\n全年地区生产总值增长6%。\n二、2026年工作安排\n今后五年，地区生产总值年均增长6%左右。到“十五五”期末，森林覆盖率达到68%。全年地区生产总值增长6%左右。\n')).toEqual([
      '6%|actual|2025||地区生产总值增长', '6%左右|target|2030|2026-2030 (今后五年)|地区生产总值年均增长', '68%|target|2030||森林覆盖率', '6%左右|target|2026||地区生产总值增长',
    ]);
  });
});

describe('extractClaims on a review of two years (final accounts and the next half-year)', () => {
  it('gives the results under a review heading of another year that year, and the months it names their period; the rest of that year\'s plans that year, and the difficulties it lists as remaining its results', () => {
    const text = '关于2025年县级决算草案和2026年上半年预算执行情况的报告\n——2026年7月28日在县人大常委会会议上\n一、2025年县级决算情况\n全县一般公共预算收入决算数18.62亿元，增长4.1%。\n二、2026年上半年预算执行情况\n全县一般公共预算收入完成10.38亿元，完成年度预算的54.1%。债务余额在省核定的限额101.5亿元以内。\n三、存在的问题和下半年工作措施\n从执行情况看，当前财政运行还面临一些困难：非税收入占比超过三分之一。\n确保全年一般公共预算收入增长3%以上。\n';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}|${row.period ?? ''}`)).toEqual([
      '18.62亿元|actual|2025|', '4.1%|actual|2025|', '10.38亿元|actual|2026|2026-01/2026-06 (上半年)', '54.1%|actual|2026|2026-01/2026-06 (上半年)',
      '101.5亿元以内|reference|2026|', '超过三分之一|actual|2026|', '3%以上|target|2026|',
    ]);
  });
});

describe('extractClaims on a five-year plan\'s outline', () => {
  const text = [
    '白鹭市国民经济和社会发展第十五个五年规划纲要', '第一章  发展基础',
    '“十四五”时期，全市地区生产总值由2020年的2418亿元增加到2025年的3356亿元，按可比价格计算年均增长5.8%；一般公共预算收入五年累计完成1186亿元。',
    '第二章  主要目标', '到2030年，地区生产总值突破4500亿元，年均增长5.5%左右。',
    '专栏1  主要指标', '序号\t指标\t单位\t2025年\t2030年\t年均增长〔累计〕\t属性',
    '1\t地区生产总值\t亿元\t3356\t4500\t5.5左右\t预期性', '9\t人均预期寿命\t岁\t79.6\t80.5\t〔0.9〕\t预期性', '',
  ].join('\n');
  const read = () => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}${row.unit_text ?? ''}|${row.kind}|${row.status}|${row.year ?? ''}|${row.indicator}`);

  it('reads the review of the plan before as results of the year before the plan, and the goals as targets of the plan\'s last year', () => {
    expect(read().slice(0, 6)).toEqual([
      '2418亿元|level|actual|2020|地区生产总值', '3356亿元|level|actual|2025|地区生产总值', '5.8%|growth|actual|2025|按可比价格计算年均增长',
      '1186亿元|level|actual|2025|一般公共预算收入累计', '突破4500亿元|level|target|2030|地区生产总值', '5.5%左右|growth|target|2030|地区生产总值年均增长',
    ]);
  });

  it('reads its table one cell to a column: row numbers and a box\'s number as codes, year columns as their years, a change column without a unit as text', () => {
    expect(read().slice(6)).toEqual([
      '1|code|reference||专栏', '1|code|reference||序号', '3356亿元|level|actual|2025|地区生产总值(2025年)', '4500亿元|level|target|2030|地区生产总值(2030年)', '5.5左右|code|reference||地区生产总值(年均增长〔累计〕)',
      '9|code|reference||序号', '79.6岁|level|actual|2025|人均预期寿命(2025年)', '80.5岁|level|target|2030|人均预期寿命(2030年)', '0.9|code|reference||人均预期寿命(年均增长〔累计〕)',
    ]);
  });
});

describe('extractClaims on changes from one year to another', () => {
  it('gives a change after one that names its years in the sentence the same years, and a goal from a level of the year reviewed that year\'s result', () => {
    const text = '榆川县国民经济和社会发展第十五个五年规划纲要\n第一章  发展基础\n规模以上工业企业由2020年的118家增加到2025年的196家，高新技术企业由27家增加到58家。\n第二章  主要目标\n县人民医院床位由2025年的680张增加到850张。\n';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}`)).toEqual([
      '118家|actual|2020', '196家|actual|2025', '27家|actual|2020', '58家|actual|2025', '680张|actual|2025', '850张|target|2030',
    ]);
  });

  it('reads the level a plan\'s change after one that names its years starts from as that year\'s result', () => {
    const text = '榆川县国民经济和社会发展第十五个五年规划纲要\n第二章  主要目标\n床位由2025年的680张增加到850张，注册护士由2300人增加到2600人。\n';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}`)).toEqual([
      '680张|actual|2025', '850张|target|2030', '2300人|actual|2025', '2600人|target|2030',
    ]);
  });

  it('gives the averages of the review in a five-year plan\'s outline the years of the plan it reviews, and 年均 before 分别 to each change of the list', () => {
    const text = '榆川县国民经济和社会发展第十五个五年规划纲要\n第一章  发展基础\n城镇和农村居民人均可支配收入分别达到44180元和22960元，年均分别增长5.2%和7.6%。\n第二章  主要目标\n地区生产总值年均增长5.5%左右。\n';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.period ?? ''}|${row.indicator}`)).toEqual([
      '44180元|actual||城镇居民人均可支配收入', '22960元|actual||农村居民人均可支配收入',
      '5.2%|actual|2021-2025 (十四五)|城镇居民人均可支配收入年均增长', '7.6%|actual|2021-2025 (十四五)|农村居民人均可支配收入年均增长',
      '5.5%左右|target|2026-2030 (十五五)|地区生产总值年均增长',
    ]);
  });

  it('reads a figure in brackets of a year before the plan year (（2025年为79.1岁）) as that year\'s result', () => {
    const text = '榆川县国民经济和社会发展第十五个五年规划纲要\n第二章  主要目标\n人均预期寿命达到80岁左右（2025年为79.1岁）。\n';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}`)).toEqual([
      '80岁左右|target|2030', '79.1岁|actual|2025',
    ]);
  });
});

describe('extractClaims on a document on part of a year', () => {
  it('names a change since part of the year after the growth or the share it changes, with the time compared, and a gap to a wider area after the growth', () => {
    const text = '汶陵市2025年前三季度经济运行情况\n一、经济增长\n地区生产总值同比增长5.6%，比上半年加快0.3个百分点，高于全省0.4个百分点。税收占一般公共预算收入的比重为68.9%，比上半年提高0.7个百分点。\n';
    const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '5.6%|地区生产总值增长', '0.3个百分点|地区生产总值增速比上半年加快', '0.4个百分点|地区生产总值增长高于全省',
      '68.9%|税收占一般公共预算收入的比重', '0.7个百分点|税收占一般公共预算收入的比重比上半年提高',
    ]);
  });

  it('gives its results the months its title names, but not a balance at a month\'s end, a goal or a figure of the whole year; and a span of months its year', () => {
    const text = '汶陵市2025年前三季度经济运行情况\n一、经济增长\n初步核算，前三季度全市地区生产总值2418.63亿元。分产业看，第一产业增加值198.42亿元。生猪出栏186.3万头；9月末，生猪存栏142.7万头。预计全年粮食总产量58万吨以上。\n1—9月，规模以上工业增加值增长7.2%，11月至次年2月为淡季。\n';
    const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(rows.map((row) => `${row.surface}|${row.year}|${row.period ?? ''}`)).toEqual([
      '2418.63亿元|2025|2025-01/2025-09 (前三季度)', '198.42亿元|2025|2025-01/2025-09 (前三季度)', '186.3万头|2025|2025-01/2025-09 (前三季度)',
      '9月|2025|', '142.7万头|2025|', '58万吨以上|2025|', '1—9月|2025|', '7.2%|2025|2025-01/2025-09 (1—9月)', '11月|2025|', '2月|2026|',
    ]);
  });
});

describe('extractClaims drafts of the forms in words and the words of two meanings', () => {
  it('drafts doublings, scores, minutes, pieces, ranks in words and halves that load as written', () => {
    const text = '高新技术企业数量翻了一番多。群众满意度测评得分为91.6分，“高铁30分”。锂离子电池1.27亿只。排名全市第二。超过一半的企业实现盈利。';
    const dir = mkdtempSync(join(tmpdir(), 'forms-'));
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(extractClaims(text)));
    expect(loadReport(dir).rows.map((row) => `${row.surface}|${row.unit}|${row.kind}`)).toEqual([
      '翻了一番多|multiple|ratio', '91.6分|score|level', '30分|minute|duration', '1.27亿只|piece|count', '二|number|ordinal', '超过一半|ratio|ratio',
    ]);
  });
});

describe('extractClaims on halves', () => {
  it('reads 一半 as the ratio 1:2, named after the things it is of among those counted before and what is said of them', () => {
    const rows = extractClaims('全县318个村卫生室中一半以上实现医保联网结算，超过一半的企业实现盈利。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.value}|${row.unit}|${row.qualifier}|${row.indicator}`)).toEqual([
      '318个|318|item|exact|村卫生室', '一半以上|1:2|ratio|at_least|村卫生室实现医保联网结算的比例', '超过一半|1:2|ratio|above|企业实现盈利的比例',
    ]);
  });
});

describe('extractClaims on a plan\'s goals on the way to its end', () => {
  it('gives a goal the year on the way its sentence names (到2027年 in a plan for 2030), and the goals after 到2030年 the plan\'s end', () => {
    const text = '榆川县国民经济和社会发展第十五个五年规划纲要\n第二章  主要目标\n到2027年，新材料产业集群产值突破120亿元；到2030年，突破200亿元。学前教育毛入园率达到98%。\n';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}`)).toEqual([
      '突破120亿元|target|2027', '突破200亿元|target|2030', '98%|target|2030',
    ]);
  });
});

describe('extractClaims on a plan\'s table drawn with box rules', () => {
  it('reads the unit of a row\'s label, a change column\'s own percentages as averages over the plan, and a bracketed total of what is done in the row\'s unit', () => {
    const text = [
      '榆川县国民经济和社会发展第十五个五年规划纲要', '第二章  主要目标', '表1  主要指标', '序号 │ 指标 │ 2025年 │ 2030年 │ 年均增长〔累计〕 │ 属性',
      '1 │ 地区生产总值（亿元） │ 241.3 │ 330 │ 6.5% │ 预期性', '2 │ 城镇新增就业（万人） │ — │ — │ [2.3] │ 预期性', '注：[ ]内为五年累计数。', '',
    ].join('\n');
    const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'code');
    expect(rows.map((row) => `${row.surface}${row.unit_text ?? ''}|${row.kind}|${row.status}|${row.year}|${row.period ?? ''}|${row.indicator}`)).toEqual([
      '241.3亿元|level|actual|2025||地区生产总值(2025年)', '330亿元|level|target|2030||地区生产总值(2030年)',
      '6.5%|growth|target|2030|2026-2030 (年均)|地区生产总值(年均增长〔累计〕)', '2.3万人|count|target|2030|2026-2030 (五年累计)|城镇新增就业(年均增长〔累计〕)',
    ]);
  });
});

describe('extractClaims on a budget report\'s totals and an audit report\'s findings', () => {
  const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.kind}|${row.year ?? ''}|${row.indicator}`);

  it('names totals with their word (收入总计, not 收入总; 收入合计 as the revenue), and drops 加上', () => {
    expect(read('一、2025年预算执行情况\n加上上级补助收入152.3亿元，收入总计418.6亿元。县级一般公共预算收入合计42.73亿元。')).toEqual([
      '152.3亿元|level|2025|上级补助收入', '418.6亿元|level|2025|收入总计', '42.73亿元|level|2025|县级一般公共预算收入',
    ]);
  });

  it('keeps an item\'s number opening its line as a code, names 中，有x after its whole, not 有, and dates figures 截至 a later year in that year', () => {
    expect(read('关于2024年度县级预算执行和其他财政收支的审计工作报告\n1.预算编制不够完整。转移支付资金6.32亿元中，有2.35亿元未编入年初预算。\n截至2025年7月底，已整改问题金额3.41亿元。')).toEqual([
      '1|code||', '6.32亿元|level|2024|转移支付资金', '2.35亿元|level|2024|转移支付资金', '3.41亿元|level|2025|整改问题金额',
    ]);
  });
});

describe('extractClaims on table cells with words of their own', () => {
  it('reads 3.5以内 in a row of % as at most 3.5%, and the draft loads', () => {
    const text = '| 指标 | 单位 | 计划 | 完成 |\n| --- | --- | --- | --- |\n| 城镇登记失业率 | % | 3.5以内 | 2.9 |\n';
    const found = (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}${row.unit_text}|${row.kind}|${row.qualifier}|${row.status}`);
    expect(found).toEqual(['3.5以内%|rate|at_most|target', '2.9%|rate|exact|actual']);
    const dir = mkdtempSync(join(tmpdir(), 'cell-words-'));
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(extractClaims(text)));
    expect(loadReport(dir).rows.map((row) => `${row.surface}|${row.unit_text}|${row.qualifier}`)).toEqual(['3.5以内|%|at_most', '2.9|%|exact']);
  });
});

describe('extractClaims on 由…提高到… over a period and in a plan', () => {
  it('gives the first figure the year before the period and the second its last; in a plan, the first is the result of the year reviewed', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.unit === 'percent').map((row) => `${row.surface}|${row.status}|${row.year}`);
    expect(read('某市国民经济和社会发展第十五个五年规划纲要\n第一章 发展基础\n“十四五”时期，城镇化率由61.2%提高到66.8%，年均增长1.2%。')).toEqual(['61.2%|actual|2020', '66.8%|actual|2025', '1.2%|actual|2025']);
    expect(read('政府工作报告\n一、2024年工作回顾\n城镇化率由60.1%提高到62.4%。\n二、2025年工作安排\n城镇化率由62.4%提高到63.5%。')).toEqual([
      '60.1%|actual|2023', '62.4%|actual|2024', '62.4%|actual|2024', '63.5%|target|2025',
    ]);
  });

  it('reads the changes and totals of a paragraph that opens with the years it reviews (五年来，…) as over them, and not those of the next paragraph', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.year}|${row.period ?? ''}`);
    expect(read('一、2025年和“十四五”时期工作回顾\n全年地区生产总值增长6%。\n各位代表，过去五年极不平凡。五年来，全区地区生产总值年均增长6.1%。规上工业企业由428家增加到716家。人均地区生产总值达到11.2万元。\n城镇化率由68.2%提高到69.1%。\n')).toEqual([
      '6%|2025|', '6.1%|2025|2021-2025 (五年来)', '428家|2020|2021-2025 (五年来)', '716家|2025|2021-2025 (五年来)', '11.2万元|2025|',
      '68.2%|2024|', '69.1%|2025|',
    ]);
  });

  it('says a total over years is one in its name, that the year\'s figure of the same name is told apart', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.period ?? ''}|${row.indicator}`);
    expect(read('一、2025年和“十四五”时期工作回顾\n全年一般公共预算收入62.8亿元。五年来，一般公共预算收入五年累计完成296.4亿元，固定资产投资累计完成2035亿元，是“十三五”时期的1.3倍。\n').slice(1, 4)).toEqual([
      '62.8亿元||一般公共预算收入', '296.4亿元|2021-2025 (五年来)|一般公共预算收入累计', '2035亿元|2021-2025 (五年来)|固定资产投资累计',
    ]);
  });

  it('names the figures after the name written before 由, not one a figure before lent them', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.year}|${row.indicator}`);
    expect(read('一、2025年工作回顾\n新增规模以上工业企业38家，总数达到512家；高新技术企业由2020年的146家增加到318家。')).toEqual([
      '38家|2025|新增规模以上工业企业', '512家|2025|规模以上工业企业总数', '146家|2020|高新技术企业', '318家|2025|高新技术企业',
    ]);
  });
});

describe('extractClaims on a sentence of the plan part that looks back', () => {
  it('reads a sentence opening with a year before the plan year, with no word of intent, as that year\'s results', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}`);
    expect(read('青岚市2026年十件民生实事\n一、新增城镇就业岗位1.2万个。\n2025年，市政府十件民生实事全部完成，累计完成投资16.2亿元，新增学位4200个。\n2026年，力争完成投资20亿元。')).toEqual([
      '1.2万个|target|2026', '16.2亿元|actual|2025', '4200个|actual|2025', '20亿元|target|2026',
    ]);
    // A sentence opening with a year before the plan year that states an intent stays a target.
    expect(read('政府工作报告\n一、2024年工作回顾\n增长5%。\n二、2025年工作安排\n2024年，力争新增就业1万人。')).toEqual(['5%|actual|2024', '1万人|target|2025']);
  });

  it('names a measure written before its amount and the thing after it (总投资65亿元的…项目, 设立规模10亿元的…基金) as that thing\'s', () => {
    const rows = extractClaims('成功引进总投资65亿元的鸿锐储能电池生产基地项目。与市产业投资集团共同设立规模10亿元的产业引导基金。总投资35亿元的年产10万吨项目开工。').objects() as Record<string, unknown>[];
    expect(rows.filter((row) => row.unit === 'yuan').map((row) => `${row.surface}|${row.indicator}`)).toEqual(['65亿元|鸿锐储能电池生产基地项目总投资', '10亿元|产业引导基金规模', '35亿元|总投资']);
  });

  it('reads what the plan part says is done already (已储备, 已通过) as a result, whatever 预计 its sentence opens with', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}`);
    expect(read('政府工作报告\n一、2025年工作回顾\n增长5%。\n二、2026年工作安排\n预计新增债券30亿元，我县已储备专项债券需求项目52个。力争新开工项目20个。')).toEqual([
      '5%|actual|2025', '30亿元|target|2026', '52个|actual|2025', '20个|target|2026',
    ]);
  });

  it('reads a sentence that reports up to a time before the plan year (截至2025年11月底已完工112个) as that year\'s results', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}`);
    expect(read('政府工作报告\n一、2025年工作回顾\n增长5%。\n二、2026年工作安排\n新开工项目30个。\n附件：重大项目推进情况（截至2025年11月底已完工112个，在建64个）\n截至2026年底，力争完工150个。')).toEqual([
      '5%|actual|2025', '30个|target|2026', '112个|actual|2025', '64个|actual|2025', '150个|target|2026',
    ]);
  });
});

describe('extractClaims on a half-year summary', () => {
  const text = '青石镇2025年上半年工作总结和下半年工作计划\n一、上半年工作完成情况\n上半年，全镇完成固定资产投资8.65亿元，同比增长7.3%，完成全年目标任务16.5亿元的52.4%；新增城镇就业386人，完成全年目标600人的64.3%，低于年度目标0.2个百分点。总投资5.2亿元的产业园项目预计9月底投产。\n二、下半年工作计划\n确保隐患整改率达到100%。';
  const read = (rows: Record<string, unknown>[]) => rows.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.kind}|${row.status}|${row.year}|${row.period}|${row.indicator}`);

  it('reads the year\'s goal a result is measured against as a target of the whole year, and a comparison with it as a result', () => {
    expect(read(extractClaims(text).objects() as Record<string, unknown>[]).slice(0, 8)).toEqual([
      '8.65亿元|level|actual|2025|2025-01/2025-06 (上半年)|固定资产投资',
      '7.3%|growth|actual|2025|2025-01/2025-06 (上半年)|固定资产投资增长',
      '16.5亿元|level|target|2025|null|固定资产投资',
      '52.4%|share|actual|2025|2025-01/2025-06 (上半年)|固定资产投资目标完成率',
      '386人|count|actual|2025|2025-01/2025-06 (上半年)|新增城镇就业',
      '600人|count|target|2025|null|新增城镇就业',
      '64.3%|share|actual|2025|2025-01/2025-06 (上半年)|新增城镇就业目标完成率',
      '0.2个百分点|pp_change|actual|2025|2025-01/2025-06 (上半年)|新增城镇就业低于年度目标',
    ]);
  });

  it('reads a month after a word of estimate (预计9月底) as a date, and the plan for the rest of the year as the same year\'s', () => {
    const rows = extractClaims(text).objects() as Record<string, unknown>[];
    expect(rows.filter((row) => String(row.surface).includes('9')).map((row) => `${row.surface}|${row.kind}`)).toEqual(['9月|code']);
    expect(read(rows).at(-1)).toBe('100%|rate|target|2025|null|隐患整改率');
  });
});

describe('extractClaims on a health or transport bulletin', () => {
  const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'code')
    .map((row) => `${row.surface}|${row.kind}|${row.unit}|${row.status}|${row.indicator}`);

  it('makes the results of a year its note calls preliminary estimates, and leaves the year before as it is', () => {
    expect(read('某区2024年卫生健康事业发展统计公报\n年末床位5,126张，上年为4,940张。\n注：1.本公报数据为年报初步统计数。')).toEqual([
      '5,126张|count|sheet|estimate|床位', '4,940张|count|sheet|actual|床位',
    ]);
    // Without the note, results are results; the year before's figure (上年为4,940张) is of 2023 either way.
    expect((extractClaims('某区2024年卫生健康事业发展统计公报\n年末床位5,126张，上年为4,940张。').objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.year}|${row.status}`)).toEqual(['2024|actual', '2023|actual']);
  });

  it('reads cases, visits, rates per 100,000 and changes in per-mille points, and names a list by the things the clause before lists', () => {
    expect(read('某区2024年卫生健康事业发展统计公报\n孕产妇死亡1例，孕产妇死亡率为20.78/10万；婴儿死亡率为2.08‰，比上年下降0.35个千分点。监督检查3,265户次。报告发病数居前三位的依次为百日咳、梅毒和肺结核，分别报告612例、398例和241例。')).toEqual([
      '1例|count|case|actual|孕产妇死亡', '20.78/10万|rate|per_100k|actual|孕产妇死亡率', '2.08‰|rate|permille|actual|婴儿死亡率',
      '0.35个千分点|pp_change|permille_point|actual|婴儿死亡率下降', '3,265户次|count|household_time|actual|监督检查',
      '612例|count|case|actual|百日咳', '398例|count|case|actual|梅毒', '241例|count|case|actual|肺结核',
    ]);
    // Items joined by 、 may have 和 inside them; shares after 分别占 are of the whole it names.
    expect(read('某市第五次全国经济普查公报\n数量居前三位的行业是批发和零售业、制造业、租赁和商务服务业，分别占全部法人单位的29.9%、14.5%和11.9%。')).toEqual([
      '29.9%|share|percent|actual|批发和零售业占全部法人单位比重', '14.5%|share|percent|actual|制造业占全部法人单位比重',
      '11.9%|share|percent|actual|租赁和商务服务业占全部法人单位比重',
    ]);
    // 分别占比为 names no whole; items of a list before 分别 with 和 inside are whole too.
    expect(read('某市统计公报\n第一产业、第二产业、第三产业增加值分别占比为8.1%、38.2%、53.7%。批发和零售业、住宿和餐饮业分别增长5.2%和3.1%。').map((row) => row.split('|').at(-1))).toEqual([
      '第一产业增加值', '第二产业增加值', '第三产业增加值', '批发和零售业增长', '住宿和餐饮业增长',
    ]);
  });

  it('reads amounts of change listed after one word of change each as a change of the figure before in its unit, and a road density in its unit', () => {
    expect(read('上半年新签约项目12个，协议金额28.6亿元，比去年同期增加3个、8.2亿元。公路密度129.62公里/百平方公里。')).toEqual([
      '12个|count|item|actual|上半年新签约项目', '28.6亿元|level|yuan|actual|上半年新签约项目协议金额', '3个|count|item|actual|上半年新签约项目增加',
      '8.2亿元|level|yuan|actual|上半年新签约项目协议金额增加', '129.62公里/百平方公里|level|km_per_100km2|actual|公路密度',
    ]);
  });

  it('names seats in 客位 as the seats of the vehicles named, and their change after 分别', () => {
    expect(read('拥有营运客车1.32万辆、32.6万客位，分别下降4.5%和3.9%。载客量1.16万客位。')).toEqual([
      '1.32万辆|count|vehicle|actual|营运客车', '32.6万客位|count|seat|actual|营运客车客位', '4.5%|growth|percent|actual|营运客车下降',
      '3.9%|growth|percent|actual|营运客车客位下降', '1.16万客位|count|seat|actual|载客量',
    ]);
  });

  it('reads a sentence a single line break splits (…增速比上年\\n加快2.3个百分点。) as one', () => {
    expect(read('全年港口完成货物吞吐量48,926万吨，比上年增长3.8%。完成集装箱吞吐量412.6万标准箱，增长9.7%，增速比上年\n加快2.3个百分点。').at(-1)).toBe('2.3个百分点|pp_change|pp|actual|集装箱吞吐量增速加快');
  });
});

describe('extractClaims on the breakdown of an estimate', () => {
  it('reads a sentence opening with 其中 after one with a word of estimate as estimates, and the sentence after it as results', () => {
    const text = '某县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n全县地区生产总值预计完成286.5亿元，增长5.8%。其中，第一产业增加值38.2亿元，增长3.6%。一般公共预算收入完成18.36亿元。';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}`)).toEqual([
      '286.5亿元|estimate', '5.8%|estimate', '38.2亿元|estimate', '3.6%|estimate', '18.36亿元|actual',
    ]);
  });
});

describe('extractClaims on the groups of an annual report\'s breakdown', () => {
  it('reads a bound marked as including its number (90（含）平方米以下) and a bound before 占 as thresholds, and names the share after them', () => {
    const rows = (extractClaims('职工贷款笔数中，购房建筑面积90（含）平方米以下占28.4%，144平方米以上占7.9%。贷款职工中，30岁（含）以下占36.8%。').objects() as Record<string, unknown>[]);
    expect(rows.map((row) => `${row.surface}|${row.kind}|${row.qualifier}|${row.indicator}`)).toEqual([
      '90（含）平方米以下|threshold|at_most|购房建筑面积', '28.4%|share|exact|职工贷款笔数中购房建筑面积90（含）平方米以下占比',
      '144平方米以上|threshold|at_least|购房建筑面积90（含）平方米以下占', '7.9%|share|exact|职工贷款笔数中144平方米以上占比',
      '30岁（含）以下|threshold|at_most|', '36.8%|share|exact|贷款职工中30岁（含）以下占比',
    ]);
  });
});

describe('extractClaims on an audit report\'s findings', () => {
  it('names the money involved (涉及资金) after what the count before counts, and reads 笔 before 直达 as a unit', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);
    expect(read('审计抽查了15个乡镇86个项目，涉及资金1.53亿元。2笔直达资金超过规定时限分配下达，涉及资金2,380万元。')).toEqual([
      '15个|审计抽查乡镇', '86个|项目', '1.53亿元|项目涉及资金', '2笔|直达资金超过规定时限分配下达', '2,380万元|直达资金超过规定时限分配下达涉及资金',
    ]);
  });
  it('reads a line or a cap a figure is measured against as a threshold, but the cap a budget reports as a figure', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.kind}|${row.status}`);
    expect(read('全区债务率为112.4%，距离120%的红色预警线不足8个百分点；债务余额在省核定的限额86.5亿元以内。全区政府债务限额为86.5亿元。')).toEqual([
      '112.4%|rate|actual', '120%|threshold|reference', '不足8个百分点|pp_change|actual', '86.5亿元以内|threshold|reference', '86.5亿元|level|actual',
    ]);
    expect(read('受污染耕地安全利用率达到93.6%，重点建设用地比例控制在省定25%以内。')).toEqual(['93.6%|rate|actual', '25%以内|threshold|reference']);
  });

  it('reads no rank in people counted after a time (春节前1200名), and a rank from the year before\'s (由上年的第12位跃升至第3位)', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date')
      .map((row) => `${row.surface}|${row.unit}|${row.kind}|${row.year}|${row.indicator}`);
    expect(read('一、2025年工作回顾\n春节前1200名农民工全部返岗。全县综合考核排名由上年的第12位跃升至第3位。\n')).toEqual([
      '1200名|person|count|2025|春节前', '12|number|ordinal|2024|综合考核排名', '3|number|ordinal|2025|综合考核排名',
    ]);
  });

  it('leaves goals of a plan part goals: a bound a province set (控制在省定5.5%以内), what a plan does about difficulties; and a day of a year ahead no goal', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.kind}|${row.status}|${row.year}`);
    expect(read('一、2025年工作回顾\n到2026年春节前，全县为农民工追讨工资2300万元。\n二、2026年工作安排\n城镇调查失业率控制在省定5.5%以内。聚焦企业面临的困难：设立纾困资金2亿元。\n')).toEqual([
      '2300万元|level|actual|2025', '5.5%以内|rate|target|2026', '2亿元|level|target|2026',
    ]);
  });

  it('gives a bulletin\'s 全年计划 no later year than the one it reports on, and a sentence naming its own year no years its paragraph opened with', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}|${row.period ?? ''}`);
    expect(read('某县2025年国民经济和社会发展统计公报\n某县统计局 2026年3月20日\n全年计划新建保障性住房1200套。\n')).toEqual(['1200套|target|null|']);
    expect(read('一、2025年工作回顾\n五年来，全区地区生产总值年均增长6.5%。2025年，城镇化率由68.2%提高到69.5%。\n')).toEqual([
      '6.5%|actual|2025|2021-2025 (五年来)', '68.2%|actual|2024|', '69.5%|actual|2025|',
    ]);
  });

  it('reads a rank and a move in rank as figures of their year, the rank moved from of the year before', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date')
      .map((row) => `${row.surface}|${row.unit}|${row.kind}|${row.status}|${row.year}|${row.indicator}`);
    expect(read('一、2025年工作回顾\n全市地区生产总值在全省排名由第7位上升至第5位。在全省开发区综合考核中位列第9位，比上年前移4位。\n')).toEqual([
      '7|number|ordinal|actual|2024|地区生产总值在全省排名', '5|number|ordinal|actual|2025|地区生产总值在全省排名',
      '9|number|ordinal|actual|2025|全省开发区综合考核排名', '4|number|count|actual|2025|全省开发区综合考核排名前移',
    ]);
  });

  it('counts parcels of land in 宗, and gives a sentence opening with 今年 the year the report is given in', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.unit}|${row.year}`);
    expect(read('关于2025年度区级预算执行和其他财政收支的审计工作报告\n——2026年8月26日在区人大常委会会议上\n今年共完成审计项目32个，处置闲置土地12宗。\n')).toEqual([
      '32个|item|2026', '12宗|plot|2026',
    ]);
  });

  it('reads an audit\'s recommendations as goals of the year it is given in: one that names that year, and one that names none', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.year}`);
    expect(read('关于2025年度区级预算执行和其他财政收支的审计工作报告\n——2026年8月26日在区人大常委会会议上\n一、审计发现的主要问题\n全区债务率为118.6%。\n二、审计建议\n严控融资担保，2026年将平均资产负债率控制在65%以内，年内处置低效资产不少于5000万元。确保资金支出进度不低于85%。\n')).toEqual([
      '118.6%|actual|2025', '65%以内|target|2026', '不少于5000万元|target|2026', '不低于85%|target|2026',
    ]);
  });
});

describe('extractClaims on a quarterly release', () => {
  it('names a change in points named by its comparison alone after the growth before, and a rate named by nothing after the rate before', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'code').map((row) => `${row.surface}|${row.indicator}`);
    expect(read('规模以上工业增加值同比增长7.3%，比1-2月加快1.1个百分点，比上年全年加快0.9个百分点。')).toEqual([
      '7.3%|规模以上工业增加值增长', '1.1个百分点|规模以上工业增加值增速比1-2月加快', '0.9个百分点|规模以上工业增加值增速比上年全年加快',
    ]);
    expect(read('年末全市城镇登记失业率为2.86%，比上年末下降0.07个百分点，控制在3.5%以内的年度调控目标。')).toEqual([
      '2.86%|城镇登记失业率', '0.07个百分点|城镇登记失业率下降', '3.5%以内|城镇登记失业率',
    ]);
  });
});

describe('extractClaims on an investment bureau\'s and a CPPCC\'s words', () => {
  it('names an agreed investment after the projects counted, drops 组织开展 and 发生各类, reads 篇次 and 辑, and a bound before 的有 as a threshold', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.kind}|${row.indicator}`);
    expect(read('亿元以上项目57个，协议投资381.2亿元。组织开展专题协商2次。全县共发生各类生产安全事故27起。报送信息23篇次，编印文史资料5辑。常住人口低于60万人的有1个。')).toEqual([
      '57个|count|亿元以上项目', '381.2亿元|level|亿元以上项目协议投资', '2次|count|专题协商', '27起|count|生产安全事故', '23篇次|count|报送信息',
      '5辑|count|编印文史资料', '60万人|threshold|常住人口低于', '1个|count|常住人口低于60万人的',
    ]);
    expect(read('常住人口低于60万人的为1个。办理审查起诉案件1234件，起诉980件。').slice(1)).toEqual([
      '1个|count|常住人口低于60万人的', '1234件|count|办理审查起诉案件', '980件|count|起诉',
    ]);
  });
});

describe('extractClaims on a water and a climate bulletin\'s bounds', () => {
  it('reads ≥ as a bound, a bound in brackets after a name as its definition, and a cap or a task set from above named before a figure as a reference', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.qualifier}|${row.kind}|${row.status}`);
    expect(read('某市2025年水资源公报\n全市平均高温日数（日最高气温≥35℃）38.7天。用水总量21.36亿立方米，控制在省下达的2025年度22.80亿立方米控制指标以内。耕地保有量42150.36公顷，高于市下达的耕地保有量目标任务40130.00公顷。')).toEqual([
      '≥35℃|at_least|threshold|reference', '38.7天|exact|count|actual', '21.36亿立方米|exact|level|actual', '22.80亿立方米|exact|threshold|reference',
      '42150.36公顷|exact|level|actual', '40130.00公顷|exact|threshold|reference',
    ]);
    // Not a bound in brackets with no figure after them, nor the share of a task from above that was done.
    expect(read('某市2025年统计公报\n新增规上企业35家（其中营收亿元以上企业8家以上）。粮食产量38.5万吨，完成省下达的粮食生产任务102.3%。')).toEqual([
      '35家|exact|count|actual', '8家以上|at_least|count|actual', '38.5万吨|exact|level|actual', '102.3%|exact|ratio|actual',
    ]);
  });
});

describe('extractClaims on a population survey\'s bands of age', () => {
  it('reads a band of ages before the people it defines as a reference, and names the people after it with it', () => {
    const rows = (extractClaims('某市2025年人口变动情况抽样调查主要数据公报\n0—14岁人口为74.15万人；15—59岁的人口为301.22万人。增长5%—6%。').objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    // (A band's own name is no figure's: left out.)
    expect(rows.map((row) => `${row.surface}|${row.status}|${row.kind === 'code' ? '' : row.indicator}`)).toEqual([
      '0—14岁|reference|', '74.15万人|actual|0—14岁人口', '15—59岁|reference|', '301.22万人|actual|15—59岁的人口', '5%—6%|actual|',
    ]);
  });
});

describe('extractClaims on a climate bulletin\'s spans of days', () => {
  it('gives a span of days with no year written the year the document reviews', () => {
    const rows = (extractClaims('某市2025年气候公报\n1月8—10日出现寒潮，7月24日至9月12日持续高温。').objects() as Record<string, unknown>[]).filter((row) => row.kind === 'code');
    expect(rows.map((row) => `${row.surface}|${row.year}`)).toEqual(['1月8—10日|2025', '7月24日至9月12日|2025']);
  });
});

describe('extractClaims on a paragraph of five years', () => {
  it('gives a total the paragraph\'s years though its sentence names a year after it, but not a level of a year it names', () => {
    const text = '政协某县委员会常务委员会工作报告\n——2026年1月12日在政协某县第十届委员会第五次会议上\n一、2025年工作回顾\n五年来，共召开常委会议21次。累计收到提案1148件，委员满意率由2021年的95.3%提高到2025年的98.6%。';
    const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(rows.map((row) => `${row.surface}|${row.year}|${row.period ?? ''}`)).toEqual([
      '21次|2025|2021-2025 (五年来)', '1148件|2025|2021-2025 (五年来)', '95.3%|2021|', '98.6%|2025|',
    ]);
  });
});

describe('extractClaims on a procuratorate\'s cases', () => {
  it('names a step of handling and a sum at stake after the cases counted before, past the people of those cases', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);
    expect(read('起诉知识产权刑事案件5件12人，涉案金额约370万元。受理县监委移送职务犯罪案件9件10人，起诉8件9人。')).toEqual([
      '5件|起诉知识产权刑事案件', '12人|知识产权刑事案件涉案人员', '约370万元|知识产权刑事案件涉案金额', '9件|受理县监委移送职务犯罪案件',
      '10人|县监委移送职务犯罪案件涉案人员', '8件|起诉县监委移送职务犯罪案件', '9人|县监委移送职务犯罪案件涉案人员',
    ]);
  });
});

describe('extractClaims on a fund\'s accounts', () => {
  it('names a bare 累计结存 after the fund the figure before names, and 利润总额 after 营业总收入 by itself', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind === 'level').map((row) => `${row.surface}|${row.indicator}`);
    expect(read('城镇职工基本养老保险基金收入176.43亿元，支出168.25亿元，累计结存192.68亿元。全年实现营业总收入31.26亿元，同比增长5.4%；利润总额1.87亿元。')).toEqual([
      '176.43亿元|城镇职工基本养老保险基金收入', '168.25亿元|城镇职工基本养老保险基金支出', '192.68亿元|城镇职工基本养老保险基金累计结存',
      '31.26亿元|营业总收入', '1.87亿元|利润总额',
    ]);
  });

  it('names a bare line after a fund whose name ends with what it includes in brackets, or after an account, past a growth and a ；', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);
    expect(read('职工医保基金（含生育保险）收入112.68亿元，增长5.9%；支出97.35亿元，增长8.8%。个人账户收入41.44亿元，支出33.77亿元。')).toEqual([
      '112.68亿元|职工医保基金（含生育保险）收入', '5.9%|职工医保基金（含生育保险）收入增长', '97.35亿元|职工医保基金（含生育保险）支出',
      '8.8%|职工医保基金（含生育保险）支出增长', '41.44亿元|个人账户收入', '33.77亿元|个人账户支出',
    ]);
    // A mode of transport's figures after its first (铁路完成客运量…；完成旅客周转量…) are the mode's.
    expect(read('全年铁路完成客运量1286.4万人次；完成旅客周转量41.25亿人公里。')).toEqual(['1286.4万人次|铁路客运量', '41.25亿人公里|铁路旅客周转量']);
    // Not after a subject that is no account (接待游客…，实现收入: the income of the tourism counted, not a line of an account).
    expect(read('全县接待游客320万人次，旅游综合收入28亿元，支出3亿元。')).toContain('3亿元|支出');
  });
});

describe('extractClaims on an education bulletin\'s words', () => {
  it('names no 共有 between a subject and what it has, nor 含 or 另有 before a name; 共有产权 stays a name', () => {
    const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);
    expect(read('幼儿园共有专任教师1,286人。全县共有小学42所（含九年一贯制学校3所），另有教学点17个。新建共有产权住房300套。')).toEqual([
      '1,286人|幼儿园专任教师', '42所|小学', '3所|九年一贯制学校', '17个|教学点', '300套|新建共有产权住房',
    ]);
  });
});

describe('extractClaims on the reports of courts, congresses, accounts, environment, public security, safety and livelihood projects', () => {
  it('names a change in basis points by its word of change, as a change in points is, and drops 我们 before a name', () => {
    const rows = extractClaims('国企综合融资成本下降30个基点，我们将承接办好市级重点民生实事15件。').objects() as { surface: string; indicator: string }[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['30个基点|国企综合融资成本下降', '15件|承接办好市级重点民生实事']);
  });

  it('reads an environment bulletin\'s temperatures, a boiler\'s capacity and a streak\'s bar as bounds, and drops a footnote mark and words of intent or degree from a name', () => {
    const rows = extractClaims('全年平均气温为16.8℃，较常年偏高0.6℃。累计淘汰35蒸吨/小时及以下燃煤锅炉42台。脱贫人口人均纯收入*达到16835元。执行到位金额力争突破7亿元。员额法官年人均结案数连续三年超过230件。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.unit}|${row.kind}|${row.indicator}`)).toEqual([
      '16.8℃|celsius|level|平均气温', '0.6℃|celsius|level|平均气温较常年偏高', '35蒸吨/小时及以下|steam_tonne_per_hour|threshold|累计淘汰',
      '42台|machine|count|累计淘汰35蒸吨/小时及以下燃煤锅炉', '16835元|yuan|level|脱贫人口人均纯收入', '突破7亿元|yuan|level|执行到位金额', '三年|year|duration|员额法官年人均结案数连续超过230件', '超过230件|piece|threshold|员额法官年人均结案数',
    ]);
  });

  it('reads a goal in brackets after the words that name it, each of a list of them, and a budgeted amount as targets', () => {
    const status = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.status}`);
    expect(status('优良天数比例、PM2.5平均浓度均完成省下达年度目标（分别为87.0%、32微克/立方米）。全县脱贫劳动力务工就业14826人，完成市下达目标任务（14200人）的104.4%。')).toEqual([
      'PM2.5|reference', '87.0%|target', '32微克/立方米|target', '14826人|actual', '14200人|target', '104.4%|actual',
    ]);
    expect(status('市级预备费预算1.50亿元，实际支出0.86亿元。预算执行数1.2亿元。')).toEqual(['1.50亿元|target', '0.86亿元|actual', '1.2亿元|actual']);
    // A kind of budget (一般公共预算, 政府性基金预算) before its figure is its account, no budgeted amount.
    expect(status('全市一般公共预算186.42亿元，政府性基金预算52亿元。')).toEqual(['186.42亿元|actual', '52亿元|actual']);
  });

  it('reads a figure of a year after the one the document is given in as foreseen, not a result', () => {
    const text = '关于2025年全区政府债务管理情况的报告\n——2026年2月25日在区人大常委会会议上\n2026—2028年，全区到期政府债券本金分别为28.93亿元、34.16亿元和41.08亿元。2025年末债务余额588.96亿元。';
    const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.unit === 'yuan');
    // The year the report is given in (2026) may hold results of its own (今年以来…): only later years are foreseen whatever is said.
    expect(rows.filter((row) => row.year !== 2026).map((row) => `${row.surface}|${row.year}|${row.status}`)).toEqual(['34.16亿元|2027|estimate', '41.08亿元|2028|estimate', '588.96亿元|2025|actual']);
    // Without a date of the document, a year a sentence names is no later than any.
    expect((extractClaims('2028年，全县地区生产总值增长5%。').objects() as Record<string, unknown>[]).map((row) => row.status)).toEqual(['reference', 'actual']);
  });

  it('names a share that names no whole (，占94.4%) as the share of the things before it, and its change so', () => {
    const rows = extractClaims('其中Ⅰ～Ⅲ类水质断面34个，占94.4%，同比上升2.8个百分点。税收收入142.3亿元，占比65.1%。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '34个|Ⅰ～Ⅲ类水质断面', '94.4%|Ⅰ～Ⅲ类水质断面占比', '2.8个百分点|Ⅰ～Ⅲ类水质断面占比上升', '142.3亿元|税收收入', '65.1%|税收收入占比',
    ]);
  });

  it('names the total of new things set up or registered (新设立, 新登记) without the word of new', () => {
    const rows = extractClaims('新设立基层立法联系点4个，总数达到22个。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['4个|新设立基层立法联系点', '22个|基层立法联系点总数']);
  });

  it('keeps 及 of a bound (县级及以上) in the name of the figure after a count', () => {
    const rows = extractClaims('全市14个县级及以上城市集中式饮用水水源地水质达标率为100%。').objects() as Record<string, unknown>[];
    expect(rows.at(-1)?.indicator).toBe('县级及以上城市集中式饮用水水源地水质达标率');
  });

  it('gives the years a sentence names a total over to its figures after the name, and to one before it only in a clause of a total or an average', () => {
    const period = (text: string) => (extractClaims(`某市公安局2025年工作通报\n${text}`).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'code').map((row) => `${row.surface}|${row.period ?? ''}`);
    expect(period('分季度看，一季度立案1286起、二季度1154起，12月份立案231起，为近五年来单月最低。')).toEqual([
      '1286起|2025-01/2025-03 (一季度)', '1154起|2025-04/2025-06 (二季度)', '231起|2025-12/2025-12 (12月份)',
    ]);
    expect(period('全县累计完成投资420亿元，五年来年均增长8%。')).toEqual(['420亿元|2021-2025 (五年来)', '8%|2021-2025 (五年来)']);
  });

  it('reads the year\'s own plan quoted in the review part of a report with a plan part as the reviewed year\'s targets', () => {
    const text = '关于2025年十件民生实事完成情况的报告\n一、总体完成情况\n十件民生实事计划总投资2.95亿元，累计完成投资3.17亿元，占计划总投资的107.5%。计划新建公办幼儿园4所，实际建成4所。\n二、下一步工作打算\n计划新建全民健身场地30处。';
    const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(rows.map((row) => `${row.surface}|${row.status}|${row.year}`)).toEqual([
      '2.95亿元|target|2025', '3.17亿元|actual|2025', '107.5%|actual|2025', '4所|target|2025', '4所|actual|2025', '30处|target|2026',
    ]);
  });

  it('reads a goal set from above that a result is measured against (国家下达的…目标) as a reference, and the region\'s own goal as a target', () => {
    const rows = extractClaims('一、2025年工作回顾\n优良天数比例88.2%，高于国家下达的75%的目标要求。地区生产总值增长6.1%，完成年初确定的6%左右的预期目标。').objects() as Record<string, unknown>[];
    expect(rows.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}`)).toEqual(['88.2%|actual', '75%|reference', '6.1%|actual', '6%左右|target']);
    expect(rows.find((row) => row.surface === '75%')?.kind).toBe('threshold');
  });

  it('reads a stock restated as the scope of what is said of all of it as a reference, which the figure after is not named by', () => {
    const rows = extractClaims('一、2025年工作回顾\n全县176个行政村集体经济收入全部超过10万元，医共体覆盖全部21个乡镇卫生院。').objects() as Record<string, unknown>[];
    expect(rows.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.indicator}`)).toEqual([
      '176个|reference|行政村集体经济收入', '超过10万元|actual|行政村集体经济收入', '21个|reference|医共体覆盖',
    ]);
  });

  it('reads 只 and 块 as animals and plots where their sentence names them, else as pieces of what is made', () => {
    const rows = extractClaims('出栏家禽1860万只，出让地块12块。锂离子电池产量1.27亿只，产业基地生产集成电路8.6亿块。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.unit}`)).toEqual(['1860万只|head', '12块|plot', '1.27亿只|piece', '8.6亿块|piece']);
  });

  it('reads 分 as a score, and as minutes after words of time', () => {
    const rows = extractClaims('群众满意度测评得分为91.6分，“高铁30分”进入倒计时，平均出警时间缩短至8分，出警满意度测评得分98分。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.unit}|${row.kind}`)).toEqual(['91.6分|score|level', '30分|minute|duration', '8分|minute|duration', '98分|score|level']);
  });

  it('drops 前 of a deadline before the verb (2026年底前实现…) from a name', () => {
    const rows = extractClaims('二、2026年工作计划\n2026年底前实现所有行政村集体经济经营性收入达到15万元以上。').objects() as Record<string, unknown>[];
    expect(rows.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.indicator}`)).toEqual(['15万元以上|所有行政村集体经济经营性收入']);
  });

  it('drops 按时, 拟, 设置 and 落实 before a name but keeps 按时 of a rate', () => {
    const text = '一、2025年预算执行情况\n全年按时偿还政府债务本息12.46亿元，按时办结率99.3%。落实农机购置补贴资金1430万元，设置预备费0.85亿元。\n';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}|${row.indicator}`)).toEqual([
      '12.46亿元|actual|偿还政府债务本息',
      '99.3%|actual|按时办结率', '1430万元|actual|农机购置补贴资金', '0.85亿元|actual|预备费',
    ]);
  });

  it('names a gap to the year\'s plan (超年度计划) after the figure it compares', () => {
    const rows = extractClaims('一、2025年工作回顾\n区级重点项目完成投资421亿元，超年度计划12.6%。').objects() as Record<string, unknown>[];
    expect(rows.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.indicator}`)).toEqual(['421亿元|区级重点项目完成投资', '12.6%|区级重点项目完成投资超年度计划']);
  });

  it('names a court report\'s figures: the people of the cases counted before, a verb of a list\'s first item, a rate of a word the name before holds, an item numbered', () => {
    const text = '一、2025年工作回顾\n2.社会保障和就业支出9.18亿元。审结涉黑涉恶案件3件45人。受理民事案件5216件、商事案件1819件。行政机关败诉案件12件，败诉率6.6%。认真办理人大代表建议和政协委员提案6件，办复率100%。组织业务培训22期，参训1480人次。\n';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'code').map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '9.18亿元|社会保障和就业支出', '3件|审结涉黑涉恶案件', '45人|涉黑涉恶案件涉案人员', '5216件|受理民事案件', '1819件|受理商事案件',
      '12件|行政机关败诉案件', '6.6%|行政机关败诉率', '6件|办理人大代表建议和政协委员提案', '100%|人大代表建议和政协委员提案办复率',
      '22期|业务培训', '1480人次|业务培训参训',
    ]);
  });

  it('names what 将 or 把 fronts by what is done to it', () => {
    const rows = extractClaims('依法将1136人次纳入失信被执行人名单。把86个村纳入整治范围。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['1136人次|纳入失信被执行人名单', '86个|纳入整治范围的村']);
  });

  it('drops 全院 and 现有 before a name', () => {
    expect((extractClaims('全院现有干警132人。').objects() as Record<string, unknown>[]).map((row) => row.indicator)).toEqual(['干警']);
  });

  it('drops 组织 the verb before a name, but not 组织 of a word (组织部门)', () => {
    const rows = extractClaims('组织各级各类教师培训3.7万人次，组织部门开展培训12期。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['3.7万人次|各级各类教师培训', '12期|组织部门开展培训']);
  });

  it('reads 初步核算 after 据 as estimating the whole sentence, past ；', () => {
    const text = '一、2025年工作回顾\n据初步核算，全年地区生产总值1234亿元，增长5%；第一产业增加值100亿元，增长3%。\n';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => row.status)).toEqual(['estimate', 'estimate', 'estimate', 'estimate']);
  });

  it('keeps a count before the months it is of (规模以上工业企业前三季度…) a count, and a stock restated before a space a reference', () => {
    const rows = extractClaims('一、2025年工作回顾\n全市187家规模以上工业企业前三季度实现增加值312亿元。医共体覆盖全部 21个乡镇卫生院。').objects() as Record<string, unknown>[];
    expect(rows.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.kind}`)).toEqual(['187家|count', '312亿元|level', '21个|threshold']);
  });

  it('reads 预计 after its subject as estimating its part of the sentence, up to ；, and 预计 opening a sentence as estimating all of it', () => {
    const text = '一、2025年工作回顾\n研发经费投入强度预计达到3.45%，提高0.1个百分点；高新技术企业总数达到1136家。预计全年地区生产总值增长6%，一般公共预算收入增长5%；固定资产投资增长4%。\n';
    expect((extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.status}`)).toEqual([
      '3.45%|estimate', '0.1个百分点|estimate', '1136家|actual', '6%|estimate', '5%|estimate', '4%|estimate',
    ]);
  });

  it('reads a goal or a task set from above (完成市下达目标任务2.4万人, 落实市下达的58.3万亩…任务) as a reference, in the review or the plan', () => {
    const text = '一、2025年工作回顾\n脱贫劳动力务工就业2.48万人，完成市下达目标任务2.4万人的103.3%。\n二、2026年工作计划\n落实市下达的58.3万亩粮食播种面积任务。\n';
    const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(rows.map((row) => `${row.surface}|${row.status}|${row.indicator}`)).toEqual([
      '2.48万人|actual|脱贫劳动力务工就业', '2.4万人|reference|脱贫劳动力务工就业', '103.3%|actual|脱贫劳动力务工就业目标完成率', '58.3万亩|reference|粮食播种面积任务',
    ]);
  });

  it('drops 仍有, 尚有 and 还有 between a name and its figure', () => {
    const rows = extractClaims('公立医院历史债务仍有2.3亿元，因邻里纠纷引发的治安案件尚有1036起。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['2.3亿元|公立医院历史债务', '1036起|因邻里纠纷引发的治安案件']);
  });

  it('keeps 为 that ends a word (违法行为) in a name, and drops 为 the verb', () => {
    const rows = extractClaims('查处酒驾违法行为6243起，税收占比为65%。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['6243起|查处酒驾违法行为', '65%|税收占比']);
  });

  it('ends the reach of 计划 at a clause of what was done, and reads no budgeted amount in what was done to a budget', () => {
    const status = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.status}`);
    expect(status('全县重点项目计划总投资120亿元，当年完成投资85亿元，完成率70.8%。全年招商引资计划为50亿元，完成52亿元。')).toEqual([
      '120亿元|target', '85亿元|actual', '70.8%|actual', '50亿元|target', '52亿元|actual',
    ]);
    expect(status('3个项目超预算1250万元，压减一般性支出预算2.3亿元，核减预算3.2亿元，审核项目预算120个。')).toEqual([
      '3个|actual', '1250万元|actual', '2.3亿元|actual', '3.2亿元|actual', '120个|actual',
    ]);
  });

  it('reads a rank in Chinese numerals or without its 位 as a rank, named after what is ranked, and a streak of it as no part of the name', () => {
    const rows = extractClaims('一、2025年工作回顾\n县域经济综合考核排名全市第二。游客满意度达到96.2%，连续两年位居全市第一。营商环境评价排名第3。').objects() as Record<string, unknown>[];
    expect(rows.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.value}|${row.kind}|${row.status}|${row.indicator}`)).toEqual([
      '二|2|ordinal|actual|县域经济综合考核排名', '96.2%|96.2|rate|actual|游客满意度', '两年|2|duration|actual|游客满意度连续位居全市第一',
      '一|1|ordinal|actual|游客满意度全市排名', '3|3|ordinal|actual|营商环境评价排名',
    ]);
  });

  it('reads the places a rank is held among as defining it, and names a bare measure ranked after the figure before', () => {
    const rows = extractClaims('一、2025年工作回顾\n地区生产总值286.45亿元，增长5.9%，增速居全市11个县（市、区）第3位。').objects() as Record<string, unknown>[];
    expect(rows.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.kind}|${row.status}|${row.indicator}`).slice(2)).toEqual([
      '11个|threshold|reference|增速居全市', '3|ordinal|actual|地区生产总值增速全市排名',
    ]);
  });

  it('reads 由…调整为… of parts of a whole as one structure from one year to the next', () => {
    const rows = extractClaims('一、2025年工作回顾\n三次产业结构由上年的15.1:38.9:46.0调整为14.4:39.2:46.4。').objects() as Record<string, unknown>[];
    expect(rows.filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.year}|${row.indicator}`)).toEqual([
      '15.1:38.9:46.0|2024|三次产业结构', '14.4:39.2:46.4|2025|三次产业结构',
    ]);
  });

  it('names a standard per pupil and day that its words before name nothing but the per after the words after it, and a bound in brackets after a name as defining it', () => {
    const rows = extractClaims('按每生每天5元标准补助。大班额（56人以上）比例降至0.8%。新建学校9所、改扩建学校18所。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.kind}|${row.indicator}`)).toEqual([
      '5元|level|补助标准（每生每天）', '56人以上|threshold|大班额', '0.8%|share|大班额（56人以上）比例', '9所|count|新建学校', '18所|count|改扩建学校',
    ]);
  });

  it('gives the people a rate is per (每千人口) to the items listed after it', () => {
    const rows = extractClaims('每千人口执业（助理）医师2.86人、注册护士3.31人，床位总数2310张。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['2.86人|每千人口执业（助理）医师', '3.31人|每千人口注册护士', '2310张|床位总数']);
  });

  it('names the people a rate is per (每10万人中) as part of the rate, for the clauses after that write its verb again, and reads 由x下降为y as a change', () => {
    const rows = extractClaims('峤南市2025年人口抽样调查公报\n与2024年相比，每10万人中拥有大学文化程度的由17526人上升为18362人；拥有初中文化程度的由34388人下降为33915人。').objects() as Record<string, unknown>[];
    expect(rows.slice(2).map((row) => `${row.surface}|${row.kind}|${row.year}|${row.indicator}`)).toEqual([
      '10万人|name|null|每', '17526人|count|2024|每10万人中拥有大学文化程度', '18362人|count|2025|每10万人中拥有大学文化程度',
      '34388人|count|2024|每10万人中拥有初中文化程度', '33915人|count|2025|每10万人中拥有初中文化程度',
    ]);
  });

  it('names a group of residents after 其中 with the measure of the figure before, 居民 written once', () => {
    const rows = extractClaims('全市经常参加体育锻炼人数比例达到41.6%，其中城镇居民为44.2%，农村居民为36.5%。全市居民恩格尔系数为29.8%，其中城镇居民为28.8%。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '41.6%|经常参加体育锻炼人数比例', '44.2%|城镇居民经常参加体育锻炼人数比例', '36.5%|农村居民经常参加体育锻炼人数比例', '29.8%|居民恩格尔系数', '28.8%|城镇居民恩格尔系数',
    ]);
    // Past a change of the whole in points, but not past ；.
    const past = extractClaims('比例达到41.6%，比上年提高1.3个百分点，其中城镇居民为44.2%。国民体质监测合格率为93.2%，比上年提高0.4个百分点，优秀率为17.8%。定量检测2360批次，合格率99.2%；快速检测1.86万批次，合格率99.6%。').objects() as Record<string, unknown>[];
    expect(past.filter((row) => row.kind !== 'pp_change').map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '41.6%|比例', '44.2%|城镇居民比例', '93.2%|国民体质监测合格率', '17.8%|国民体质监测优秀率', '2360批次|定量检测', '99.2%|定量检测合格率', '1.86万批次|快速检测', '99.6%|快速检测合格率',
    ]);
  });

  it('reads 由上年的x缩小为y and 压降至 as changes, says 累计 once in a running total, and names a share by its part and 占 as the part\'s share', () => {
    const rows = extractClaims('某县2025年工作总结\n城乡居民收入比由上年的2.06缩小为2.02。高息债务余额由上年末的12.60亿元压降至3.95亿元。累计发放个人住房贷款14.26万笔、512.38亿元。车流量412.3万辆次，其中外地车辆占38.5%。').objects() as Record<string, unknown>[];
    expect(rows.slice(1).map((row) => `${row.surface}|${row.year}|${row.indicator}`)).toEqual([
      '2.06|2024|城乡居民收入比', '2.02|2025|城乡居民收入比', '12.60亿元|2024|高息债务余额', '3.95亿元|2025|高息债务余额',
      '14.26万笔|2025|累计发放个人住房贷款', '512.38亿元|2025|累计发放个人住房贷款', '412.3万辆次|2025|车流量', '38.5%|2025|外地车辆占比',
    ]);
    // 约占 keeps 约: the share is about so much, which its surface does not say.
    expect((extractClaims('其中外地车辆约占38.5%，本地车辆仅占12.5%。').objects() as Record<string, unknown>[]).map((row) => row.indicator)).toEqual(['外地车辆约占', '本地车辆占比']);
  });

  it('names the value and the fines of cases (案值, 罚没款) after the cases counted before them', () => {
    const rows = extractClaims('查处商标侵权、假冒专利等违法案件327件，案值1486万元，罚没款863万元。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['327件|违法案件', '1486万元|违法案件案值', '863万元|违法案件罚没款']);
    // Past the counts of other things (处罚决定书).
    const fined = extractClaims('立案查处环境违法案件168件，下达处罚决定书152份，罚没款1126.5万元。').objects() as Record<string, unknown>[];
    expect(fined.map((row) => `${row.surface}|${row.indicator}`).at(-1)).toBe('1126.5万元|立案查处环境违法案件罚没款');
  });

  it('reads the tables of an annex after the plan (附件, 附表) as of the years their columns name, and a conversion in a note as a reference', () => {
    const text = '青岑县2025年政府债务管理情况的报告\n一、2025年政府债务基本情况\n政府债务余额193.72亿元。\n二、2026年工作安排\n新增债券30亿元。\n附表  青岑县2025年政府债务余额情况表\n单位：亿元\n项目  2024年末  2025年末\n政府债务余额  154.99  193.72\n注：1亩≈666.7平方米。\n';
    const rows = (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date');
    expect(rows.map((row) => `${row.surface}|${row.status}|${row.year}`)).toEqual([
      '193.72亿元|actual|2025', '30亿元|target|2026', '154.99|actual|2024', '193.72|actual|2025', '1亩|reference|null', '666.7平方米|reference|null',
    ]);
  });

  it('names a change in points of a growth rate by the rate (增速回落), without the year compared with', () => {
    const rows = extractClaims('住宿餐饮业增速较上年回落2.1个百分点。全县社会消费品零售总额增长5.2%，增速较上年回落1.3个百分点。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['2.1个百分点|住宿餐饮业增速回落', '5.2%|社会消费品零售总额增长', '1.3个百分点|社会消费品零售总额增速回落']);
    expect((extractClaims('零售总额增速比去年回落1.3个百分点。').objects() as Record<string, unknown>[]).map((row) => row.indicator)).toEqual(['零售总额增速回落']);
  });

  it('says in the name what an amount is per (每人每月), and of the figure after it in a list', () => {
    const rows = extractClaims('城乡低保标准分别提高到每人每月780元和每人每年7200元，特困人员供养标准每人每月1040元和1100元。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '780元|城镇低保标准（每人每月）', '7200元|农村低保标准（每人每年）', '1040元|特困人员供养标准（每人每月）', '1100元|特困人员供养标准（每人每月）',
    ]);
  });
});
