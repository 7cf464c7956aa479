import type { Report } from './types.ts';
/** Options of `loadReport`. */
export interface LoadReportOptions {
    /** Check every claim against the text (spans, surfaces, parsed values, links). Default `true`. */
    validate?: boolean;
}
/**
 * Loads a report folder: `report.txt` (the text), `claims.csv` (the claims), and where present
 * `sections.csv`, `manifest.json` and `catalogue.json` (the report's named checks, see
 * `readCatalogue`). The report's years come from its manifest, else its headings, else its claims
 * (see `reportYears`). The claims are checked against the text unless
 * `validate: false`; every problem is reported at once.
 *
 * @param dir - The folder, e.g. `data/wulong-2024`.
 * @param options - See `LoadReportOptions`.
 * @returns The report with typed rows, an Arquero claims table, sections, manifest and an id index.
 * @throws {ReportLoadError} When `report.txt` or `claims.csv` is missing, `manifest.json` is not JSON, or `catalogue.json` does not fit its format.
 * @throws {ClaimsDataError} When the claims do not fit the format or do not match the text.
 * @example
 * loadReport('/nonexistent/folder')
 * // => throws ReportLoadError
 */
export declare function loadReport(dir: string, options?: LoadReportOptions): Report;
