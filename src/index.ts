/**
 * wulong-factcheck: the Wulong District (Chongqing) 2024 government work report as typed,
 * traceable data. Every figure of the report is a claim with its source span, unit, period,
 * qualifier and rounding interval, exposed as Arquero tables.
 *
 * @packageDocumentation
 */

// Quantities: reading "273.46亿元" and friends.
export { parse } from './quantity/parse.ts';
export { tryParse } from './quantity/try-parse.ts';
export { roundingInterval } from './quantity/rounding-interval.ts';
export { UNITS, unitOf } from './quantity/units.ts';
export { QUALIFIERS, ABOUT_TOLERANCE, NEARLY_TOLERANCE } from './quantity/qualifiers.ts';
export type { Interval, Qualifier, Quantity, Scale, UnitCode, UnitInfo } from './quantity/types.ts';

// The report as data.
export { loadReport, type LoadReportOptions } from './report/load-report.ts';
export { readCatalogue } from './report/read-catalogue.ts';
export { readTextFile } from './report/read-text-file.ts';
export { reportYears } from './report/report-years.ts';
export { documentLayout, type DocumentLayout, type DocumentType, type Heading, type LayoutOptions } from './report/document-layout.ts';
export { planPeriod, type PlanPeriod } from './report/plan-period.ts';
export { manifestFromText, type ManifestOptions } from './report/manifest-from-text.ts';
export { readManifest } from './report/read-manifest.ts';
export { withSource } from './report/with-source.ts';
export { buildReport, type ReportParts } from './report/build-report.ts';
export { bundledReport, BUNDLED_REPORT_DIR } from './report/bundled-report.ts';
export { readClaimsCsv } from './report/read-claims-csv.ts';
export { validateClaims } from './report/validate-claims.ts';
export { digitCoverage, type DigitRun } from './report/digit-coverage.ts';
export { claimsTable } from './report/claims-table.ts';
export { claimReading } from './report/claim-reading.ts';
export { claim } from './report/claim.ts';
export { isReviewed, DRAFT_NOTE_PREFIX } from './report/is-reviewed.ts';
export { fig } from './report/fig.ts';
export { cite } from './report/cite.ts';
export { sentenceAt } from './report/sentence-at.ts';
export {
  BASIS_VALUES, CLAIM_COLUMNS, CLAIM_KINDS, DIRECTIONS, KINDS, LINK_COLUMNS, OPTIONAL_CLAIM_COLUMNS, QUANTITY_KINDS, SCOPES, STATUSES, TOPICS,
} from './report/types.ts';
export type {
  Claim, ClaimColumn, Direction, Figure, GrowthBasis, Kind, LinkColumn, Manifest, Report, ReportYears, Scope, Section, Status, Topic,
} from './report/types.ts';

// Views a notebook reaches for first.
export { actuals } from './views/actuals.ts';
export { targets } from './views/targets.ts';
export { growthRates } from './views/growth-rates.ts';
export { targetVsActual } from './views/target-vs-actual.ts';
export { byTopic } from './views/by-topic.ts';

// Interval arithmetic: every figure is an interval from its rounding and qualifier.
export { addIntervals } from './interval/add-intervals.ts';
export { subtractIntervals } from './interval/subtract-intervals.ts';
export { multiplyIntervals } from './interval/multiply-intervals.ts';
export { divideIntervals } from './interval/divide-intervals.ts';
export { sumIntervals } from './interval/sum-intervals.ts';
export { intervalGrowth } from './interval/interval-growth.ts';
export { intervalsOverlap } from './interval/intervals-overlap.ts';
export { intervalContains } from './interval/interval-contains.ts';
export { isNotComparable } from './interval/is-not-comparable.ts';
export { toInterval, type Operand } from './interval/to-interval.ts';
export { pointOf } from './interval/point-of.ts';
export { describeInterval } from './interval/describe-interval.ts';
export type { IntervalResult, NotComparable, NotComparableReason } from './interval/types.ts';

