import { ClaimsDataError } from '../errors/claims-data-error.ts';
import { buildReport } from '../report/build-report.ts';
import { manifestFromText, type ManifestOptions } from '../report/manifest-from-text.ts';
import { readClaimsCsv } from '../report/read-claims-csv.ts';
import type { DocumentLayout } from '../report/document-layout.ts';
import type { Manifest, Report } from '../report/types.ts';
import { validateClaims } from '../report/validate-claims.ts';
import { draftClaimsCsv } from './draft-claims-csv.ts';
import { extractDraft } from './extract-claims.ts';

/** Options of `draftReport`: the source and years, where the text does not say them (see `ManifestOptions`), and the folder to name. */
export interface DraftReportOptions extends ManifestOptions {
  /** The folder the report is named by (`report.dir`). Default: `.`. */
  dir?: string;
}

/** A report drafted from its text alone, with the files a person reviews. */
export interface DraftedReport {
  /** The report, ready for `runChecks`: every claim unreviewed (its note starts with `guessed:`). */
  report: Report;
  /** The draft claims table as CSV, to review and keep beside the text as `claims.csv`. */
  claimsCsv: string;
  /** The manifest read from the text and the options, to review and keep as `manifest.json`. */
  manifest: Manifest;
  /** What was read of the document's layout: its type, years and headings. */
  layout: DocumentLayout;
}

/**
 * A report from its text alone, with no hand work: the claims drafted by `extractDraft` (every
 * row unreviewed, so that no check on them says more than its evidence: see `isReviewed`), the
 * manifest read from the text (`manifestFromText`), both in the formats of `docs/claims-format.md`
 * so that they can be reviewed and loaded with `loadReport`. The draft goes through the same
 * reading and validation as a claims.csv on disk: what is checked is what a person would review.
 *
 * @param text - The report text.
 * @param options - See `DraftReportOptions`.
 * @returns The report, its draft claims CSV, its manifest and the layout read.
 * @throws {ClaimsDataError} Never for text the extractor reads; a draft that does not load is a bug and is reported as one.
 * @example
 * draftReport('云溪市2024年国民经济和社会发展统计公报\n全年地区生产总值2860.35亿元，比上年增长5.3%。').report.years
 * // => { review: 2024, plan: null, from: 'title' }
 */
export function draftReport(text: string, options: DraftReportOptions = {}): DraftedReport {
  const { dir = '.', ...manifestOptions } = options;
  const years = {
    ...(options.reviewYear === undefined ? {} : { reviewYear: options.reviewYear }),
    ...(options.planYear === undefined ? {} : { planYear: options.planYear }),
  };
  const { claims, layout } = extractDraft(text, years);
  const claimsCsv = draftClaimsCsv(claims);
  const rows = readClaimsCsv(claimsCsv);
  const problems = validateClaims(rows, text);
  if (problems.length > 0) throw new ClaimsDataError(problems);
  const manifest = manifestFromText(text, manifestOptions);
  return { report: buildReport({ dir, text, rows, manifest }), claimsCsv, manifest, layout };
}
