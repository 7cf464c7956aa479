import type { Verdict } from '../checks/types.ts';
import { documentTypeName } from './usage.ts';

const VERDICT_NAMES: Record<Verdict, { zh: string; en: string }> = {
  contradiction: { zh: '矛盾', en: 'Contradiction' },
  tension: { zh: '存疑', en: 'Tension' },
  question: { zh: '值得一问', en: 'Question' },
  not_comparable: { zh: '不可比', en: 'Not comparable' },
  holds_within_rounding: { zh: '四舍五入范围内相符', en: 'Holds within rounding' },
  holds: { zh: '相符', en: 'Holds' },
};

/** What each check family asks, in a few words for the methods box. */
const FAMILY_WORDS: Record<string, { zh: string; en: string }> = {
  growth_vs_levels: { zh: '增速与前后数字', en: 'growth rates against the levels they connect' },
  target_vs_growth: { zh: '目标与其增速', en: 'targets against their own growth rates' },
  back_calculated_base: { zh: '倒推的上年数字', en: 'the year before implied by a level and its growth' },
  product_identity: { zh: '相乘关系(如人次×人均消费=收入)', en: 'products (arrivals × spending per visitor = revenue)' },
  parts_vs_total: { zh: '部分与总数', en: 'parts against totals' },
  share_of_whole: { zh: '比重与总量', en: 'shares against their wholes' },
  target_below_actual: { zh: '目标与上年实绩', en: 'targets against last year\'s results' },
  stated_twice: { zh: '同一指标的两个数字', en: 'one indicator stated twice' },
  impossible_value: { zh: '不可能的数值', en: 'impossible values' },
  repeated_figure: { zh: '同一数字用于不同指标', en: 'one figure for different indicators' },
  total_vs_components: { zh: '总量增速与组成部分增速', en: 'the growth of totals against their components' },
  growth_pace: { zh: '增速与上年增速', en: 'growth against the year before\'s pace' },
  part_whole_growth: { zh: '部分与整体的增速', en: 'the growth of a part against its whole' },
};

/** "2024年目标", or "目标" where the year is not known. */
const inYearZh = (year: number | null, what: string): string => (year === null ? what : `${year}年${what}`);
/** "2024 targets", or "targets" where the year is not known. */
const inYearEn = (year: number | null, what: string): string => (year === null ? what : `${year} ${what}`);
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Labels: the words around the findings that a reader sees (verdict names, chart titles and axis
 * titles, headings of the story page and the Markdown, summary lines), in Chinese and English.
 */