// Growth-rate helpers: on numbers, intervals, figures and Arquero columns.
export { growthRate } from './growth/growth-rate.ts';
export { impliedLevel } from './growth/implied-level.ts';
export { impliedBase } from './growth/implied-base.ts';
export { compoundGrowth } from './growth/compound-growth.ts';
export { annualisedGrowth } from './growth/annualised-growth.ts';
export { cagr } from './growth/cagr.ts';
export { rateChange, type RateChange } from './growth/rate-change.ts';
export { nominalGrowth } from './growth/nominal-growth.ts';
export { realGrowth } from './growth/real-growth.ts';
export { deriveGrowth, type DeriveGrowthOptions } from './growth/derive-growth.ts';

// Checks: families, the catalogue, the automatic pass, and the run over a whole report.
export { growthVsLevels } from './checks/families/growth-vs-levels.ts';
export { targetVsGrowth } from './checks/families/target-vs-growth.ts';
export { backCalculatedBase } from './checks/families/back-calculated-base.ts';
export { productIdentity } from './checks/families/product-identity.ts';
export { partsVsTotal, type PartsVsTotalOptions } from './checks/families/parts-vs-total.ts';
export { shareOfWhole, type ShareOfWholeFigures } from './checks/families/share-of-whole.ts';
export { targetBelowActual } from './checks/families/target-below-actual.ts';
export { statedTwice } from './checks/families/stated-twice.ts';
export { impossibleValue } from './checks/families/impossible-value.ts';
export { repeatedFigure } from './checks/families/repeated-figure.ts';
export { totalVsComponents, type TotalVsComponentsOptions } from './checks/families/total-vs-components.ts';
export { growthPace, PACE_POINTS, PACE_RATIO } from './checks/families/growth-pace.ts';
export { partWholeGrowth, PART_WHOLE_POINTS, type PartWholeGrowthOptions } from './checks/families/part-whole-growth.ts';
export { indicatorImportance } from './checks/indicator-importance.ts';
export { clusterResults, type Story } from './checks/cluster-results.ts';

// Exercises: a checker for a student's answer, and the teaching notebooks' exercises.
export { exercise } from './exercises/exercise.ts';
export { teachingExercises, teachingExerciseSpecs, type TeachingExercises } from './exercises/teaching-exercises.ts';
export type { Answer, ExerciseResult, ExerciseSpec, Mistake } from './exercises/types.ts';
export { deriveChecks } from './checks/derive-checks.ts';
export { runCheck } from './checks/run-check.ts';
export { runChecks, type RunChecksOptions } from './checks/run-checks.ts';
export { findingsOf, FINDING_VERDICTS, type Findings, type FindingsOptions } from './checks/findings-of.ts';
export { resultsTable, RESULT_COLUMNS } from './checks/results-table.ts';
export { CATEGORIES, FAMILIES, VERDICTS } from './checks/types.ts';
export type {
  Category, CheckOptions, CheckQuote, CheckResult, CheckSpec, Family, GapUnit, GrowthTerm, GrowthTermSpec, Term, TermSpec, Verdict,
} from './checks/types.ts';

