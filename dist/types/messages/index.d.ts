import { errorMessages } from './errors.ts';
import { labels } from './labels.ts';
import { sentences, type GrowthSentence } from './sentences.ts';
import { usage } from './usage.ts';
export { errorMessages, labels, sentences, usage, type GrowthSentence };
/**
 * Every user-facing text of the library behind one import, split by audience in this folder:
 * `errors.ts` (what a typed error says), `sentences.ts` (the published sentences of a check
 * result), `labels.ts` (verdict names, chart titles, headings and summary lines) and `usage.ts`
 * (the command's own lines). Each entry is a function of the values it names, so that a message
 * always shows the offending value. Text only: which text applies is decided where the decision
 * belongs (a verdict with the checks, a usage mistake in the command). Add a key to the file of
 * its audience, never a user-facing string literal elsewhere.
 */
export declare const messages: {
    quantityParse: (input: string, position: number, reason: string) => string;
    quantityNotText: (type: string) => string;
    quantityExpectedNumber: () => string;
    quantityUnexpected: (text: string) => string;
    quantitySecondNumber: (text: string) => string;
    quantityBadGrouping: (text: string) => string;
    quantityExpectedDigitAfter: (mark: string) => string;
    quantityExpectedGroup: () => string;
    quantityConflict: (word: string, qualifier: import("../index.ts").Qualifier, earlier: string, earlierQualifier: import("../index.ts").Qualifier) => string;
    quantityNegative: (unitText: string) => string;
    quantityTooLarge: () => string;
    quantityZeroRatio: () => string;
    invalidScale: (scale: unknown) => string;
    invalidQualifier: (qualifier: unknown) => string;
    emptyClaimsCsv: (type: string) => string;
    missingColumn: (column: string, suggestion?: string) => string;
    unknownColumn: (column: string, suggestion?: string) => string;
    notAnInteger: (column: string, text: string) => string;
    notInVocabulary: (column: string, text: string, allowed: readonly string[], suggestion?: string) => string;
    badId: (id: string) => string;
    emptyCell: (column: string) => string;
    listLengths: (column: string, count: number, other: string, otherCount: number) => string;
    duplicateId: (id: string) => string;
    overlappingSpans: (id: string, other: string) => string;
    spanOutsideText: (id: string, start: number, end: number, length: number) => string;
    surfaceMismatch: (id: string, surface: string, actual: string) => string;
    surfaceNotQuantity: (id: string, surface: string, reason: string) => string;
    disagreesWithSurface: (id: string, column: string, written: string, parsed: string, surface: string) => string;
    badDate: (id: string, value: string, surface: string) => string;
    directionMisplaced: (id: string, kind: string) => string;
    scopeWithoutLink: (id: string) => string;
    basisMisplaced: (id: string, kind: string) => string;
    linkFromWrongKind: (id: string, column: string, kind: string, allowed: readonly string[]) => string;
    brokenLink: (id: string, column: string, target: string) => string;
    linkToWrongKind: (id: string, column: string, target: string, kind: string, allowed: readonly string[]) => string;
    badCounterpart: (id: string, target: string) => string;
    missingReportFile: (dir: string, name: string) => string;
    badManifest: (dir: string, reason: string) => string;
    unknownClaim: (id: string, suggestions: readonly string[]) => string;
    unknownValue: (what: string, value: string, allowed: readonly string[], suggestion?: string) => string;
    notAQuantity: (id: string, kind: string) => string;
    claimsData: (count: number, listing: string) => string;
    divisorHoldsZero: (divisor: string) => string;
    negativeBase: (base: string) => string;
    zeroBase: (base: number) => string;
    rateBelowMinus100: (rate: number) => string;
    realGrowthOnLevel: (id: string, surface: string) => string;
    noPoint: (low: number, high: number) => string;
    notFiniteNumber: (name: string, value: unknown) => string;
    notAnInterval: (name: string, value: unknown) => string;
    noRates: () => string;
    noPeriod: (years: number) => string;
    cellNotANumber: (column: string, value: unknown) => string;
    cellZeroBase: (value: number) => string;
    cellNegativeBase: (value: number) => string;
    unitsDiffer: (a: string, aUnit: string, b: string, bUnit: string) => string;
    chartEmpty: (builder: string) => string;
    chartMissingColumns: (builder: string, missing: readonly string[], present: readonly string[]) => string;
    chartBadValue: (row: number, column: string, value: unknown) => string;
    chartBadValues: (builder: string, problems: readonly string[]) => string;
    chartNoIntervals: (check: string, verdict: string) => string;
    chartNoTargets: (what: string) => string;
    noCjkFont: (tried: readonly string[]) => string;
    fontFileMissing: (file: string) => string;
    vegaLiteFailed: (reason: string) => string;
    vegaLiteWarnings: (warnings: readonly string[]) => string;
    notAFrame: (type: string) => string;
    badCount: (option: string, value: unknown) => string;
    catalogueNotJson: (path: string, reason: string) => string;
    catalogueProblems: (path: string, problems: readonly string[]) => string;
    catalogueNotAnArray: () => string;
    catalogueEntry: (index: number, check: string | null, problem: string) => string;
    catalogueNotAnObject: (value: unknown) => string;
    catalogueBadCheckId: (value: unknown) => string;
    catalogueDuplicate: (check: string) => string;
    catalogueNoWhy: () => string;
    catalogueUnknownFamily: (value: unknown, families: readonly string[]) => string;
    catalogueMissingField: (field: string) => string;
    catalogueUnknownField: (field: string, family: string) => string;
    catalogueNotAnId: (value: unknown) => string;
    catalogueUnknownClaim: (id: string) => string;
    catalogueNotAList: (value: unknown) => string;
    catalogueNotAFlag: (value: unknown) => string;
    catalogueNotWords: (value: unknown) => string;
    catalogueNotATerm: (value: unknown) => string;
    catalogueNotOneOf: (value: unknown, allowed: readonly string[]) => string;
    fileMissing: (path: string, what: string) => string;
    fileIsFolder: (path: string, what: string) => string;
    fileUnreadable: (path: string, what: string, reason: string) => string;
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
    verdictName: (verdict: import("../index.ts").Verdict) => {
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
    termGrownZh: (name: string, base: string, rate: string, point: string) => string;
    termGrownEn: (name: string, base: string, rate: string, point: string) => string;
    termGrowthZh: (name: string, from: string, to: string, point: string) => string;
    termGrowthEn: (name: string, from: string, to: string, point: string) => string;
    termShareZh: (shareName: string, share: string, wholeName: string, whole: string, point: string) => string;
    termShareEn: (shareName: string, share: string, whole: string, point: string) => string;
    readingAssumptionZh: (reading: string) => string;
    readingAssumptionEn: (reading: string) => string;
    notComparableBodyZh: (names: string) => string;
    notComparableBodyEn: (names: string) => string;
    whyDefault: (family: import("../index.ts").Family) => string;
    whyLink: (family: import("../index.ts").Family, id: string) => string;
    growthVsLevelsZh: (v: GrowthSentence) => string;
    growthVsLevelsEn: (v: GrowthSentence) => string;
    targetVsGrowthZh: (v: GrowthSentence) => string;
    targetVsGrowthEn: (v: GrowthSentence) => string;
    subgroupAssumptionZh: (group: string, share: string) => string;
    subgroupAssumptionEn: (group: string, share: string) => string;
    backCalculatedZh: (v: import("./sentences.ts").BackCalculatedSentence) => string;
    backCalculatedEn: (v: import("./sentences.ts").BackCalculatedSentence) => string;
    backCalculatedWholeZh: (whole: boolean) => string;
    backCalculatedWholeEn: (whole: boolean) => string;
    productIdentityZh: (v: import("./sentences.ts").ProductSentence) => string;
    productIdentityEn: (v: import("./sentences.ts").ProductSentence) => string;
    partsVsTotalZh: (v: import("./sentences.ts").PartsSentence) => string;
    partsVsTotalEn: (v: import("./sentences.ts").PartsSentence) => string;
    shareOutOfRangeZh: (share: string) => string;
    shareOutOfRangeEn: (share: string) => string;
    shareImpliesPartZh: (v: import("./sentences.ts").ShareSentence) => string;
    shareImpliesPartEn: (v: import("./sentences.ts").ShareSentence) => string;
    shareVsPartZh: (v: import("./sentences.ts").ShareSentence & {
        partZh: string;
    }) => string;
    shareVsPartEn: (v: import("./sentences.ts").ShareSentence & {
        partEn: string;
    }) => string;
    shareImpliesWholeZh: (v: {
        shareNameZh: string;
        shareValueZh: string;
        partZh: string;
        pointZh: string;
        rangeZh: string;
    }) => string;
    shareImpliesWholeEn: (v: {
        shareEn: string;
        partEn: string;
        pointEn: string;
        rangeEn: string;
    }) => string;
    noComponents: () => string;
    shareNeedsWholeOrPart: (id: string) => string;
    targetBelowZh: (v: import("./sentences.ts").TargetSentence) => string;
    targetBelowEn: (v: import("./sentences.ts").TargetSentence) => string;
    targetEqualZh: (v: import("./sentences.ts").TargetSentence) => string;
    targetEqualEn: (v: import("./sentences.ts").TargetSentence) => string;
    targetAboveZh: (v: import("./sentences.ts").TargetSentence, ceiling: boolean) => string;
    targetAboveEn: (v: import("./sentences.ts").TargetSentence, ceiling: boolean) => string;
    targetBelowAssumptionZh: () => string;
    targetBelowAssumptionEn: () => string;
    statedTwiceZh: (a: string, b: string) => string;
    statedTwiceEn: (a: string, b: string) => string;
    impossibleValueZh: (name: string, verdict: import("../index.ts").Verdict, limit: number) => string;
    impossibleValueEn: (name: string, verdict: import("../index.ts").Verdict, limit: number) => string;
    fallMarkZh: (falls: boolean) => string;
    fallMarkEn: (falls: boolean) => string;
    atBoundAssumptionZh: (surface: string) => string;
    atBoundAssumptionEn: (written: string) => string;
    repeatedFigureZh: (list: string, count: number) => string;
    repeatedFigureEn: (list: string, count: number) => string;
    notRepeatedZh: (list: string) => string;
    notRepeatedEn: (list: string) => string;
    coincidenceAssumptionZh: () => string;
    coincidenceAssumptionEn: () => string;
    totalVsComponentsZh: (v: import("./sentences.ts").ComponentsSentence) => string;
    totalVsComponentsEn: (v: import("./sentences.ts").ComponentsSentence) => string;
    verdictHolds: () => {
        zh: string;
        en: string;
    };
    verdictHoldsWithinRounding: () => {
        zh: string;
        en: string;
    };
    verdictContradiction: () => {
        zh: string;
        en: string;
    };
    verdictTension: (assumption: {
        zh: string;
        en: string;
    }) => {
        zh: string;
        en: string;
    };
    verdictPlansLess: (assumption: {
        zh: string;
        en: string;
    }) => {
        zh: string;
        en: string;
    };
    notComparableReason: (reason: import("../index.ts").NotComparableReason) => {
        zh: string;
        en: string;
    };
    verdictNotComparable: (reason: import("../index.ts").NotComparableReason) => {
        zh: string;
        en: string;
    };
    qualifiedEn: (qualifier: import("../index.ts").Qualifier, value: string) => string;
    fallEn: (value: string) => string;
    fallZh: (falls: boolean) => string;
    noInterval: (language: 'zh' | 'en') => string;
    rangeAny: (language: 'zh' | 'en') => string;
    rangeAtLeast: (language: 'zh' | 'en', low: string) => string;
    rangeAtMost: (language: 'zh' | 'en', high: string) => string;
    rangeBetween: (language: 'zh' | 'en', low: string, high: string) => string;
    helpMain: (version: string) => string;
    helpCheck: () => string;
    helpExtract: () => string;
    unknownCommand: (command: string) => string;
    chartsWritten: (count: number, dir: string) => string;
    findingsWritten: (files: readonly string[]) => string;
    unknownOption: (option: string) => string;
    optionNeedsValue: (option: string) => string;
    extractNeedsFile: (count: number) => string;
    draftWritten: (rows: number, file: string) => string;
    cannotWrite: (path: string, reason: string) => string;
};
