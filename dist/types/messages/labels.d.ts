import type { Verdict } from '../checks/types.ts';
/**
 * Labels: the words around the findings that a reader sees (verdict names, chart titles and axis
 * titles, headings of the story page and the Markdown, summary lines), in Chinese and English.
 */
export declare const labels: {
    targetVsActualTitle: (review: number | null, plan: number | null) => {
        zh: string;
        en: string;
    };
    targetVsActualAxis: (review: number | null) => string;
    growthComparisonTitle: (review: number | null, plan: number | null) => {
        zh: string;
        en: string;
    };
    growthComparisonAxis: () => string;
    resultSeries: (review: number | null) => string;
    targetSeries: (plan: number | null) => string;
    findingsChartTitle: (checks: number) => {
        zh: string;
        en: string;
    };
    untitledChart: () => string;
    checkRows: () => {
        recomputed: string;
        reported: string;
    };
    partsRows: () => {
        parts: string;
        total: string;
    };
    findingsAxisSeverity: () => string;
    findingsAxisCount: () => string;
    tooltipIndicatorZh: () => string;
    tooltipIndicatorEn: () => string;
    tooltipWritten: () => string;
    tooltipRangeZh: () => string;
    tooltipRangeEn: () => string;
    tooltipVerdict: () => string;
    tooltipChecks: () => string;
    verdictName: (verdict: Verdict) => {
        zh: string;
        en: string;
    };
    chartSource: (title: string, date: string) => string;
    tableRowsShown: (shown: number, total: number) => string;
    storyTitleZh: (title: string) => string;
    storyTitleEn: (title: string) => string;
    storySource: (publisher: string, date: string) => string;
    storyOverviewLabel: (count: number) => string;
    storyTargetsHeading: (review: number | null, plan: number | null) => string;
    notComparableHeading: (count: number) => string;
    moreFindingsHeading: (count: number) => string;
    storyHoldsLine: (count: number) => string;
    storyChartLine: (file: string) => string;
    draftNote: (guessed: string) => string;
    summaryTitle: (title: string, claims: number) => string;
    summarySource: (given: string, speaker: string, published: string, url: string) => string;
    summaryDigits: (runs: number, characters: number) => string;
    summaryCounts: (column: string, counts: string) => string;
    summaryResultsHeading: (review: number | null) => string;
    summaryTargetsHeading: (plan: number | null) => string;
    findingsTitle: (checks: number, findings: number) => string;
    findingsHoldLine: (count: number) => string;
    findingsHoldHeading: (count: number) => string;
    findingsSource: (publisher: string, date: string, url: string) => string;
    findingsMeta: (family: string, severity: number, newsworthiness: number, source: string) => string;
    findingsPlace: (start: number, end: number, section: string) => string;
};