// Export.
export { exportTable, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './export/export-table.ts';
export { writeTable } from './export/write-table.ts';

// The main job's outputs: the dataset summary and the findings as terminal text, JSON and Markdown.
export { datasetSummary } from './publish/dataset-summary.ts';
export { findingsJson } from './publish/findings-json.ts';
export { findingsMarkdown, type FindingsMarkdownOptions } from './publish/findings-markdown.ts';
export { findingsTerminal, type FindingsTerminalOptions } from './publish/findings-terminal.ts';

// Text made safe for a terminal and for a spreadsheet.
export { terminalSafe } from './text/terminal-safe.ts';
export { spreadsheetSafe } from './text/spreadsheet-safe.ts';

// Errors.
export { FactcheckError } from './errors/factcheck-error.ts';
export { ERROR_CODES, type ErrorCode } from './errors/error-codes.ts';
export { QuantityParseError } from './errors/quantity-parse-error.ts';
export { UnknownClaimError } from './errors/unknown-claim-error.ts';
export { UnknownValueError } from './errors/unknown-value-error.ts';
export { NotAQuantityError } from './errors/not-a-quantity-error.ts';
export { ClaimsDataError, type ClaimProblem } from './errors/claims-data-error.ts';
export { ReportLoadError } from './errors/report-load-error.ts';
export { NotComparableError } from './errors/not-comparable-error.ts';
export { messages } from './messages/index.ts';

// Charts: typed Vega-Lite builders in the house style, rendered without a browser.
export { HOUSE_THEME, HOUSE_FONT, PALETTE, PHONE_WIDTH } from './charts/house-theme.ts';
export { sourceLine } from './charts/source-line.ts';
export { zhNumberExpr } from './charts/zh-number-expr.ts';
export { targetVsActualChart, type TargetVsActualChartOptions } from './charts/target-vs-actual-chart.ts';
export { growthComparisonChart, type GrowthComparisonChartOptions } from './charts/growth-comparison-chart.ts';
export { checkChart, CHECK_ROWS } from './charts/check-chart.ts';
export { hasCheckChart } from './charts/has-check-chart.ts';
export { partsChart, PARTS_ROWS } from './charts/parts-chart.ts';
export { findingsChart } from './charts/findings-chart.ts';
export { barChart, type BarChartOptions } from './charts/bar-chart.ts';
export { lineChart, type LineChartOptions } from './charts/line-chart.ts';
export type { ChartOptions, ChartRows } from './charts/types.ts';
export { compileChart, type CompiledChart } from './render/compile-chart.ts';
export { renderSvg } from './render/render-svg.ts';
export { renderPng, type RenderPngOptions } from './render/render-png.ts';
export { findCjkFont, CJK_FONT_PLACES, type FontFile } from './render/find-cjk-font.ts';
export { cjkTextWidth, installCjkTextWidth } from './render/cjk-text-width.ts';
export { factCheckCharts, type FactCheckChartsOptions, type NamedChart } from './publish/fact-check-charts.ts';

// Notebooks: rich display in the Deno Jupyter kernel, and danfo interop without depending on danfo.
export { chart, VEGA_LITE_MIME, type Chart, type ChartDisplayOptions } from './notebook/chart.ts';
export { tableHtml, type TableHtmlOptions, type TableLike } from './notebook/table-html.ts';
export { displayTable, enableTableDisplay } from './notebook/display-table.ts';
export { toDanfo, type DanfoModule } from './notebook/to-danfo.ts';
export { fromDanfo, type DanfoFrame } from './notebook/from-danfo.ts';
export { enableDanfoDisplay } from './notebook/enable-danfo-display.ts';

// The fact-check story: a standalone page (vega-embed, strict CSP, no network) and its Markdown twin.
export { storyHtml, type StoryHtmlOptions } from './publish/story-html.ts';
export { storyMarkdown, type StoryMarkdownOptions } from './publish/story-markdown.ts';
export { storyAssets, STORY_SCRIPTS } from './publish/story-assets.ts';

// Any report: a claim extractor for Chinese government reports, its draft CSV and its score.
export { extractClaims, extractDraft, EXTRACT_COLUMNS, type ExtractOptions, type ExtractedDraft } from './extract/extract-claims.ts';
export { draftReport, type DraftReportOptions, type DraftedReport } from './extract/draft-report.ts';
export { unwrapLines } from './extract/unwrap-lines.ts';

// A corpus: every report of a folder into one claims table and one findings table (Arrow and Parquet).
export { checkCorpus, type CorpusOptions, type CorpusSummary } from './corpus/check-corpus.ts';
export { findReports, type CorpusEntry } from './corpus/find-reports.ts';
export { CORPUS_CLAIM_COLUMNS, CORPUS_FINDING_COLUMNS, CORPUS_REPORT_COLUMNS } from './corpus/corpus-columns.ts';
export { openTableStream, type StreamColumn, type StreamColumnType, type TableStream } from './export/table-stream.ts';
export { corpusIndexHtml, type CorpusReportRow } from './publish/corpus-index-html.ts';
export { draftClaimsCsv } from './extract/draft-claims-csv.ts';
export { scoreExtraction, SCORED_FIELDS } from './extract/score-extraction.ts';
