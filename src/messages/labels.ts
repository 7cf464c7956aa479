import type { Verdict } from '../checks/types.ts';

const VERDICT_NAMES: Record<Verdict, { zh: string; en: string }> = {
  contradiction: { zh: '矛盾', en: 'Contradiction' },
  tension: { zh: '存疑', en: 'Tension' },
  not_comparable: { zh: '不可比', en: 'Not comparable' },
  holds_within_rounding: { zh: '四舍五入范围内相符', en: 'Holds within rounding' },
  holds: { zh: '相符', en: 'Holds' },
};

/**
 * Labels: the words around the findings that a reader sees (verdict names, chart titles and axis
 * titles, headings of the story page and the Markdown, summary lines), in Chinese and English.
 */
export const labels = {
  // Charts (src/charts, src/notebook).
  verdictName: (verdict: Verdict): { zh: string; en: string } => VERDICT_NAMES[verdict],
  chartSource: (title: string, date: string): string => `来源 Source: ${title} (${date})`,
  tableRowsShown: (shown: number, total: number): string => (shown < total ? `${shown} of ${total} rows` : `${total} rows`),


  // The story page and its Markdown twin (src/story).
  storyTitleZh: (title: string): string => `事实核查:${title}`,
  storyTitleEn: (title: string): string => `Fact-check: ${title}`,
  storySource: (publisher: string, date: string): string => `来源 Source: ${publisher}, ${date}.`,
  storyOverviewLabel: (count: number): string => `${count} checks by verdict and severity`,
  storyTargetsHeading: (): string => '2024年目标与2023年实绩 · 2024 targets against 2023 results',
  storyNotComparableHeading: (count: number): string => `不可比 Not comparable (${count})`,
  storyHoldsLine: (count: number): string => `${count}项核查相符(含四舍五入范围内相符)。${count} further checks hold, within rounding where they must.`,
  storyChartLine: (file: string): string => `![chart](${file})`,

  // The extractor (src/extract).
  draftNote: (guessed: string): string => `guessed: ${guessed}; indicator_en to translate`,


  // The findings outputs (src/publish).
  findingsTitle: (checks: number, findings: number): string =>
    `Findings: ${checks} checks run, ${findings} worth a look (most newsworthy first: rank, verdict, newsworthiness, gap, check)`,
  findingsHoldLine: (count: number): string => `${count} further checks hold (listed in out/findings.md).`,
  findingsHoldHeading: (count: number): string => `Checks that hold (${count})`,
  findingsSource: (publisher: string, date: string, url: string): string =>
    `Source: ${publisher}, given ${date}, <${url}>. Every figure is checked with the rounding its digits allow; see the verdicts below.`,
  findingsMeta: (family: string, severity: number, newsworthiness: number, source: string): string =>
    `${family}, severity ${severity}, newsworthiness ${newsworthiness}, from the ${source === 'both' ? 'catalogue and the automatic pass' : source === 'catalogue' ? 'catalogue' : 'automatic pass'}.`,
  findingsPlace: (start: number, end: number, section: string): string => `characters ${start}–${end}, section ${section}`,
};
