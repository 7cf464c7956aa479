import { type ColumnTable } from 'arquero';
import type { Claim } from '../report/types.ts';
/** The fields `scoreExtraction` scores, each on the rows whose span matches the gold span exactly. */
export declare const SCORED_FIELDS: readonly ['span', 'value', 'kind', 'status', 'qualifier', 'year', 'direction'];
/**
 * Scores an extraction against curated claims of the same text: for the spans, and for each field
 * on the rows whose span matches exactly, precision (right ÷ extracted) and recall (right ÷
 * curated). A field counts as right only when the span is right too.
 *
 * @param extracted - The table from `extractClaims` (or any table with its columns).
 * @param gold - The curated claims (`report.rows`).
 * @returns One row per field: `field`, `right`, `extracted`, `curated`, `precision`, `recall`.
 * @example
 * const report = bundledReport();
 * scoreExtraction(extractClaims(report.text), report.rows).filter((d) => d.field === 'span').object().recall
 * // => 1
 */
export declare function scoreExtraction(extracted: ColumnTable, gold: readonly Claim[]): ColumnTable;
