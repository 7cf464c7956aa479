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
export { bundledReport, BUNDLED_REPORT_DIR } from './report/bundled-report.ts';
export { readClaimsCsv } from './report/read-claims-csv.ts';
export { validateClaims } from './report/validate-claims.ts';
export { digitCoverage, type DigitRun } from './report/digit-coverage.ts';
export { claimsTable } from './report/claims-table.ts';
export { claim } from './report/claim.ts';
export { fig } from './report/fig.ts';
export { cite } from './report/cite.ts';
export { sentenceAt } from './report/sentence-at.ts';
export {
  BASES, CLAIM_COLUMNS, CLAIM_KINDS, DIRECTIONS, KINDS, LINK_COLUMNS, QUANTITY_KINDS, SCOPES, STATUSES, TOPICS,
} from './report/types.ts';
export type {
  Claim, ClaimColumn, Direction, Figure, GrowthBasis, Kind, LinkColumn, Manifest, Report, Scope, Section, Status, Topic,
} from './report/types.ts';

// Views a notebook reaches for first.
export { actuals } from './views/actuals.ts';
export { targets } from './views/targets.ts';
export { growthRates } from './views/growth-rates.ts';
export { targetVsActual } from './views/target-vs-actual.ts';
export { byTopic } from './views/by-topic.ts';

// Export.
export { exportTable, EXPORT_FORMATS, type ExportFormat } from './export/export-table.ts';
export { writeTable } from './export/write-table.ts';

// Summary of a dataset (the main job's first part).
export { datasetSummary } from './cli/dataset-summary.ts';

// Errors.
export { FactcheckError } from './errors/factcheck-error.ts';
export { QuantityParseError } from './errors/quantity-parse-error.ts';
export { UnknownClaimError } from './errors/unknown-claim-error.ts';
export { UnknownValueError } from './errors/unknown-value-error.ts';
export { NotAQuantityError } from './errors/not-a-quantity-error.ts';
export { ClaimsDataError, type ClaimProblem } from './errors/claims-data-error.ts';
export { ReportLoadError } from './errors/report-load-error.ts';
export { messages } from './messages.ts';
