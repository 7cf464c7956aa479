import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { documentLayout } from '../../src/report/document-layout.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/reports/${name}/report.txt`, import.meta.url), 'utf8');
const summary = (text: string, options = {}) => {
  const { type, place, date, reviewYear, planYear, from } = documentLayout(text, options);
  return { type, place, date, reviewYear, planYear, from };
};

describe('documentLayout', () => {
  it('reads each kind of document from its own text', () => {
    expect(summary(bundledReport().text)).toEqual({ type: 'work_report', place: '重庆市武隆区', date: '2024-01-31', reviewYear: 2023, planYear: 2024, from: 'headings' });
    expect(summary(fixture('work-report'))).toEqual({ type: 'work_report', place: '青岚县', date: '2025-01-15', reviewYear: 2024, planYear: 2025, from: 'headings' });
    expect(summary(fixture('bulletin'))).toEqual({ type: 'bulletin', place: '云溪市', date: '2025-03-20', reviewYear: 2024, planYear: null, from: 'title' });
    expect(summary(fixture('plan-execution'))).toEqual({ type: 'plan_report', place: '南屏区', date: '2025-01-10', reviewYear: 2024, planYear: 2025, from: 'headings' });
  });

  it('reads the years from the title, then the date given, when the headings carry none', () => {
    expect(summary('关于南屏区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、执行情况\n增长5%。')).toMatchObject({ reviewYear: 2024, planYear: 2025, from: 'title' });
    expect(summary('政府工作报告\n——2025年1月15日在青岚县第十八届人民代表大会第五次会议上\n一、过去一年\n增长5%。')).toMatchObject({ place: '青岚县', reviewYear: 2024, planYear: 2025, from: 'date' });
    // Any report given at the congress's yearly session (a procuratorate's) reviews the year before; one given to its standing committee later in the year does not.
    expect(summary('东城区人民检察院工作报告\n——2025年1月10日在东城区第五届人民代表大会第四次会议上\n2024年，受理案件5826件。2025年，做好各项工作，2025年继续。')).toMatchObject({ reviewYear: 2024, planYear: 2025, from: 'date' });
    expect(summary('某委员会工作情况\n——2025年7月10日在东城区人民代表大会常务委员会第二十次会议上\n2025年上半年受理案件5826件。')).toMatchObject({ from: 'commonest' });
    // A report on the final accounts of 2024 reviews 2024, in the year after.
    expect(summary('关于清河县2024年财政决算的报告\n——2025年7月28日在清河县人民代表大会常务委员会第二十次会议上\n一、一般公共预算决算情况\n收入增长5%。')).toMatchObject({ type: 'budget_report', reviewYear: 2024, planYear: 2025, from: 'title' });
    // A bulletin of 2023 is a bulletin of 2023, whatever year it was published in.
    expect(summary('某市2023年国民经济和社会发展统计公报\n某市统计局\n2024年3月1日\n全年增长5%。')).toMatchObject({ reviewYear: 2023, planYear: null, from: 'title' });
    // A census bulletin is of the census's standard time, which its opening writes.
    expect(summary('某市第五次全国经济普查公报（第一号）\n某市统计局\n2025年3月18日\n我市以2023年12月31日为标准时点，开展了第五次全国经济普查。比2018年末增加3.12万个，比2018年末增长55.5%。')).toMatchObject({ type: 'bulletin', reviewYear: 2023, planYear: null, from: 'census' });
    expect(summary('某县第七次全国人口普查公报\n普查标准时点是2020年11月1日零时。全县常住人口比2010年增加2万人。')).toMatchObject({ type: 'bulletin', reviewYear: 2020, from: 'census' });
  });

  it('says when the years are only a guess, and takes the years given over anything read', () => {
    expect(summary('2022年增长5%,2023年增长6%,2023年增长7%。')).toMatchObject({ type: 'unknown', reviewYear: 2023, planYear: null, from: 'commonest' });
    // Not counting the year a figure is compared with, which a text on a later year may write more often than its own.
    expect(summary('2023年末法人单位8.74万个，比2018年末增加3.12万个；产业活动单位比2018年末增加3.37万个，个体户比2018年末增加5万个。')).toMatchObject({ reviewYear: 2023, from: 'commonest' });
    expect(summary('没有年份。')).toMatchObject({ reviewYear: null, planYear: null, from: 'none' });
    expect(summary(fixture('bulletin'), { reviewYear: 2023 })).toMatchObject({ reviewYear: 2023, planYear: null, from: 'override' });
    expect(summary(fixture('work-report'), { planYear: 2030 })).toMatchObject({ reviewYear: 2029, planYear: 2030, from: 'override' });
  });

  it('gives the headings it used and where the plan part starts', () => {
    const text = fixture('work-report');
    const layout = documentLayout(text);
    expect(layout.headings.map((heading) => [heading.text, heading.role])).toEqual([['一、2024年工作回顾', 'review'], ['二、2025年工作安排', 'plan']]);
    expect(text.slice(layout.planStart).startsWith('二、2025年工作安排')).toBe(true);
    expect(layout.title).toBe('青岚县政府工作报告');
  });

  it('starts the plan part at a five-year plan\'s goals, and takes the plan year from the first plan heading that names one', () => {
    const text = '2026年政府工作报告\n一、2025年工作回顾\n全县增长5.5%。\n二、“十五五”时期奋斗目标\n到2030年增长6%。\n三、2026年主要目标任务\n增长5.5%左右。\n';
    const layout = documentLayout(text);
    expect(layout.headings.map((heading) => heading.role)).toEqual(['review', 'plan', 'plan']);
    expect(text.slice(layout.planStart).startsWith('二、“十五五”时期奋斗目标')).toBe(true);
    expect([layout.reviewYear, layout.planYear]).toEqual([2025, 2026]);
  });

  it('reads a heading that reports on its targets as review, and one heading of both as both years', () => {
    expect(summary('政府工作报告\n一、2023年主要目标任务完成情况\n增长5%。\n二、2024年工作安排\n增长6%。')).toMatchObject({ reviewYear: 2023, planYear: 2024, from: 'headings' });
    const layout = documentLayout('政府工作报告\n一、2023年主要目标任务完成情况\n增长5%。\n二、2024年工作安排\n增长6%。');
    expect(layout.headings.map((heading) => heading.role)).toEqual(['review', 'plan']);
    expect(summary('关于某区预算的报告\n一、2024年预算执行情况和2025年预算草案\n增长5%。')).toMatchObject({ reviewYear: 2024, planYear: 2025, from: 'headings' });
    // What was done to carry out a decision is reviewed, whatever plan words it names; the plan starts at the draft.
    const text = '关于某省预算的报告\n一、2025年预算执行情况\n增长5%。\n二、落实省人大决议和财政重点工作情况\n统筹资金18亿元。\n三、2026年预算草案\n增长4%。';
    expect(documentLayout(text).headings.map((heading) => heading.role)).toEqual(['review', 'review', 'plan']);
    expect(documentLayout(text).planStart).toBe(text.indexOf('三、'));
  });

  it('starts the plan part at a department\'s points of work (2026年工作要点), and reads the progress of its tasks as review', () => {
    const text = '青岚县教育局2025年工作总结和2026年工作要点\n一、2025年工作总结\n新建学校3所。\n二、重点任务推进情况\n完成投资2亿元。\n三、2026年工作要点\n新建幼儿园5所。\n';
    const layout = documentLayout(text);
    expect(layout.headings.map((heading) => heading.role)).toEqual(['review', 'review', 'plan']);
    expect(text.slice(layout.planStart).startsWith('三、2026年工作要点')).toBe(true);
    expect([layout.reviewYear, layout.planYear]).toEqual([2025, 2026]);
  });

  it('reads the progress of key work (重点工作开展情况) as review, and ends the plan part at an annex that names no year of the plan', () => {
    const text = '岫川市林业局2025年工作总结\n一、主要指标完成情况\n森林覆盖率65%。\n二、重点工作开展情况\n造林3万亩。\n三、2026年工作打算\n造林4万亩。\n附件：1.2025年度造林分县统计表\n附件1\n县名 面积\n甲县 1.2\n';
    const layout = documentLayout(text);
    expect(layout.headings.map((heading) => heading.role)).toEqual(['review', 'review', 'plan']);
    expect(text.slice(layout.planStart, layout.planEnd)).toBe('三、2026年工作打算\n造林4万亩。\n');
    // An annex of the plan's year (附表：2026年…) is part of the plan.
    const planned = '某县2025年工作总结\n一、2025年工作回顾\n增长5%。\n二、2026年工作安排\n增长6%。\n附表：2026年重点项目表\n甲项目 12\n';
    expect(documentLayout(planned).planEnd).toBe(planned.length);
    // The closing notes end it too, but a note under a table of targets with a heading after it does not, nor one the text goes on after.
    const noted = '某县2025年工作总结\n一、2025年工作回顾\n增长5%。\n二、2026年工作安排\n增长6%。\n注：1.增速按可比价格计算。2.外贸数据来源于海关统计。\n某县商务局\n2026年1月15日\n';
    expect(noted.slice(documentLayout(noted).planEnd).startsWith('注：1.')).toBe(true);
    const outline = '榆川县国民经济和社会发展第十五个五年规划纲要\n第一章  发展基础\n增长5.8%。\n第二章  主要目标\n地区生产总值 241.3 330\n注：[ ]内为五年累计数。\n第三章  建设现代化产业体系\n全县规模以上工业企业突破500家。';
    expect(documentLayout(outline).planEnd).toBe(outline.length);
    const goesOn = '某县2025年工作总结\n一、2025年工作回顾\n增长5%。\n二、2026年工作安排\n地区生产总值增长6%左右。\n说明：以上指标为预期性指标。\n全年新建5G基站1000个，新建改建农村公路120公里，新增城镇就业岗位5000个以上，确保完成年度目标任务。\n';
    expect(documentLayout(goesOn).planEnd).toBe(goesOn.length);
    // Annexes from the last back: a 2025 annex before one of the plan's year does not end it; one after it does.
    const annexes = '某县2025年工作总结\n一、2025年工作回顾\n增长5%。\n二、2026年工作安排\n增长6%。\n附件：1.2025年度项目表\n甲项目 12\n附表：2026年重点项目表\n乙项目 8\n附件2：2025年度统计表\n丙项目 3\n';
    expect(annexes.slice(documentLayout(annexes).planEnd).startsWith('附件2')).toBe(true);
  });

  it('finds a bulletin by a title on its second line, and gives it no plan year', () => {
    expect(summary('云溪市统计局\n云溪市2024年国民经济和社会发展统计公报\n2025年3月20日\n全年增长5%。')).toMatchObject({ type: 'bulletin', place: '云溪市', reviewYear: 2024, planYear: null, from: 'title' });
  });

  it('reads an audit report\'s year from its title (results of the year audited, no targets), and a list of a year\'s undertakings as that year\'s targets', () => {
    expect(summary('关于2023年度市级预算执行和其他财政收支的审计工作报告\n——2024年6月25日在市人大常委会上\n一、审计发现的主要问题\n抽查资金12.5亿元。')).toMatchObject({ type: 'audit_report', reviewYear: 2023, planYear: null, from: 'title' });
    const list = '青岚市2025年十件民生实事\n一、新增城镇就业岗位1.2万个。';
    expect(summary(list)).toMatchObject({ type: 'plan_list', reviewYear: 2024, planYear: 2025, from: 'title' });
    expect(documentLayout(list).planStart).toBe(list.indexOf('\n'));
    expect(summary('某县2025年重点项目计划\n新开工项目30个。')).toMatchObject({ type: 'plan_list', planYear: 2025 });
    // A five-year plan's outline: targets of the plan's last year, the review of the plan before up to the year before its first; 第X章 headings.
    const outline = summary('白鹭市国民经济和社会发展第十五个五年规划纲要\n第一章  发展基础\n增长5.8%。\n第二章  主要目标\n增长5.5%。');
    expect(outline).toMatchObject({ type: 'five_year_plan', reviewYear: 2025, planYear: 2030, from: 'title' });
    expect(documentLayout('某省“十四五”规划纲要\n第一章 发展基础\n增长。\n第二章 主要目标\n增长。').headings.map((heading) => heading.role)).toEqual(['review', 'plan']);
    // A plan's mid-term review is no outline of targets.
    expect(summary('关于“十四五”规划实施中期评估的报告\n增长5%。').type).toBe('unknown');
    // A report on such a list's results is no list of targets.
    expect(summary('关于2024年十件民生实事完成情况的报告\n新增就业1.2万人。').type).toBe('unknown');
  });

  it('reads a half-year summary and plan (2025年上半年工作总结和下半年工作计划) as reviewing and planning for the same year', () => {
    expect(summary('青石镇2025年上半年工作总结和下半年工作计划\n一、上半年工作完成情况\n增长5%。\n二、下半年工作计划\n增长6%。\n2024年增长4%。2024年。')).toMatchObject({ reviewYear: 2025, planYear: 2025, from: 'title' });
    // 工作计划 opens the plan part, as 工作安排 does.
    const half = '青石镇2025年上半年工作总结和下半年工作计划\n一、上半年工作完成情况\n增长5%。\n二、下半年工作计划\n增长6%。';
    expect(documentLayout(half).planStart).toBe(half.indexOf('二、下半年'));
    const thoughts = '某局2024年工作总结和2025年工作思路\n一、2024年工作总结\n增长5%。\n三、2025年工作思路\n增长6%。';
    expect(documentLayout(thoughts)).toMatchObject({ reviewYear: 2024, planYear: 2025, planStart: thoughts.indexOf('三、') });
  });

  it('reads a report on final accounts and the next half-year (2025年决算, 2026年上半年预算执行情况, 下半年工作措施) as reviewing the first and planning the rest of the second', () => {
    const text = '关于2025年县级决算草案和2026年上半年预算执行情况的报告\n一、2025年县级决算情况\n收入18.6亿元。\n二、2026年上半年预算执行情况\n收入10.4亿元。\n三、存在的问题和下半年工作措施\n确保全年收入19.2亿元。';
    expect(documentLayout(text)).toMatchObject({ reviewYear: 2025, planYear: 2026, planStart: text.indexOf('三、'), from: 'headings' });
    // A summary's 主要工作措施 reports what was done: no plan.
    expect(documentLayout('某局2025年工作总结\n一、总体情况\n增长5%。\n二、主要工作措施\n新建学校5所。').planStart).toBe('某局2025年工作总结\n一、总体情况\n增长5%。\n二、主要工作措施\n新建学校5所。'.length);
  });

  it('reads a line of its own that opens with a year and plans or reviews (2026年主要任务) as a heading, without a number before it', () => {
    const report = '江川市人民代表大会常务委员会工作报告\n——2026年1月13日在江川市第十六届人民代表大会第五次会议上\n全年制定法规3件。\n2026年主要任务\n计划审议法规草案7件。';
    expect(documentLayout(report)).toMatchObject({ reviewYear: 2025, planYear: 2026, planStart: report.indexOf('2026年主要任务') });
    // A line of a year that neither reviews nor plans (a date, a table's caption) is no heading; nor is a sentence.
    const other = '某县报告\n2025年12月\n2025年全县主要指标\n2026年，全县将实现增长，完成主要任务。';
    expect(documentLayout(other).headings).toEqual([]);
  });

  it('takes no place from prose', () => {
    expect(documentLayout('今年全区生产总值增长5%。\n2024年，全县实现增长。').place).toBeNull();
    expect(documentLayout('２０２５年１月１５日\r青岚县人民政府').date).toBe('2025-01-15');
  });

  it('refuses a year that is not a year, naming the option', () => {
    expect(() => documentLayout('x', { planYear: 24 })).toThrow(/The option planYear must be a whole year of four digits/);
    expect(() => documentLayout('x', { planStart: -1 })).toThrow(/planStart/);
  });

  it('takes no row of a table for a heading without a number (2026年预算安排 55 60)', () => {
    const text = '某县报告\n一、2025年工作回顾\n项目 2025年 2026年\n2026年预算安排 55 60\n收入增长5%。';
    expect(documentLayout(text).planStart).toBe(text.length);
  });

  it('reads a review of a year\'s projects and a plan of the next year\'s (2025年重点项目建设情况及2026年重点项目计划) from their headings', () => {
    const text = '云溪县2025年重点项目建设情况及2026年重点项目计划\n一、2025年重点项目建设情况\n全县完成投资147.9亿元。\n二、2026年重点项目计划\n计划投资150亿元。\n';
    const layout = documentLayout(text);
    expect([layout.type, layout.reviewYear, layout.planYear, layout.planStart]).toEqual(['unknown', 2025, 2026, text.indexOf('二、2026年')]);
  });

  it('ends the plan part at an appended glossary (附：名词解释) that names no year of the plan', () => {
    const text = '某市中级人民法院工作报告\n——2026年1月10日在某市第十六届人民代表大会第五次会议上\n一、2025年工作回顾\n审结案件5725件。\n二、2026年工作安排\n力争结案率达到95%。\n附：名词解释\n1．结案率：指审结案件数占受理案件数的比例。\n';
    expect(documentLayout(text).planEnd).toBe(text.indexOf('附：名词解释'));
  });
});