export const labels = {
  // Charts (src/charts, src/notebook): titles, axes, series and tooltips.
  targetVsActualTitle: (review: number | null, plan: number | null): { zh: string; en: string } => ({
    zh: `${inYearZh(plan, '目标')}与${inYearZh(review, '实绩')}`,
    en: `${capitalise(inYearEn(plan, 'targets'))} against ${inYearEn(review, 'results')} (${review ?? 'result'} = 100)`,
  }),
  targetVsActualAxis: (review: number | null): string => `${inYearZh(review, '实绩')} = 100 · ${inYearEn(review, 'result')} = 100`,
  growthComparisonTitle: (review: number | null, plan: number | null): { zh: string; en: string } => ({
    zh: `增速:${inYearZh(review, '实绩')}与${inYearZh(plan, '目标')}`,
    en: `Growth rates: ${inYearEn(review, 'results')} and ${inYearEn(plan, 'targets')} (%)`,
  }),
  growthComparisonAxis: (): string => '增速 growth (%)',
  resultSeries: (review: number | null): string => `${inYearZh(review, '实绩')} ${inYearEn(review, 'result')}`,
  targetSeries: (plan: number | null): string => `${inYearZh(plan, '目标')} ${inYearEn(plan, 'target')}`,
  findingsChartTitle: (checks: number): { zh: string; en: string } => ({ zh: `${checks}项核查的结论`, en: `What ${checks} checks found, by verdict and severity` }),
  untitledChart: (): string => 'Vega-Lite chart',
  checkRows: (): { recomputed: string; reported: string } => ({ recomputed: '按报告数字重算 recomputed', reported: '报告所写 reported' }),
  partsRows: (): { parts: string; total: string } => ({ parts: '各部分 parts', total: '总数 total' }),
  findingsAxisSeverity: (): string => '严重程度 severity',
  findingsAxisCount: (): string => '核查数 checks',
  tooltipIndicatorZh: (): string => '指标',
  tooltipIndicatorEn: (): string => 'indicator',
  tooltipWritten: (): string => 'as written',
  tooltipRangeZh: (): string => '范围',
  tooltipRangeEn: (): string => 'range',
  tooltipVerdict: (): string => 'verdict',
  tooltipChecks: (): string => 'checks',
  verdictName: (verdict: Verdict): { zh: string; en: string } => VERDICT_NAMES[verdict],
  chartSource: (title: string, given: string, published: string): string =>
    `来源 Source: ${title} (${given ? `given ${given}` : 'date not known'}${published && published !== given ? `; published ${published}` : ''})`,
  tableRowsShown: (shown: number, total: number): string => (shown < total ? `${shown} of ${total} rows` : `${total} rows`),


  // The story page and its Markdown twin (src/publish).
  storyTitleZh: (title: string): string => `事实核查:${title}`,
  storyTitleEn: (title: string): string => `Fact-check: ${title}`,
  storySource: (publisher: string, given: string, published: string): string =>
    `来源 Source: ${publisher || 'publisher not known'}; given ${given || 'on a date not known'}${published ? `, published ${published}` : ''}.`,
  storyKicker: (title: string): string => `事实核查 Fact-check · ${title}`,
  storyNoFindingsHeadline: (): { zh: string; en: string } => ({ zh: '报告中的数字相互吻合', en: 'The report\'s figures agree with each other' }),
  storyLedeZh: (title: string, checks: number, counts: { contradiction: number; tension: number; question: number }, stories: number, lead: string | null): string =>
    `我们把《${title}》中的数字逐一相互核对,共做了${checks}项核查:发现矛盾${counts.contradiction}处、存疑${counts.tension}处、值得一问${counts.question}处,归为${stories}个问题。${lead ? `最突出的是:${lead}。` : ''}`,
  storyLedeEn: (title: string, checks: number, counts: { contradiction: number; tension: number; question: number }, stories: number, lead: string | null): string =>
    `We checked the figures of the ${title} against each other in ${checks} checks and found ${counts.contradiction} ${counts.contradiction === 1 ? 'contradiction' : 'contradictions'}, ${counts.tension} ${counts.tension === 1 ? 'tension' : 'tensions'} and ${counts.question} ${counts.question === 1 ? 'question' : 'questions'}, grouped into ${stories} ${stories === 1 ? 'issue' : 'issues'}.${lead ? ` The largest: ${lead}.` : ''}`,
  relatedHeading: (): string => '同一问题的其他发现 More on this story',
  questionsHeading: (): string => '向政府提出的问题 Questions for the government',
  askLabel: (): { zh: string; en: string } => ({ zh: '问', en: 'Ask' }),
  noteLabel: (): string => '数据说明 Claims note',
  methodsHeading: (): string => '方法 How this was checked',
  methodsChecked: (checks: number, claims: number, families: string): { zh: string; en: string } => ({
    zh: `核查了什么:报告中的${claims}个数字之间的${checks}项核查,包括${families.split('|')[0]}。`,
    en: `What was checked: ${checks} checks among the report's ${claims} figures: ${families.split('|')[1]}.`,
  }),
  methodsNotChecked: (): { zh: string; en: string } => ({
    zh: '没有核查什么:数字没有与报告以外的来源(统计公报、预算报告)比对;“相符”只说明报告自身前后一致,不说明数字真实。实际增速不折算成名义金额,因为报告没有给出价格指数。',
    en: 'What was not: the figures were not compared with sources outside the report (statistical bulletins, budget reports); "holds" means the report agrees with itself, not that a figure is true. Real growth is never turned into money, since the report gives no price index.',
  }),
  methodsScale: (): { zh: string; en: string } => ({
    zh: '结论的等级:矛盾(在四舍五入范围内无论取何值都对不上)、存疑(只有在报告没有说明的假设下才对得上,假设已写明)、值得一问(数字不矛盾,但安排需要解释,例如目标低于上年实绩)、不可比(衡量的不是同一事物,已说明原因)、相符。',
    en: 'The verdicts: contradiction (no values within the figures\' rounding agree), tension (they agree only under an assumption the report does not state, which is named), question (the figures agree, but a choice needs explaining, such as a target below last year\'s result), not comparable (they measure different things; the reason is given), holds.',
  }),
  methodsRounding: (): { zh: string; en: string } => ({
    zh: '四舍五入:每个数字代表其所写位数允许的区间,例如100亿元代表99.5亿至100.5亿元,10%以上代表9.5%或更高。文中计算值保留三位有效数字,引文和表格中的数字按原文。',
    en: 'Rounding: every figure stands for the interval its digits allow: 100亿元 is anything from 9.95 to 10.05 billion yuan, and 10%以上 is 9.5% or more. Computed values in the text have three significant figures; quotes and tables give the figures as written.',
  }),
  methodsFamilies: (families: readonly string[]): string => `${families.map((family) => FAMILY_WORDS[family]?.zh ?? family).join('、')}|${families.map((family) => FAMILY_WORDS[family]?.en ?? family).join('; ')}`,
  storyOverviewLabel: (count: number): string => `${count} checks by verdict and severity`,
  storyTargetsHeading: (review: number | null, plan: number | null): string =>
    `${inYearZh(plan, '目标')}与${inYearZh(review, '实绩')} · ${inYearEn(plan, 'targets')} against ${inYearEn(review, 'results')}`,
  notComparableHeading: (count: number): string => `不可比 Not comparable (${count})`,
  moreFindingsHeading: (count: number): string => `更多发现 More findings (${count})`,
  storyHoldsLine: (count: number): string => `${count}项核查相符(含四舍五入范围内相符)。${count} further checks hold, within rounding where they must.`,
  storyChartLine: (title: string, file: string): string => `![${title.replace(/[[\]]/g, '')}](${file})`,

  // The extractor (src/extract).
  draftNote: (guessed: string, extra: readonly string[] = []): string => [`guessed: ${guessed}`, ...extra, 'indicator_en to translate'].join('; '), // starts with DRAFT_NOTE_PREFIX (src/report/is-reviewed.ts)
  draftTableCell: (row: string, column: string, unit: string, from: 'row' | 'column' | 'table' = 'row'): string =>
    `table cell (row ${row || '?'}${column ? `, column ${column}` : ''}): ${unit ? `written without its unit, read in the one its ${from === 'row' ? 'row' : from === 'column' ? 'column heading' : 'table\'s unit line'} gives: ${unit}` : 'the unit, if any, is in the column heading'}`,
  draftNegativeInUnit: (row: string, column: string, unit: string): string =>
    `table cell (row ${row || '?'}${column ? `, column ${column}` : ''}): a negative figure in ${unit}, a unit never negative: a change, kept as written (read it with its column)`,
  draftBrokenNumber: (): string => 'a piece of a number that a line break splits (as text copied from a PDF has): read the whole number in the document',
  draftUnitBefore: (unit: string): string => `written without its unit, read in the one the brackets before it give: ${unit}`,
  draftChineseNumerals: (value: string): string => `a count written in Chinese numerals, read as ${value}: check the reading`,
  draftTenths: (value: string): string => `a share written in tenths (成), read as ${value}%: check the reading`,
  draftFraction: (value: string): string => `a fraction written in Chinese numerals, read as ${value.replace(':', '/')} (the ratio ${value}, part to whole): check the reading`,
  draftPerUnit: (unit: string, per: string): string => `a quantity in ${unit}${per}, a unit per another that the table of units lacks: kept as written, not read as ${unit}`,
  corpusTitle: (reports: number): string => `事实核查 Fact-check: ${reports} ${reports === 1 ? 'report' : 'reports'}`,
  corpusSummary: (checked: number, failed: number, unreviewed: number): string =>
    `${checked} checked${failed > 0 ? `, ${failed} failed (listed below)` : ''}. ${unreviewed > 0 ? `${unreviewed} rest on claims drafted from their text and not reviewed: no finding on them is a contradiction. ` : ''}Most doubts first.`,
  corpusColumns: (): string[] => ['report', 'place', 'type', 'results / targets', 'claims', 'claims reviewed', 'contradictions', 'tensions', 'questions', 'top story'],
  corpusUnreviewed: (): string => 'no: drafted',
  corpusFailedHeading: (count: number): string => `${count} ${count === 1 ? 'report' : 'reports'} could not be checked`,
  corpusHome: (): string => '← 全部报告 All reports',
  draftLinks: (links: string): string => `links guessed (${links})`,
  draftPeriod: (period: string): string => `a figure over the period ${period}`,
  draftForm: (form: string): string => `written as a ${form}, kept as text`,
  draftYearsFrom: (from: string): string => `years read from the ${from}`,


  // The dataset summary (src/publish/dataset-summary.ts).
  summaryTitle: (title: string, claims: number): string => `${title} — ${claims} numeric expressions`,
  summarySource: (given: string, speaker: string, published: string, url: string): string =>
    `Given ${given || 'on a date not known'}${speaker ? ` by ${speaker}` : ''}; ${published ? `published ${published}` : 'publication date not known'}${url ? ` at ${url}` : ''}`,
  documentType: (type: string): string => documentTypeName(type),
  manifestFromText: (type: string, from: string): string =>
    `Read from the report's text (not written by a person): a ${documentTypeName(type)}, ${({ override: 'its years as given', headings: 'its years read from its headings', title: 'its years read from its title', census: 'its year read from the census\'s standard time', date: 'its years read from the date it was given', commonest: 'its years guessed from the year written most often', none: 'no years found' } as Record<string, string>)[from] ?? from}. Check the title, place and dates.`,
  summaryDigits: (runs: number, characters: number): string => `${runs} runs of digits in ${characters} characters, each inside exactly one claim.`,
  summaryCounts: (column: string, counts: string): string => `${`By ${column}:`.padEnd(10)} ${counts}`,
  summaryResultsHeading: (review: number | null): string =>
    `${review === null ? 'Headline' : `${review} headline`} results (overview of each part) — claim id, indicator, as written, interval`,
  summaryTargetsHeading: (plan: number | null): string => `${plan === null ? 'Headline' : `${plan} headline`} targets (overview of each part)`,

  // The findings outputs (src/publish).
  findingsTitle: (checks: number, findings: number, stories: number): string =>
    `发现 Findings: ${checks} checks run; ${findings} raise a doubt or a question, in ${stories} ${stories === 1 ? 'story' : 'stories'}, most newsworthy first.`,
  terminalDetails: (check: string, family: string, newsworthiness: number, gap: string): string =>
    `[${check} · ${family} · news value ${newsworthiness.toFixed(2)}${gap ? ` · gap ${gap}` : ''}]`,
  askLine: (question: string): string => `Ask: ${question}`,
  unreviewedNotice: (count: number, total: number): { zh: string; en: string } => ({
    zh: `注意:${total}项核查中有${count}项依据的是程序提取、未经人工核对的数据(claims.csv中备注以“guessed:”开头的行);这些核查一律不判为矛盾,发表前请先核对数据。`,
    en: `Note: ${count} of ${total} checks rest on claims a program extracted and no person has reviewed (rows of claims.csv whose note starts with "guessed:"); none of them is called a contradiction. Review the claims before reporting.`,
  }),
  relatedCount: (count: number): string => ` (and ${count} related ${count === 1 ? 'result' : 'results'})`,
  findingsHoldLine: (count: number): string => `${count} further checks hold, within rounding where they must (listed in findings.md).`,
  findingsHoldHeading: (count: number): string => `Checks that hold (${count})`,
  findingsSource: (publisher: string, given: string, published: string, url: string): string =>
    `Source: ${publisher || 'publisher not known'}, given ${given || 'on a date not known'}${published ? `, published ${published}` : ''}${url ? `, <${url}>` : ''}. Every figure is checked with the rounding its digits allow; see the verdicts below.`,
  findingsMeta: (check: string, family: string, severity: number, newsworthiness: number, source: string): string =>
    `Check ${check} (${family}), severity ${severity}, news value ${newsworthiness}, from the ${source === 'both' ? 'catalogue and the automatic pass' : source === 'catalogue' ? 'catalogue' : 'automatic pass'}.`,
  findingsPlace: (start: number, end: number, section: string): string => `characters ${start}–${end}, section ${section}`,
};
