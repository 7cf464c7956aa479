import type { Verdict } from '../checks/types.ts';

const VERDICT_NAMES: Record<Verdict, { zh: string; en: string }> = {
  contradiction: { zh: '矛盾', en: 'Contradiction' },
  tension: { zh: '存疑', en: 'Tension' },
  question: { zh: '值得一问', en: 'Question' },
  not_comparable: { zh: '不可比', en: 'Not comparable' },
  holds_within_rounding: { zh: '四舍五入范围内相符', en: 'Holds within rounding' },
  holds: { zh: '相符', en: 'Holds' },
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
  chartSource: (title: string, date: string): string => `来源 Source: ${title} (${date})`,
  tableRowsShown: (shown: number, total: number): string => (shown < total ? `${shown} of ${total} rows` : `${total} rows`),


  // The story page and its Markdown twin (src/publish).
  storyTitleZh: (title: string): string => `事实核查:${title}`,
  storyTitleEn: (title: string): string => `Fact-check: ${title}`,
  storySource: (publisher: string, date: string): string => `来源 Source: ${publisher}, ${date}.`,
  storyOverviewLabel: (count: number): string => `${count} checks by verdict and severity`,
  storyTargetsHeading: (review: number | null, plan: number | null): string =>
    `${inYearZh(plan, '目标')}与${inYearZh(review, '实绩')} · ${inYearEn(plan, 'targets')} against ${inYearEn(review, 'results')}`,
  notComparableHeading: (count: number): string => `不可比 Not comparable (${count})`,
  moreFindingsHeading: (count: number): string => `更多发现 More findings (${count})`,
  storyHoldsLine: (count: number): string => `${count}项核查相符(含四舍五入范围内相符)。${count} further checks hold, within rounding where they must.`,
  storyChartLine: (file: string): string => `![chart](${file})`,

  // The extractor (src/extract).
  draftNote: (guessed: string): string => `guessed: ${guessed}; indicator_en to translate`,


  // The dataset summary (src/publish/dataset-summary.ts).
  summaryTitle: (title: string, claims: number): string => `${title} — ${claims} numeric expressions`,
  summarySource: (given: string, speaker: string, published: string, url: string): string => `Given ${given} by ${speaker}; published ${published} at ${url}`,
  summaryDigits: (runs: number, characters: number): string => `${runs} runs of digits in ${characters} characters, each inside exactly one claim.`,
  summaryCounts: (column: string, counts: string): string => `${`By ${column}:`.padEnd(10)} ${counts}`,
  summaryResultsHeading: (review: number | null): string =>
    `${review === null ? 'Headline' : `${review} headline`} results (overview of each part) — claim id, indicator, as written, interval`,
  summaryTargetsHeading: (plan: number | null): string => `${plan === null ? 'Headline' : `${plan} headline`} targets (overview of each part)`,

  // The findings outputs (src/publish).
  findingsTitle: (checks: number, findings: number): string =>
    `Findings: ${checks} checks run, ${findings} worth a look (most newsworthy first: rank, verdict, newsworthiness, gap, check)`,
  findingsHoldLine: (count: number): string => `${count} further checks hold, within rounding where they must (listed in findings.md).`,
  findingsHoldHeading: (count: number): string => `Checks that hold (${count})`,
  findingsSource: (publisher: string, date: string, url: string): string =>
    `Source: ${publisher}, given ${date}, <${url}>. Every figure is checked with the rounding its digits allow; see the verdicts below.`,
  findingsMeta: (family: string, severity: number, newsworthiness: number, source: string): string =>
    `${family}, severity ${severity}, newsworthiness ${newsworthiness}, from the ${source === 'both' ? 'catalogue and the automatic pass' : source === 'catalogue' ? 'catalogue' : 'automatic pass'}.`,
  findingsPlace: (start: number, end: number, section: string): string => `characters ${start}–${end}, section ${section}`,
};
